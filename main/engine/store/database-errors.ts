/**
 * Why the records could not be opened, in words that say what to do.
 *
 * Only SQLite's own verdict ("not a database", "corrupt") or a file cut short is called
 * damaged. A healthy file behind something else — a folder this account may not write to, a
 * read-only drive, another program's lock, a full disk, Faxdesk's own installation missing
 * the native module that reads it — must never be, or a person may throw away the only
 * record of the faxes they sent. The original error is always kept as the `cause`.
 */
import { closeSync, openSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FaxdeskError } from '../errors';

type Failure = 'damaged' | 'module' | 'permission' | 'read_only' | 'full' | 'busy' | 'cannot_open' | 'disk_error';

/** Explains a failure to open the records at `path`; `nativeBinding` is the module tried, if not the default. */
export function databaseOpenError(path: string, error: unknown, nativeBinding?: string): FaxdeskError {
  const failure = classify(path, error);
  if (failure === 'module') return moduleFailure(error, nativeBinding);
  return explain(failure, path, error);
}

/** The records are damaged: SQLite refused them, or the file is shorter than its header says. */
export function damagedRecords(path: string, cause: unknown): FaxdeskError {
  return explain('damaged', path, cause);
}

function classify(path: string, error: unknown): Failure {
  const code = errorCode(error);
  if (isModuleLoadFailure(error, code)) return 'module';
  if (code?.startsWith('SQLITE_')) {
    // better-sqlite3 reports extended codes (SQLITE_READONLY_DIRECTORY); the first word decides.
    switch (/^SQLITE_[A-Z]+/.exec(code)?.[0]) {
      case 'SQLITE_NOTADB':
      case 'SQLITE_CORRUPT':
        return 'damaged';
      case 'SQLITE_FULL':
        return 'full';
      case 'SQLITE_BUSY':
      case 'SQLITE_LOCKED':
        return 'busy';
      case 'SQLITE_PERM':
      case 'SQLITE_AUTH':
        return 'permission';
      // SQLite does not say why it could not open or write; trying the same as it did does.
      case 'SQLITE_READONLY':
        return probe(path) ?? 'read_only';
      case 'SQLITE_CANTOPEN':
        return probe(path) ?? 'cannot_open';
      case 'SQLITE_IOERR':
        return probe(path) ?? 'disk_error';
      default:
        return 'cannot_open';
    }
  }
  return (code === null ? null : fromErrno(code)) ?? 'cannot_open';
}

/**
 * better-sqlite3 loads its `.node` file on the first `new Database()`: a build for another
 * Node ABI, platform or architecture fails in dlopen, and a missing one as a module not found.
 */
function isModuleLoadFailure(error: unknown, code: string | null): boolean {
  if (code === 'ERR_DLOPEN_FAILED') return true;
  return code === 'MODULE_NOT_FOUND' && error instanceof Error && /\.node\b/.test(error.message);
}

function fromErrno(code: string): Failure | null {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'EROFS':
      return 'read_only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'full';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'busy';
    case 'EIO':
      return 'disk_error';
    case 'ENOENT':
    case 'ENOTDIR':
    case 'EISDIR':
    case 'EEXIST':
    case 'ENAMETOOLONG':
    case 'ELOOP':
      return 'cannot_open';
    default:
      return null;
  }
}

/**
 * Does what SQLite needed — open the file for reading and writing, create a file beside it
 * (its -wal and -shm journal) — to learn the reason it did not give. Runs as this process's
 * effective user, so it sees exactly the permissions SQLite saw. The test file is removed.
 */
function probe(path: string): Failure | null {
  const folder = dirname(path);
  const attempt = (action: () => void): Failure | null => {
    try {
      action();
      return null;
    } catch (error) {
      return fromErrno(errorCode(error) ?? '') ?? 'cannot_open';
    }
  };
  const folderIsFolder = attempt(() => {
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  });
  if (folderIsFolder) return folderIsFolder;
  const file = attempt(() => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return; // not there yet: SQLite would create it
    }
    if (stats.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    closeSync(openSync(path, 'r+'));
  });
  if (file) return file;
  const check = join(folder, `.${basename(path)}-write-check-${process.pid}`);
  return attempt(() => {
    closeSync(openSync(check, 'w', 0o600));
    unlinkSync(check);
  });
}

function explain(failure: Exclude<Failure, 'module'>, path: string, cause: unknown): FaxdeskError {
  const folder = dirname(path);
  const again = 'then start Faxdesk again.';
  const words: Record<typeof failure, [FaxdeskError['code'], string, string]> = {
    damaged: [
      'database_unreadable',
      `Faxdesk cannot read your fax records (${path}): the file is damaged or is not a Faxdesk database. ` +
        'Nothing was changed.',
      'Restore it from a backup, or move it aside to start a new one.',
    ],
    permission: [
      'database_no_permission',
      `Faxdesk is not allowed to open or change your fax records (${path}). Nothing was changed.`,
      `Ask whoever looks after this computer to give your user account permission to change the folder ${folder} ` +
        `and the files in it, ${again}`,
    ],
    read_only: [
      'database_read_only',
      `Your fax records (${path}) are on a drive or in a file that can only be read, and Faxdesk needs to ` +
        'write to them to send and track faxes. Nothing was changed.',
      `Make the drive or the file writable (a write-protected card, a read-only network share), or ask whoever ` +
        `looks after this computer; ${again}`,
    ],
    full: [
      'disk_full',
      `The disk that holds your fax records (${path}) is full, so Faxdesk cannot write to them. Nothing was lost.`,
      `Free some space on that disk (empty the trash or remove large files you no longer need), ${again}`,
    ],
    busy: [
      'database_busy',
      `Your fax records (${path}) are locked by another program, so Faxdesk cannot open them. Nothing was changed.`,
      'Close other programs that may be using the file — the faxdesk command line, a backup or sync tool, ' +
        `a database viewer — ${again}`,
    ],
    cannot_open: [
      'database_cannot_open',
      `Faxdesk could not open your fax records (${path}). Nothing was changed.`,
      `Check that ${folder} is a folder on a drive that is connected, ${again}`,
    ],
    disk_error: [
      'database_cannot_open',
      `Your computer reported an error while reading your fax records (${path}). Nothing was changed.`,
      `Check that the drive is connected and working (for a network drive, that the network is up), ${again}`,
    ],
  };
  const [code, summary, whatToDo] = words[failure];
  return new FaxdeskError(code, summary, { cause, whatToDo });
}

function moduleFailure(cause: unknown, nativeBinding?: string): FaxdeskError {
  const module = nativeBinding ?? 'better-sqlite3/build/Release/better_sqlite3.node or its prebuilt module';
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new FaxdeskError(
    'installation_incomplete',
    "Faxdesk's installation is incomplete or was made for another kind of computer: a part it needs to " +
      'read your fax records did not load. Your records were not touched.',
    {
      cause,
      whatToDo: 'Reinstall Faxdesk, downloaded for this computer. If that does not help, ask whoever supports Faxdesk.',
      technicalDetail:
        `The native module of better-sqlite3 (${module}) did not load on ${process.platform}-${process.arch}, ` +
        `Node ABI ${process.versions.modules}: ${reason}`,
    },
  );
}

function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}
