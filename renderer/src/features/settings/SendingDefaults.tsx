/**
 * The defaults every new fax starts from: sender, quality, paper, numbers' home country,
 * the redial policy and the cover page. Saved through settings:update, which checks each
 * value again in the main process.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { AccountSummary, Settings } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { useAsyncAction } from '../../lib/use-async-action';
import { CostlyNumbersSetting } from './CostlyNumbersSetting';
import { QUALITY_LABELS, type FaxQuality } from '../../../../domain/fax-quality';

export function SendingDefaults({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const [draft, setDraft] = useState(settings);
  const [account, setAccount] = useState<AccountSummary | null>(null);
  const [saved, setSaved] = useState(false);
  const discovery = useAsyncAction();
  const saving = useAsyncAction();
  const { run: discover } = discovery;

  useEffect(() => {
    void discover(async () => setAccount(await unwrap(faxdesk().account.discover())));
  }, [discover]);
  const [standardNotice, setStandardNotice] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    unwrap(faxdesk().settings.standardNotice()).then(
      (text) => live && setStandardNotice(text),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const change = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSaved(false);
    setDraft((current) => ({ ...current, [key]: value }));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await saving.run(() =>
      unwrap(
        faxdesk().settings.update({
          connectionId: draft.connectionId,
          fromNumber: draft.fromNumber,
          defaultQuality: draft.defaultQuality,
          paperSize: draft.paperSize,
          defaultCountry: draft.defaultCountry.trim().toUpperCase(),
          redialAttempts: draft.redialAttempts,
          redialDelayMinutes: draft.redialDelayMinutes,
          senderName: draft.senderName?.trim() || null,
          confidentialityNotice: draft.confidentialityNotice,
        }),
      ),
    );
    if (result) {
      setDraft(result);
      setSaved(true);
      onSaved(result);
    }
  };

  const app = account?.applications.find((a) => a.id === draft.connectionId);
  const numbers = app?.numbers.map((n) => n.phoneNumber) ?? (draft.fromNumber ? [draft.fromNumber] : []);

  return (
    <section className="card settings" aria-labelledby="defaults-title">
      <h2 id="defaults-title">Sending defaults</h2>
      <form onSubmit={(e) => void save(e)} className="settings-form">
        <label className="field">
          <span>Fax application</span>
          <select
            value={draft.connectionId ?? ''}
            onChange={(e) => change('connectionId', e.target.value || null)}
            disabled={!account}
          >
            {!account && <option value={draft.connectionId ?? ''}>{draft.connectionId ?? 'Not chosen'}</option>}
            {account?.applications.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Send from</span>
          <select value={draft.fromNumber ?? ''} onChange={(e) => change('fromNumber', e.target.value || null)}>
            <option value="" disabled>
              Choose…
            </option>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {formatFaxNumber(n)}
              </option>
            ))}
          </select>
        </label>
        {discovery.error && (
          <p className="muted" role="status">
            The account could not be checked just now ({discovery.error}); the current choice is kept.
          </p>
        )}
        <label className="field">
          <span>Default quality</span>
          <select value={draft.defaultQuality} onChange={(e) => change('defaultQuality', e.target.value as FaxQuality)}>
            {Object.entries(QUALITY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Paper size</span>
          <select value={draft.paperSize} onChange={(e) => change('paperSize', e.target.value as 'letter' | 'a4')}>
            <option value="letter">Letter (US)</option>
            <option value="a4">A4</option>
          </select>
        </label>
        <label className="field">
          <span>Country for numbers typed without a country code</span>
          <input
            value={draft.defaultCountry}
            maxLength={2}
            size={4}
            autoComplete="off"
            aria-describedby="country-hint"
            onChange={(e) => change('defaultCountry', e.target.value.toUpperCase())}
          />
          <small id="country-hint" className="muted">
            Two letters, such as US, CA, GB or DE.
          </small>
        </label>
        <fieldset className="field">
          <legend>When the line is busy or nobody answers</legend>
          <label className="inline-field">
            Try
            <input
              type="number"
              min={1}
              max={10}
              value={draft.redialAttempts}
              onChange={(e) => change('redialAttempts', Number(e.target.value))}
              aria-label="Attempts in all"
            />
            times in all,
            <input
              type="number"
              min={1}
              max={1440}
              value={draft.redialDelayMinutes}
              onChange={(e) => change('redialDelayMinutes', Number(e.target.value))}
              aria-label="Minutes between attempts"
            />
            minutes apart
          </label>
        </fieldset>
        <label className="field">
          <span>Your name on cover pages</span>
          <input
            value={draft.senderName ?? ''}
            maxLength={100}
            onChange={(e) => change('senderName', e.target.value || null)}
          />
        </label>
        <fieldset className="field">
          <legend>Confidentiality notice on cover pages</legend>
          <label className="inline-field">
            <input
              type="checkbox"
              checked={draft.confidentialityNotice !== null}
              onChange={(e) =>
                // Switched back on: the saved text, or the standard one if it was off when saved.
                change(
                  'confidentialityNotice',
                  e.target.checked ? (settings.confidentialityNotice ?? standardNotice ?? '') : null,
                )
              }
            />
            Print a confidentiality notice
          </label>
          {draft.confidentialityNotice !== null && (
            <textarea
              rows={4}
              maxLength={1500}
              aria-label="Confidentiality notice"
              value={draft.confidentialityNotice}
              onChange={(e) => change('confidentialityNotice', e.target.value)}
            />
          )}
          {draft.confidentialityNotice !== null &&
            standardNotice !== null &&
            draft.confidentialityNotice !== standardNotice && (
              <button type="button" className="link" onClick={() => change('confidentialityNotice', standardNotice)}>
                Use the standard notice
              </button>
            )}
        </fieldset>
        {saving.error && (
          <p role="alert" className="error">
            {saving.error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={saving.busy}>
            {saving.busy ? 'Saving…' : 'Save'}
          </button>
          {saved && <span role="status">Saved.</span>}
        </div>
      </form>
      {/* Saved on its own, at once: turning it on is confirmed in a dialog of the main process. */}
      <CostlyNumbersSetting settings={settings} onSaved={onSaved} />
    </section>
  );
}
