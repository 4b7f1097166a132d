/**
 * The data folder holds a person's fax history and the documents they faxed — often medical
 * or legal records — so on a shared computer no other account may read any of it (DESIGN.md
 * §5). On Linux and macOS that is the POSIX mode: the folder and every folder in it 0700, every
 * file 0600 (read-only copies 0400), whatever the umask. Each writer creates its files private
 * with these helpers; `tightenDataFolder` fixes, at start, what an older Faxdesk left 0755/0644.
 *
 * Tightening only ever removes the group and other bits: a file its owner made read-only stays
 * read-only, and nothing another account owns is touched (chmod would be refused anyway).
 *
 * On Windows a mode means almost nothing (Node maps it to the read-only attribute), so nothing
 * is changed there: the data folder lives in the person's own profile (%APPDATA%), whose access
 * list admits only that account, SYSTEM and administrators, and every file in it inherits it.
 */
import { chmodSync, closeSync, fchmodSync, lstatSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
/** The bits that let anyone but the owner in. */
const GROUP_AND_OTHERS = 0o077;

/** Whether file modes protect anything on this system (see the top of this file). */
export const modesProtect = process.platform !== 'win32';

/**
 * What Faxdesk keeps in its data folder. Anything else there — in the app, Chromium's own
 * profile files beside ours — is left alone: the folder's 0700 already keeps other accounts
 * out of it, and a FAXDESK_HOME pointed at a folder with other things in it must not see them
 * changed. SQLite's journals (-wal, -shm) and conf's temporary files share their file's prefix.
 */
const OWN_FILES = /^(faxdesk\.db(-wal|-shm|-journal)?|settings\.json(\..+)?)$/;
const OWN_FOLDERS = new Set(['documents', 'logs', 'viewing']);

export interface TightenReport {
  /** Entries whose mode was changed. */
  tightened: number;
  /** Entries that could not be checked or changed, with why. */
  problems: Array<{ path: string; error: unknown }>;
}

/**
 * Makes a folder and any missing parents, private. A folder that is already there is left as it
 * is: the data folder's are tightened at start (tightenDataFolder), contents first.
 */
export function makePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/**
 * Creates an empty file only its owner can read, unless something is already there. Returns
 * whether it created one. SQLite then gives its -wal and -shm journals the same mode.
 */
export function createPrivateFile(path: string): boolean {
  try {
    closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Opens a file for writing, truncated, private whatever it was before: a temporary file left by
 * a crash keeps its old mode through `open`, so the mode is set on the open file as well.
 */
export function openPrivateFileForWriting(path: string): number {
  const fd = openSync(path, 'w', PRIVATE_FILE_MODE);
  try {
    if (modesProtect) fchmodSync(fd, PRIVATE_FILE_MODE);
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * Removes the group and other bits from one entry. Links are never followed (one could point
 * anywhere); returns whether the mode changed. Throws what lstat or chmod throw.
 */
export function tightenEntry(path: string): boolean {
  const stats = lstatSync(path);
  if (stats.isSymbolicLink() || (stats.mode & GROUP_AND_OTHERS) === 0) return false;
  chmodSync(path, stats.mode & 0o700);
  return true;
}

/**
 * Makes the data folder private, creating it if needed, and tightens everything Faxdesk keeps
 * in it. Never throws for an entry: a file it cannot change is reported, and the start goes on
 * (refusing to start would help no one, and the folder's own mode is the main protection).
 * Throws only when the folder itself cannot be made.
 */
export function tightenDataFolder(dataDir: string): TightenReport {
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  const report: TightenReport = { tightened: 0, problems: [] };
  if (!modesProtect) return report;
  tightenReporting(dataDir, report);
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch (error) {
    report.problems.push({ path: dataDir, error });
    return report;
  }
  for (const name of names) {
    if (OWN_FILES.test(name)) tightenReporting(join(dataDir, name), report);
    else if (OWN_FOLDERS.has(name)) tightenTree(join(dataDir, name), report);
  }
  return report;
}

/**
 * A folder and everything under it, deepest first: a folder becomes private only once all it
 * holds is, so a private folder means private contents (everything Faxdesk writes is created
 * private) and is not walked again — a history of 100,000 documents costs one look per start,
 * not 100,000. A walk cut short by a crash starts again where the folders are still open.
 * Links are neither followed nor changed.
 */
function tightenTree(path: string, report: TightenReport): void {
  let stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') report.problems.push({ path, error });
    return;
  }
  if (stats.isSymbolicLink()) return;
  if (!stats.isDirectory() || (stats.mode & GROUP_AND_OTHERS) === 0) {
    tightenReporting(path, report);
    return;
  }
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch (error) {
    report.problems.push({ path, error });
    return;
  }
  for (const entry of entries) {
    if (!entry.isSymbolicLink()) tightenTree(join(path, entry.name), report);
  }
  tightenReporting(path, report);
}

function tightenReporting(path: string, report: TightenReport): void {
  try {
    if (tightenEntry(path)) report.tightened++;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') report.problems.push({ path, error });
  }
}
