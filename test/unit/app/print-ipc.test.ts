/**
 * The print-to-fax channels: the folder the printers write into, the Linux commands Settings
 * shows, and installing "Fax with Faxdesk" into a temporary home (as on a Mac), refused elsewhere.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Handlers } from '../../../main/app/ipc-dispatch';
import { createPrintHandlers, type PrintHandlerContext } from '../../../main/app/print-handlers';
import { defaultSettings } from '../../../domain/settings';
import { contract } from '../../../preload/contract';

const ASSETS = resolve(import.meta.dirname, '../../../assets/print');

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'faxdesk-print-ipc-'));
});
afterEach(() => rm(home, { recursive: true, force: true }));

function dispatch(overrides: Partial<PrintHandlerContext> = {}) {
  const unused = () => Promise.reject(new Error('not used'));
  const handlers = Object.fromEntries(Object.keys(contract).map((c) => [c, unused])) as unknown as Handlers;
  const context: PrintHandlerContext = {
    settings: () => defaultSettings,
    home,
    platform: 'linux',
    assets: ASSETS,
    ...overrides,
  };
  return createDispatch({ ...handlers, ...createPrintHandlers(context) }, () => undefined);
}

describe('print:setup', () => {
  it('gives the watched folder and, on Linux, the commands that add the printer', async () => {
    const result = await dispatch()('print:setup', undefined);
    expect(result).toEqual({
      ok: true,
      value: {
        folder: join(home, 'Faxdesk Outbox'),
        linuxCommands: [
          `mkdir -p '${home}/Faxdesk Outbox'`,
          `sudo install -m 0700 -o root -g root ${ASSETS}/linux/faxdesk /usr/lib/cups/backend/faxdesk`,
          `sudo lpadmin -p Faxdesk -E -v faxdesk:${home}/Faxdesk%20Outbox -P ${ASSETS}/linux/faxdesk.ppd -D 'Print to fax with Faxdesk' -o printer-is-shared=false`,
        ],
      },
    });
  });

  it('follows the watched folder of Settings, and has no commands off Linux', async () => {
    const settings = () => ({ ...defaultSettings, watchFolder: '/srv/fax in' });
    const result = await dispatch({ settings, platform: 'win32' })('print:setup', undefined);
    expect(result).toEqual({ ok: true, value: { folder: '/srv/fax in', linuxCommands: [] } });
  });
});

describe('print:installMacService', () => {
  it('installs "Fax with Faxdesk" into the home\'s PDF Services, pointed at the watched folder', async () => {
    const result = await dispatch({ platform: 'darwin' })('print:installMacService', undefined);
    const path = join(home, 'Library', 'PDF Services', 'Fax with Faxdesk');
    expect(result).toEqual({ ok: true, value: { path, folder: join(home, 'Faxdesk Outbox') } });
    expect((await stat(path)).mode & 0o777).toBe(0o755);
    expect(await readFile(path, 'utf8')).toContain(`folder='${home}/Faxdesk Outbox'`);
  });

  it('is refused in words elsewhere, and when the script is missing', async () => {
    expect(await dispatch()('print:installMacService', undefined)).toEqual({
      ok: false,
      error: { code: 'not_possible', message: '"Fax with Faxdesk" is for the print dialogs of macOS.' },
    });
    expect(await dispatch({ platform: 'darwin', assets: null })('print:installMacService', undefined)).toMatchObject({
      ok: false,
      error: { code: 'not_possible' },
    });
  });
});
