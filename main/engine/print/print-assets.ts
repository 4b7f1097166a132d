/**
 * Where the print-to-fax files (assets/print/) are: in a packaged app, beside app.asar in the
 * resources folder (electron-builder.yml's extraResources, since CUPS and macOS must run them
 * as plain files); in a checkout or the npm package, in assets/print above the running code
 * (out/main, out/cli, or the sources under main/ in tests).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PrintAssets {
  /** The CUPS backend script. */
  linuxBackend: string;
  /** The CUPS printer description. */
  linuxPpd: string;
  /** The macOS PDF Services script, before the folder is written into it. */
  macService: string;
}

export function printAssetsIn(folder: string): PrintAssets {
  return {
    linuxBackend: join(folder, 'linux', 'faxdesk'),
    linuxPpd: join(folder, 'linux', 'faxdesk.ppd'),
    macService: join(folder, 'macos', 'Fax with Faxdesk'),
  };
}

/**
 * The folder holding the print assets: `resourcesPath/print` when packaged, else the first
 * `assets/print` found going up from `from`; null when neither exists.
 */
export function findPrintAssets(
  from: string,
  resourcesPath: string | undefined,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const hasBackend = (folder: string) => exists(printAssetsIn(folder).linuxBackend);
  if (resourcesPath && hasBackend(join(resourcesPath, 'print'))) return join(resourcesPath, 'print');
  for (let folder = from; ; folder = dirname(folder)) {
    if (hasBackend(join(folder, 'assets', 'print'))) return join(folder, 'assets', 'print');
    if (dirname(folder) === folder) return null;
  }
}
