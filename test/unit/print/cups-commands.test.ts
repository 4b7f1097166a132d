/** The commands that set up and take down the Faxdesk printer, and the device URI they give it. */
import { describe, expect, it } from 'vitest';
import {
  asRoot,
  commandLine,
  deviceUri,
  printerInstallCommands,
  printerRemoveCommands,
} from '../../../main/engine/print/cups-commands';

describe('the CUPS commands', () => {
  it('encodes the folder into the device URI, keeping its slashes', () => {
    expect(deviceUri('/home/ana/Faxdesk Outbox')).toBe('faxdesk:/home/ana/Faxdesk%20Outbox');
    expect(deviceUri("/home/zoë/it's #1%")).toBe("faxdesk:/home/zo%C3%AB/it's%20%231%25");
    expect(() => deviceUri('Faxdesk Outbox')).toThrow('absolute path');
  });

  it('installs the backend as root-only and adds an enabled, unshared printer with the PPD', () => {
    const commands = printerInstallCommands({
      backend: '/opt/faxdesk/print/linux/faxdesk',
      ppd: '/opt/faxdesk/print/linux/faxdesk.ppd',
      folder: '/home/ana/Faxdesk Outbox',
    });
    expect(commands.map(commandLine)).toEqual([
      'install -m 0700 -o root -g root /opt/faxdesk/print/linux/faxdesk /usr/lib/cups/backend/faxdesk',
      "lpadmin -p Faxdesk -E -v faxdesk:/home/ana/Faxdesk%20Outbox -P /opt/faxdesk/print/linux/faxdesk.ppd -D 'Print to fax with Faxdesk' -o printer-is-shared=false",
    ]);
  });

  it('removes the printer, then its backend', () => {
    expect(printerRemoveCommands().map(commandLine)).toEqual([
      'lpadmin -x Faxdesk',
      'rm -f /usr/lib/cups/backend/faxdesk',
    ]);
  });

  it('goes through sudo only when not root', () => {
    const commands = printerRemoveCommands();
    expect(asRoot(commands, true)).toEqual(commands);
    expect(asRoot(commands, false).map(commandLine)).toEqual([
      'sudo lpadmin -x Faxdesk',
      'sudo rm -f /usr/lib/cups/backend/faxdesk',
    ]);
  });

  it('quotes what a shell would split or expand', () => {
    expect(commandLine({ program: 'echo', args: ["it's", '$HOME', 'a b', 'plain-1.0'] })).toBe(
      `echo 'it'\\''s' '$HOME' 'a b' plain-1.0`,
    );
  });
});
