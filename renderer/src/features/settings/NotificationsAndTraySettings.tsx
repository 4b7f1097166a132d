/**
 * Settings → Notifications and tray, saved on its own: which faxes Faxdesk tells about in a
 * desktop notification (one switch per kind), whether closing the window keeps Faxdesk running
 * in the tray, and whether it starts at login (hidden in the tray). Notifications name only
 * the number or the contact, never what the fax says; the section says so.
 */
import { useId } from 'react';
import type { Settings } from '../../../../preload/contract';
import { SettingsSection } from './SettingsSection';
import { useSettingsSection, type ChangeSetting } from './use-settings-section';

type Switch = 'notifyDelivered' | 'notifyFailed' | 'notifyUnconfirmed' | 'notifyReceived';

const NOTIFY_SWITCHES: { key: Switch; label: string }[] = [
  { key: 'notifyDelivered', label: 'A fax was delivered' },
  { key: 'notifyFailed', label: 'A fax could not be delivered, with the reason' },
  { key: 'notifyUnconfirmed', label: 'Faxdesk could not confirm whether a fax was sent' },
  { key: 'notifyReceived', label: 'A fax has arrived' },
];

export function NotificationsAndTraySettings({ settings }: { settings: Settings }) {
  const section = useSettingsSection(settings, (draft) => ({
    notifyDelivered: draft.notifyDelivered,
    notifyFailed: draft.notifyFailed,
    notifyUnconfirmed: draft.notifyUnconfirmed,
    notifyReceived: draft.notifyReceived,
    keepRunningInTray: draft.keepRunningInTray,
    openAtLogin: draft.openAtLogin,
  }));
  const { draft, change } = section;
  const ids = { notifyHint: useId(), trayHint: useId(), loginHint: useId() };

  return (
    <section className="card settings" aria-labelledby="notifications-title" data-testid="notifications-settings">
      <h2 id="notifications-title">Notifications and tray</h2>
      <SettingsSection title="When Faxdesk tells you, and where it waits" state={section}>
        <fieldset className="field" aria-describedby={ids.notifyHint}>
          <legend>Show a desktop notification when</legend>
          {NOTIFY_SWITCHES.map(({ key, label }) => (
            <Checkbox key={key} name={key} checked={draft[key]} change={change}>
              {label}
            </Checkbox>
          ))}
        </fieldset>
        <p id={ids.notifyHint} className="muted">
          Faxes that end close together are told in one notification. A notification names only the fax number, or the
          contact&apos;s name, never what the fax says. Clicking it opens the fax.
        </p>
        <Checkbox name="keepRunningInTray" checked={draft.keepRunningInTray} change={change} hint={ids.trayHint}>
          Keep Faxdesk running in the tray when its window is closed
        </Checkbox>
        <p id={ids.trayHint} className="muted">
          Faxes keep going out and coming in while the window is closed. Open Faxdesk again, or quit it, from its icon
          in the tray (the menu bar on a Mac).
        </p>
        <Checkbox name="openAtLogin" checked={draft.openAtLogin} change={change} hint={ids.loginHint}>
          Start Faxdesk when you log in
        </Checkbox>
        <p id={ids.loginHint} className="muted">
          Faxdesk starts hidden in the tray, so faxes waiting to go out are sent and new ones arrive without opening its
          window.
        </p>
      </SettingsSection>
    </section>
  );
}

function Checkbox({
  name,
  checked,
  change,
  hint,
  children,
}: {
  name: Switch | 'keepRunningInTray' | 'openAtLogin';
  checked: boolean;
  change: ChangeSetting;
  hint?: string;
  children: string;
}) {
  return (
    <label className="inline-field">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        aria-describedby={hint}
        onChange={(e) => change(name, e.target.checked)}
      />
      {children}
    </label>
  );
}
