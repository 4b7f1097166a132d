/** Linux's start at login: the XDG autostart entry's place and text. */
import { describe, expect, it } from 'vitest';
import { autostartEntry, autostartPath, launchCommand } from '../../../main/engine/notices/autostart-entry';

describe('autostart entry', () => {
  it('lives in ~/.config/autostart, or under XDG_CONFIG_HOME', () => {
    expect(autostartPath('/home/ana', {})).toBe('/home/ana/.config/autostart/faxdesk.desktop');
    expect(autostartPath('/home/ana', { XDG_CONFIG_HOME: '/cfg' })).toBe('/cfg/autostart/faxdesk.desktop');
  });

  it('starts Faxdesk hidden in the tray', () => {
    const text = autostartEntry('/opt/Faxdesk/faxdesk');
    expect(text).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Name=Faxdesk',
        'Comment=Send and receive faxes through Telnyx',
        'Exec=/opt/Faxdesk/faxdesk --hidden',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
  });

  it('quotes a path with spaces and escapes what the Exec key reserves', () => {
    expect(autostartEntry('/home/ana/My Apps/Faxdesk 100%.AppImage')).toContain(
      'Exec="/home/ana/My Apps/Faxdesk 100%%.AppImage" --hidden',
    );
    expect(autostartEntry('/a/$b')).toContain('Exec="/a/\\\\$b" --hidden');
  });

  it('starts the AppImage itself when Faxdesk runs from one', () => {
    expect(launchCommand('/tmp/.mount_x/faxdesk', { APPIMAGE: '/home/ana/Faxdesk.AppImage' })).toBe(
      '/home/ana/Faxdesk.AppImage',
    );
    expect(launchCommand('/opt/Faxdesk/faxdesk', {})).toBe('/opt/Faxdesk/faxdesk');
  });
});
