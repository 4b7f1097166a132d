/**
 * The files a launch hands to Faxdesk ("Open with Faxdesk", Send to, a double-click on a PDF):
 * read from its command line, which holds much else — the executable, in a development run the
 * app's folder, Chromium's and Electron's own switches, `--hidden`. Only paths of files that
 * exist are kept; relative paths are read against the launch's working folder, and file://
 * addresses (some Linux file managers give those) become paths.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LaunchArgs {
  argv: readonly string[];
  /** The working folder of the launch that handed them over. */
  cwd: string;
  /**
   * Electron runs an app from a folder (`electron .`): then argv[1] is that folder, not a file
   * handed over. True in development, false in the packaged app (process.defaultApp).
   */
  defaultApp: boolean;
}

/** Absolute paths of the files handed over, each once, in their order. */
export function handedFiles(launch: LaunchArgs, isFile: (path: string) => boolean): string[] {
  const skip = launch.defaultApp ? 2 : 1;
  const paths = launch.argv
    .slice(skip)
    .filter((arg) => arg.length > 0 && !arg.startsWith('-'))
    .map((arg) => toPath(arg, launch.cwd))
    .filter((path): path is string => path !== null);
  return [...new Set(paths)].filter((path) => isFile(path));
}

function toPath(arg: string, cwd: string): string | null {
  if (/^file:\/\//i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  // Other schemes (a faxdesk: address, http) are not files.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return isAbsolute(arg) ? arg : resolve(cwd, arg);
}
