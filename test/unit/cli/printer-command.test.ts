/**
 * `faxdesk printer install|remove`: what it says it will run, that it goes through sudo only when
 * not root, and where the printer writes. The runner is a stand-in: nothing calls sudo or lpadmin.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printer, type PrinterSystem } from '../../../main/cli/commands/printer';
import { UsageError, type CliIo } from '../../../main/cli/io';
import { commandLine, type Command } from '../../../main/engine/print/cups-commands';
import { confSettingsBackend, SettingsStore } from '../../../main/engine/store/settings';

const ASSETS = resolve(import.meta.dirname, '../../../assets/print');

let home: string;
let out: string[];
let err: string[];
let ran: string[];
let io: CliIo;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'faxdesk-printer-'));
  out = [];
  err = [];
  ran = [];
  io = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { FAXDESK_HOME: join(home, 'data') },
    promptSecret: () => Promise.resolve(null),
    promptLine: () => Promise.resolve(null),
  };
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function system(patch: Partial<PrinterSystem> = {}, exitCode = (_: Command) => 0): PrinterSystem {
  return {
    platform: 'linux',
    isRoot: false,
    home,
    assets: ASSETS,
    run: (command) => {
      ran.push(commandLine(command));
      return Promise.resolve(exitCode(command));
    },
    ...patch,
  };
}

describe('faxdesk printer', () => {
  it('installs into the watched folder of the settings, through sudo, saying so first', async () => {
    const watched = join(home, 'Office Outbox');
    new SettingsStore(confSettingsBackend(join(home, 'data'))).update({ watchFolder: watched });
    expect(await printer(['install'], io, system())).toBe(0);
    expect(existsSync(watched)).toBe(true);
    expect(ran).toEqual([
      `sudo install -m 0700 -o root -g root ${ASSETS}/linux/faxdesk /usr/lib/cups/backend/faxdesk`,
      `sudo lpadmin -p Faxdesk -E -v faxdesk:${home}/Office%20Outbox -P ${ASSETS}/linux/faxdesk.ppd -D 'Print to fax with Faxdesk' -o printer-is-shared=false`,
    ]);
    expect(out).toEqual([
      `Made the folder ${watched}.`,
      'Adding or removing a printer needs root. Faxdesk will run these commands through sudo, which asks for your password:',
      ...ran.map((line) => `  ${line}`),
      `The "Faxdesk" printer is installed: whatever is printed to it is written as a PDF into ${watched}.`,
      'Faxdesk takes those files while the watched folder is on in Settings, or while `faxdesk watch` runs on that folder.',
    ]);
  });

  it('takes ~/Faxdesk Outbox by default and --folder when given; no sudo when root', async () => {
    await printer(['install'], io, system({ isRoot: true }));
    expect(ran[1]).toContain(`-v faxdesk:${home}/Faxdesk%20Outbox `);
    expect(out[1]).toBe('Faxdesk will run:');
    ran = [];
    await printer(['install', '--folder', join(home, 'elsewhere')], io, system({ isRoot: true }));
    expect(ran[0]).toMatch(/^install /);
    expect(ran[1]).toContain(`-v faxdesk:${home}/elsewhere `);
  });

  it('refuses to guess the folder when run through sudo', async () => {
    io.env['SUDO_USER'] = 'ana';
    expect(await printer(['install'], io, system({ isRoot: true }))).toBe(1);
    expect(err[0]).toContain("this would print into root's folder, not ana's");
    expect(ran).toEqual([]);
    expect(await printer(['install', '--folder', join(home, 'Outbox')], io, system({ isRoot: true }))).toBe(0);
  });

  it('removes the printer and its backend', async () => {
    expect(await printer(['remove'], io, system())).toBe(0);
    expect(ran).toEqual(['sudo lpadmin -x Faxdesk', 'sudo rm -f /usr/lib/cups/backend/faxdesk']);
    expect(out.at(-1)).toBe('The "Faxdesk" printer is removed.');
  });

  it('stops at the first command that fails, and says which', async () => {
    const code = await printer(
      ['remove'],
      io,
      system({}, (command) => (command.args[0] === 'lpadmin' ? 1 : 0)),
    );
    expect(code).toBe(1);
    expect(ran).toEqual(['sudo lpadmin -x Faxdesk']);
    expect(err).toEqual(['faxdesk: `sudo lpadmin -x Faxdesk` failed (exit code 1); nothing after it was run.']);
  });

  it('points elsewhere on macOS and Windows, and says when its files are missing', async () => {
    expect(await printer(['install'], io, system({ platform: 'darwin' }))).toBe(1);
    expect(err[0]).toContain('On macOS, install "Fax with Faxdesk" from Faxdesk\'s Settings');
    expect(await printer(['install'], io, system({ assets: null }))).toBe(1);
    expect(err[1]).toContain('assets/print/linux');
    expect(ran).toEqual([]);
  });

  it('refuses what it does not understand', async () => {
    await expect(printer([], io, system())).rejects.toThrow(UsageError);
    await expect(printer(['add'], io, system())).rejects.toThrow('install or remove');
    await expect(printer(['remove', '--folder', '/x'], io, system())).rejects.toThrow('no --folder');
  });
});
