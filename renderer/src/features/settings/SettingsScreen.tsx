/**
 * Settings: the account in use and its sender, the defaults every fax starts from, what happens
 * to received faxes, fax reports, and what Faxdesk is running on.
 */
import { AboutPanel } from '../about/AboutPanel';
import { AccountPanel, type AccountProps } from './AccountPanel';
import { ReceivedFaxesSettings } from './ReceivedFaxesSettings';
import { ReportsSettings } from './ReportsSettings';
import { SendingDefaults } from './SendingDefaults';
import './settings.css';

export function SettingsScreen({ credentials, settings, onAccountChanged }: AccountProps) {
  return (
    <>
      <h2 className="page-title">Settings</h2>
      <AccountPanel credentials={credentials} settings={settings} onAccountChanged={onAccountChanged} />
      {/* Keyed by the key: another account may come with other settings. */}
      <SendingDefaults key={credentials.hint ?? ''} settings={settings} />
      <ReceivedFaxesSettings key={`received-${credentials.hint ?? ''}`} settings={settings} />
      <ReportsSettings key={`reports-${credentials.hint ?? ''}`} settings={settings} />
      <AboutPanel />
    </>
  );
}
