/** Settings: the account in use, the defaults every fax starts from, and what Faxdesk is running on. */
import type { CredentialStatus, Settings } from '../../../../preload/contract';
import { AboutPanel } from '../about/AboutPanel';
import { AccountPanel } from './AccountPanel';
import { SendingDefaults } from './SendingDefaults';

export function SettingsScreen({
  credentials,
  settings,
  onAccountChanged,
}: {
  credentials: CredentialStatus;
  settings: Settings;
  /** Signed out, or the key was replaced: settings are read again with the account. */
  onAccountChanged: (status: CredentialStatus) => void;
}) {
  return (
    <>
      <AccountPanel credentials={credentials} settings={settings} onAccountChanged={onAccountChanged} />
      {/* Keyed by the key: another account has other fax applications to offer. */}
      <SendingDefaults key={credentials.hint ?? ''} settings={settings} />
      <AboutPanel />
    </>
  );
}
