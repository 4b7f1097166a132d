/**
 * The commands that set up and take down the Faxdesk printer on Linux (CUPS), built as data so
 * they can be shown to the person before they run, tested without CUPS, and run by any runner
 * (the CLI's, through sudo). The backend is installed 0700 and owned by root, so CUPS runs it as
 * root (a world-executable backend runs as `lp`, which cannot reach a folder in a home); the
 * backend itself then writes as the folder's owner (assets/print/linux/faxdesk).
 */
import { shellQuote } from './shell-quote';

/** The printer's name in CUPS, in every print dialog. */
export const PRINTER_NAME = 'Faxdesk';
/** Where CUPS looks for backends on every Linux distribution Faxdesk packages for. */
export const CUPS_BACKEND_DIR = '/usr/lib/cups/backend';

export interface Command {
  program: string;
  args: string[];
}

/** `faxdesk:` and the folder's absolute path, each segment URL-encoded ("Faxdesk%20Outbox"). */
export function deviceUri(folder: string): string {
  if (!folder.startsWith('/')) throw new Error(`The printer's folder must be an absolute path (got "${folder}").`);
  return `faxdesk:${folder.split('/').map(encodeURIComponent).join('/')}`;
}

export interface InstallPaths {
  /** The backend script shipped with Faxdesk (assets/print/linux/faxdesk). */
  backend: string;
  /** Its printer description (assets/print/linux/faxdesk.ppd). */
  ppd: string;
  /** The folder the printer writes into: the watched folder. */
  folder: string;
}

/** Copies the backend into CUPS's folder (0700 root), then adds the printer, enabled and not shared. */
export function printerInstallCommands({ backend, ppd, folder }: InstallPaths): Command[] {
  return [
    {
      program: 'install',
      args: ['-m', '0700', '-o', 'root', '-g', 'root', backend, `${CUPS_BACKEND_DIR}/faxdesk`],
    },
    {
      program: 'lpadmin',
      args: [
        '-p',
        PRINTER_NAME,
        '-E',
        '-v',
        deviceUri(folder),
        '-P',
        ppd,
        '-D',
        'Print to fax with Faxdesk',
        // A printer that writes into one person's folder is for this computer only.
        '-o',
        'printer-is-shared=false',
      ],
    },
  ];
}

/** Removes the printer, then its backend. */
export function printerRemoveCommands(): Command[] {
  return [
    { program: 'lpadmin', args: ['-x', PRINTER_NAME] },
    { program: 'rm', args: ['-f', `${CUPS_BACKEND_DIR}/faxdesk`] },
  ];
}

/** Runs each command as root: as it is when already root, otherwise through sudo. */
export function asRoot(commands: Command[], isRoot: boolean): Command[] {
  return isRoot ? commands : commands.map(({ program, args }) => ({ program: 'sudo', args: [program, ...args] }));
}

/** A command as it would be typed in a shell, each argument quoted where it needs to be. */
export function commandLine({ program, args }: Command): string {
  return [program, ...args].map(shellQuote).join(' ');
}
