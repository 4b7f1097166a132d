/**
 * First run, step 2: which fax application (the connection_id) and which number (the
 * `from`) faxes go out with, and the practice or firm name cover pages give as the sender.
 * When the account has exactly one application and number they come preselected.
 */
import { useState, type FormEvent } from 'react';
import { useSettingsSource } from '../../data/SettingsProvider';
import { useAsyncAction } from '../../lib/use-async-action';
import { SenderNameField } from '../settings/SenderNameField';
import { SenderPicker, type Sender } from '../settings/SenderPicker';
import { useAccountDiscovery } from '../settings/use-account-discovery';

/** Saving a sender takes the desk past first run: App follows the settings. */
export function ChooseSenderStep({ onBack }: { onBack: () => void }) {
  const settings = useSettingsSource();
  const discovery = useAccountDiscovery();
  const { account } = discovery;
  // Null until the person chooses: until then the account's own preselection is shown.
  const [chosen, setChosen] = useState<Sender | null>(null);
  // A name set before (from the command line, say) is offered as it is.
  const [senderName, setSenderName] = useState(() => settings.getSnapshot()?.senderName ?? null);
  const saving = useAsyncAction();
  const sender = chosen ?? account?.selected ?? { connectionId: null, fromNumber: null };
  const app = account?.applications.find((a) => a.id === sender.connectionId);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const { connectionId, fromNumber } = sender;
    if (!connectionId || !fromNumber) return;
    await saving.run(() => settings.update({ connectionId, fromNumber, senderName: senderName?.trim() || null }));
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
          <SenderPicker account={account} sender={sender} onChange={setChosen} firstRun />
          <SenderNameField name={senderName} onChange={setSenderName} />
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
            <button
              type="submit"
              className="primary"
              disabled={!sender.connectionId || !sender.fromNumber || saving.busy}
            >
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
