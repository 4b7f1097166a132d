/** Settings: the account in use, the defaults every fax starts from, and what Faxdesk is running on. */
import { AboutPanel } from '../about/AboutPanel';
import { AccountPanel, type AccountProps } from './AccountPanel';
import { SendingDefaults } from './SendingDefaults';

export function SettingsScreen({ credentials, settings, onAccountChanged }: AccountProps) {
  return (
    <>
      <AccountPanel credentials={credentials} settings={settings} onAccountChanged={onAccountChanged} />
      {/* Keyed by the key: another account has other fax applications to offer. */}
      <SendingDefaults key={credentials.hint ?? ''} settings={settings} />
      <AboutPanel />
    </>
  );
}
