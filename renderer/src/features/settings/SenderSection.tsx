/**
 * Which fax application and number faxes go out with, in the account card: the one place
 * the sender is shown and changed, named as the account names it, never by its raw id.
 */
import type { Settings } from '../../../../preload/contract';
import { SenderPicker } from './SenderPicker';
import { SettingsSection } from './SettingsSection';
import { useAccountDiscovery } from './use-account-discovery';
import { useSettingsSection } from './use-settings-section';

export function SenderSection({ settings }: { settings: Settings }) {
  const discovery = useAccountDiscovery();
  const sender = useSettingsSection(settings, (draft) => ({
    connectionId: draft.connectionId,
    fromNumber: draft.fromNumber,
  }));
  return (
    <SettingsSection title="Sender" state={sender}>
      <SenderPicker
        account={discovery.account}
        sender={{ connectionId: sender.draft.connectionId, fromNumber: sender.draft.fromNumber }}
        onChange={(chosen) => {
          sender.change('connectionId', chosen.connectionId);
          sender.change('fromNumber', chosen.fromNumber);
        }}
        firstRun={false}
      />
      {discovery.busy && <p aria-busy="true">Looking up your fax applications…</p>}
      {discovery.error && (
        <p className="muted" role="status">
          The account could not be checked just now ({discovery.error}); the current choice is kept.
        </p>
      )}
    </SettingsSection>
  );
}
