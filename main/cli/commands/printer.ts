/**
 * faxdesk printer install|remove [--folder FOLDER]: sets up the "Faxdesk" printer on Linux, a CUPS
 * printer whose every job lands as a PDF in the watched folder (assets/print/linux). Adding a
 * printer needs root, so the commands (main/engine/print/cups-commands.ts) run through sudo when
 * Faxdesk is not root; they are shown first, and the person is told sudo will ask for their
 * password. What runs them is a dependency, so tests never call sudo.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  asRoot,
  commandLine,
  PRINTER_NAME,
  printerInstallCommands,
  printerRemoveCommands,
  type Command,
} from '../../engine/print/cups-commands';
import { findPrintAssets, printAssetsIn } from '../../engine/print/print-assets';
import { printFolder } from '../../engine/print/print-folder';
import { confSettingsBackend, SettingsStore } from '../../engine/store/settings';
import { defaultDataDir } from '../data-dir';
import { UsageError, type CliIo } from '../io';

export const printerHelp = `Usage: faxdesk printer install [--folder FOLDER]
       faxdesk printer remove

Linux only. Adds (or removes) a printer named "${PRINTER_NAME}": whatever is printed to it is written as
a PDF into FOLDER, by default the watched folder of Faxdesk's Settings (~/Faxdesk Outbox unless
changed), where Faxdesk takes it. Adding a printer needs root: Faxdesk shows the commands, then runs
them through sudo, which asks for your password.`;

export interface PrinterSystem {
  platform: NodeJS.Platform;
  isRoot: boolean;
  home: string;
  /** The folder holding assets/print's files; null when they cannot be found. */
  assets: string | null;
  /** Runs a command with the terminal (so sudo can ask), resolving to its exit code. */
  run(command: Command): Promise<number>;
}

export function systemPrinter(): PrinterSystem {
  return {
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    home: homedir(),
    assets: findPrintAssets(import.meta.dirname, undefined),
    run: runWithTerminal,
  };
}

export async function printer(args: string[], io: CliIo, system: PrinterSystem = systemPrinter()): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { folder: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [action, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`printer takes one action (got ${positionals.join(' ')})`);
  if (action !== 'install' && action !== 'remove') throw new UsageError('printer takes install or remove');
  if (action === 'remove' && values.folder !== undefined) throw new UsageError('printer remove takes no --folder');
  if (system.platform !== 'linux') {
    io.err(
      'faxdesk: `faxdesk printer` sets up a CUPS printer, on Linux. On macOS, install "Fax with Faxdesk" from ' +
        "Faxdesk's Settings; on Windows, Settings shows how to print to the watched folder with Microsoft Print to PDF.",
    );
    return 1;
  }
  if (action === 'remove') {
    return runAll(printerRemoveCommands(), io, system, [`The "${PRINTER_NAME}" printer is removed.`]);
  }

  if (!system.assets) {
    io.err("faxdesk: the printer's files (assets/print/linux) are missing from this copy of Faxdesk.");
    return 1;
  }
  if (system.isRoot && io.env['SUDO_USER'] && values.folder === undefined) {
    // Under sudo, the settings and home folder would be root's, and the printer would write there.
    io.err(
      `faxdesk: run as root through sudo, this would print into root's folder, not ${io.env['SUDO_USER']}'s. ` +
        'Run `faxdesk printer install` as yourself (it uses sudo where it must), or give --folder.',
    );
    return 1;
  }
  const folder = resolve(values.folder ?? watchedFolder(io, system.home));
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true });
    io.out(`Made the folder ${folder}.`);
  }
  const { linuxBackend, linuxPpd } = printAssetsIn(system.assets);
  const commands = printerInstallCommands({ backend: linuxBackend, ppd: linuxPpd, folder });
  return runAll(commands, io, system, [
    `The "${PRINTER_NAME}" printer is installed: whatever is printed to it is written as a PDF into ${folder}.`,
    'Faxdesk takes those files while the watched folder is on in Settings, or while `faxdesk watch` runs on that folder.',
  ]);
}

/** The watched folder of the settings the app and the CLI share; ~/Faxdesk Outbox unless changed. */
function watchedFolder(io: CliIo, home: string): string {
  return printFolder(new SettingsStore(confSettingsBackend(defaultDataDir(io.env))).get(), home);
}

/** Says what will run and how, then runs each command in turn, stopping at the first that fails. */
async function runAll(commands: Command[], io: CliIo, system: PrinterSystem, done: string[]): Promise<number> {
  const toRun = asRoot(commands, system.isRoot);
  io.out(
    system.isRoot
      ? 'Faxdesk will run:'
      : 'Adding or removing a printer needs root. Faxdesk will run these commands through sudo, which asks for your password:',
  );
  for (const command of toRun) io.out(`  ${commandLine(command)}`);
  for (const command of toRun) {
    const code = await system.run(command);
    if (code !== 0) {
      io.err(`faxdesk: \`${commandLine(command)}\` failed (exit code ${code}); nothing after it was run.`);
      return 1;
    }
  }
  for (const line of done) io.out(line);
  return 0;
}

function runWithTerminal({ program, args }: Command): Promise<number> {
  return new Promise((done) => {
    const child = spawn(program, args, { stdio: 'inherit' });
    child.once('error', (error: NodeJS.ErrnoException) => {
      process.stderr.write(
        error.code === 'ENOENT'
          ? `faxdesk: ${program} was not found. Is ${program === 'lpadmin' ? 'CUPS' : program} installed?\n`
          : `faxdesk: could not run ${program}: ${error.message}\n`,
      );
      done(127);
    });
    child.once('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}
