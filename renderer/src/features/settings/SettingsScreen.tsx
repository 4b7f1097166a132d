/**
 * Settings: the account in use and its sender, the defaults every fax starts from, what happens
 * to received faxes, fax reports, printing to fax from other applications, notifications and the
 * tray, and what Faxdesk is running on.
 */
import { AboutPanel } from '../about/AboutPanel';
import { AccountPanel, type AccountProps } from './AccountPanel';
import { NotificationsAndTraySettings } from './NotificationsAndTraySettings';
import { PrintToFaxSettings } from './PrintToFaxSettings';
import { ReceivedFaxesSettings } from './ReceivedFaxesSettings';
import { ReportsSettings } from './ReportsSettings';
import { SendingDefaults } from './SendingDefaults';
import { WatchFolderSettings } from './WatchFolderSettings';
import './settings.css';

export function SettingsScreen({ credentials, settings, onAccountChanged }: AccountProps) {
  return (
    <>
      <h2 className="page-title">Settings</h2>
      <AccountPanel credentials={credentials} settings={settings} onAccountChanged={onAccountChanged} />
      {/* Keyed by the key: another account may come with other settings. */}
      <SendingDefaults key={credentials.hint ?? ''} settings={settings} />
      <ReceivedFaxesSettings key={`received-${credentials.hint ?? ''}`} settings={settings} />
      <PrintToFaxSettings settings={settings} />
      <WatchFolderSettings settings={settings} />
      <NotificationsAndTraySettings key={`notifications-${credentials.hint ?? ''}`} settings={settings} />
      <ReportsSettings key={`reports-${credentials.hint ?? ''}`} settings={settings} />
      <AboutPanel />
    </>
  );
}
