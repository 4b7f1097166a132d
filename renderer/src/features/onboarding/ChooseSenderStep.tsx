/**
 * First run, step 2: which fax application (the connection_id) and which number (the
 * `from`) faxes go out with. When the account has exactly one of each they come preselected.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { AccountSummary, Settings } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';
import { formatFaxNumber } from '../../../../domain/fax-number';

export function ChooseSenderStep({ onDone, onBack }: { onDone: (settings: Settings) => void; onBack: () => void }) {
  const [account, setAccount] = useState<AccountSummary | null>(null);
  const [connectionId, setConnectionId] = useState('');
  const [fromNumber, setFromNumber] = useState('');
  const discovery = useAsyncAction();
  const saving = useAsyncAction();
  const { run: discover } = discovery;

  useEffect(() => {
    void discover(async () => {
      const found = await unwrap(faxdesk().account.discover());
      setAccount(found);
      setConnectionId(found.selected.connectionId ?? '');
      setFromNumber(found.selected.fromNumber ?? '');
    });
  }, [discover]);

  const app = account?.applications.find((a) => a.id === connectionId);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const settings = await saving.run(() => unwrap(faxdesk().settings.update({ connectionId, fromNumber })));
    if (settings) onDone(settings);
  };

  return (
    <section className="card onboarding" aria-labelledby="sender-title">
      <h2 id="sender-title">Choose how your faxes go out</h2>
      {discovery.busy && <p aria-busy="true">Looking up your Telnyx account…</p>}
      {discovery.error && (
        <p role="alert" className="error">
          {discovery.error}
        </p>
      )}
      {account && account.applications.length === 0 && (
        <p role="alert" className="error">
          This Telnyx account has no fax application yet. Create one in the Telnyx portal (Voice → Programmable Fax),
          attach a number to it, then come back.
        </p>
      )}
      {account && account.applications.length > 0 && (
        <form onSubmit={(e) => void save(e)}>
          <label className="field">
            <span>Fax application</span>
            <select
              value={connectionId}
              onChange={(e) => {
                setConnectionId(e.target.value);
                setFromNumber('');
              }}
            >
              <option value="" disabled>
                Choose…
              </option>
              {account.applications.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                  {a.active ? '' : ' (inactive)'}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Send from</span>
            <select value={fromNumber} onChange={(e) => setFromNumber(e.target.value)} disabled={!app}>
              <option value="" disabled>
                {app && app.numbers.length === 0 ? 'No numbers on this application' : 'Choose…'}
              </option>
              {app?.numbers.map((n) => (
                <option key={n.id} value={n.phoneNumber}>
                  {formatFaxNumber(n.phoneNumber)}
                </option>
              ))}
            </select>
          </label>
          {app && app.numbers.length === 0 && (
            <p className="error" role="alert">
              No active number is attached to {app.name}. Attach one in the Telnyx portal, or choose another
              application.
            </p>
          )}
          {saving.error && (
            <p role="alert" className="error">
              {saving.error}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={!connectionId || !fromNumber || saving.busy}>
              Start faxing
            </button>
            <button type="button" className="link" onClick={onBack}>
              Use a different account
            </button>
          </div>
        </form>
      )}
      {discovery.error && (
        <div className="actions">
          <button type="button" className="link" onClick={onBack}>
            Use a different account
          </button>
        </div>
      )}
    </section>
  );
}
