/**
 * The print-to-fax channels of Settings: where the printers write and, for Linux, the commands
 * that add the Faxdesk printer with this copy's files (for a desk without the `faxdesk` command);
 * on macOS, installing "Fax with Faxdesk" into the person's PDF Services. Kept apart from
 * handlers.ts, and like it free of Electron; the home folder and the platform come in, so tests
 * never write into a real ~/Library.
 */
import { readFile } from 'node:fs/promises';
import type { MacServiceInstalled, PrintToFaxSetup, Settings } from '../../preload/contract';
import { FaxdeskError } from '../engine/errors';
import { asRoot, commandLine, printerInstallCommands } from '../engine/print/cups-commands';
import { findPrintAssets, printAssetsIn } from '../engine/print/print-assets';
import { printFolder } from '../engine/print/print-folder';
import { installPdfService } from '../engine/print/pdf-service';
import { shellQuote } from '../engine/print/shell-quote';
import type { Handlers } from './ipc-dispatch';

export type PrintChannel = 'print:setup' | 'print:installMacService';

export interface PrintHandlerContext {
  settings: () => Settings;
  /** The person's home folder: ~/Faxdesk Outbox and ~/Library/PDF Services are in it. */
  home: string;
  platform: NodeJS.Platform;
  /** The folder of assets/print's files (print-assets.ts); found from this module when not given. */
  assets?: string | null;
}

export function createPrintHandlers(context: PrintHandlerContext): Pick<Handlers, PrintChannel> {
  // In a packaged app the files are beside app.asar (Electron's resourcesPath); in a checkout, in assets/.
  const assets =
    context.assets !== undefined ? context.assets : findPrintAssets(import.meta.dirname, process.resourcesPath);
  const folder = () => printFolder(context.settings(), context.home);

  return {
    'print:setup': () => {
      const setup: PrintToFaxSetup = { folder: folder(), linuxCommands: [] };
      if (context.platform === 'linux' && assets) {
        const { linuxBackend, linuxPpd } = printAssetsIn(assets);
        const commands = printerInstallCommands({ backend: linuxBackend, ppd: linuxPpd, folder: setup.folder });
        setup.linuxCommands = [`mkdir -p ${shellQuote(setup.folder)}`, ...asRoot(commands, false).map(commandLine)];
      }
      return Promise.resolve(setup);
    },
    'print:installMacService': async (): Promise<MacServiceInstalled> => {
      if (context.platform !== 'darwin') {
        throw new FaxdeskError('not_possible', '"Fax with Faxdesk" is for the print dialogs of macOS.');
      }
      if (!assets) {
        throw new FaxdeskError('not_possible', 'The "Fax with Faxdesk" script is missing from this copy of Faxdesk.');
      }
      const template = await readFile(printAssetsIn(assets).macService, 'utf8');
      const target = folder();
      return { path: await installPdfService({ home: context.home, folder: target, template }), folder: target };
    },
  };
}
