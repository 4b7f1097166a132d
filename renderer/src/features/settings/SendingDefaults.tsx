/**
 * The defaults every new fax starts from: sender, quality, paper, numbers' home country,
 * the redial policy and the cover page. Saved through settings:update, which checks each
 * value again in the main process.
 */
import type { Settings } from '../../../../preload/contract';
import { QUALITY_LABELS, type FaxQuality } from '../../../../domain/fax-quality';
import { ConfidentialityNoticeField } from './ConfidentialityNoticeField';
import { CostlyNumbersSetting } from './CostlyNumbersSetting';
import { PaperAndCountryFields } from './PaperAndCountryFields';
import { RedialFields } from './RedialFields';
import { SenderPicker } from './SenderPicker';
import { useAccountDiscovery } from './use-account-discovery';
import { useSendingDefaults } from './use-sending-defaults';

export function SendingDefaults({ settings }: { settings: Settings }) {
  const { draft, change, save, saved, saving, standardNotice } = useSendingDefaults(settings);
  const discovery = useAccountDiscovery();

  return (
    <section className="card settings" aria-labelledby="defaults-title">
      <h2 id="defaults-title">Sending defaults</h2>
      <form onSubmit={(e) => void save(e)} className="settings-form">
        <SenderPicker
          account={discovery.account}
          sender={{ connectionId: draft.connectionId, fromNumber: draft.fromNumber }}
          onChange={(sender) => {
            change('connectionId', sender.connectionId);
            change('fromNumber', sender.fromNumber);
          }}
          firstRun={false}
        />
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
        <PaperAndCountryFields draft={draft} change={change} />
        <RedialFields draft={draft} change={change} />
        <label className="field">
          <span>Your name on cover pages</span>
          <input
            value={draft.senderName ?? ''}
            maxLength={100}
            onChange={(e) => change('senderName', e.target.value || null)}
          />
        </label>
        <ConfidentialityNoticeField
          notice={draft.confidentialityNotice}
          savedNotice={settings.confidentialityNotice}
          standardNotice={standardNotice}
          onChange={(notice) => change('confidentialityNotice', notice)}
        />
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
      <CostlyNumbersSetting settings={settings} />
    </section>
  );
}
