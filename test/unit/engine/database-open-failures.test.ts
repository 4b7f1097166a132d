/**
 * Why the records would not open, told apart: only SQLite's own "not a database" or
 * "corrupt" (and a file cut short) is damage. A healthy file behind a broken installation, a
 * folder this account may not write to, a lock or a full disk is never called damaged.
 */
import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaxdeskError } from '../../../main/engine/errors';
import { databaseOpenError } from '../../../main/engine/store/database-errors';
import { openDatabase } from '../../../main/engine/store/database';

const { SqliteError } = Database as unknown as { SqliteError: new (message: string, code: string) => Error };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-db-open-'));
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

/** Opening must fail; returns the FaxdeskError it failed with. */
function failureOf(open: () => unknown): FaxdeskError {
  try {
    open();
  } catch (error) {
    expect(error).toBeInstanceOf(FaxdeskError);
    return error as FaxdeskError;
  }
  throw new Error('expected the records not to open');
}

/** A healthy records file with one row, as Faxdesk leaves it. */
function healthyRecords(path: string): Buffer {
  const db = openDatabase(path);
  db.prepare(
    "INSERT INTO documents (sha256, path, pages, bytes, source_names, created_at) VALUES ('ab', 'documents/ab.pdf', 1, 10, '[]', 1)",
  ).run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return readFileSync(path);
}

const damagedWords = /damaged|not a Faxdesk database/i;

describe('a damaged file', () => {
  it('is still called damaged, with SQLite’s answer as the cause', () => {
    const path = join(dir, 'faxdesk.db');
    writeFileSync(path, Buffer.from('this is not a database, but it is the only copy of something'.repeat(100)));
    const error = failureOf(() => openDatabase(path));
    expect(error.code).toBe('database_unreadable');
    expect(error.summary).toMatch(damagedWords);
    expect(error.whatToDo).toMatch(/backup/);
    expect(error.cause).toMatchObject({ name: 'SqliteError', code: 'SQLITE_NOTADB' });
  });
});

describe('the native module that reads the records does not load', () => {
  const require = createRequire(import.meta.url);
  const prebuilds = join(dirname(require.resolve('better-sqlite3/package.json')), 'prebuilds');
  /** A real better-sqlite3 build for another system than this one. */
  const foreign = process.platform === 'linux' ? 'win32-x64.node' : 'linux-x64.node';

  it.each([
    ['built for another system', () => join(prebuilds, foreign)],
    [
      'cut short',
      () => {
        writeFileSync(join(dir, 'broken.node'), 'not a shared library');
        return join(dir, 'broken.node');
      },
    ],
    ['missing', () => join(dir, 'missing', 'better_sqlite3.node')],
  ])('(%s) is an incomplete installation, not damaged records', (_case, binding) => {
    const path = join(dir, 'faxdesk.db');
    const healthy = healthyRecords(path);
    const nativeBinding = binding();

    const error = failureOf(() => openDatabase(path, { nativeBinding }));
    expect(error.code).toBe('installation_incomplete');
    expect(error.message).not.toMatch(damagedWords);
    expect(error.message).toMatch(/installation is incomplete or was made for another kind of computer/);
    expect(error.whatToDo).toMatch(/^Reinstall Faxdesk/);
    // For whoever supports Faxdesk: which module, and the loader's own words.
    expect(error.technicalDetail).toContain('better-sqlite3');
    expect(error.technicalDetail).toContain(nativeBinding);
    expect((error.cause as { code?: string }).code).toMatch(/^(ERR_DLOPEN_FAILED|MODULE_NOT_FOUND)$/);
    expect(readFileSync(path).equals(healthy)).toBe(true);
  });
});

describe('a folder this account may not write to', () => {
  /**
   * Tests often run as root, whom file permissions do not stop: there the test drops to the
   * `nobody` user for the duration of the open (seteuid, which root may undo), so SQLite meets
   * the same refusal an office user's account would. Elsewhere the folder is made read-only.
   */
  function asUserWithoutWriteAccess<T>(folder: string, open: () => T): T {
    chmodSync(folder, 0o555);
    if (process.getuid?.() !== 0) return open();
    chmodSync(dir, 0o755);
    const seteuid = process.seteuid;
    if (!seteuid) throw new Error('running as root without process.seteuid: cannot test permissions honestly');
    seteuid(65534);
    try {
      return open();
    } finally {
      seteuid(0);
    }
  }

  it('is a permission problem for new records, and nothing is created', () => {
    const folder = join(dir, 'desk');
    mkdirSync(folder);
    const path = join(folder, 'faxdesk.db');
    const error = failureOf(() => asUserWithoutWriteAccess(folder, () => openDatabase(path)));
    expect(error.code).toBe('database_no_permission');
    expect(error.message).not.toMatch(damagedWords);
    expect(error.whatToDo).toContain(`permission to change the folder ${folder}`);
    expect(error.cause).toMatchObject({ name: 'SqliteError', code: 'SQLITE_CANTOPEN' });
    expect(existsSync(path)).toBe(false);
  });

  it('is a permission problem for healthy records, which are left as they were', () => {
    const folder = join(dir, 'desk');
    mkdirSync(folder);
    const path = join(folder, 'faxdesk.db');
    const healthy = healthyRecords(path);
    if (process.getuid?.() !== 0) chmodSync(path, 0o444);

    const error = failureOf(() => asUserWithoutWriteAccess(folder, () => openDatabase(path)));
    expect(error.code).toBe('database_no_permission');
    expect(error.message).not.toMatch(damagedWords);
    expect(error.cause).toBeInstanceOf(Error);
    chmodSync(folder, 0o700);
    expect(readFileSync(path).equals(healthy)).toBe(true);
    expect(openDatabase(path).close().open).toBe(false);
  });
});

describe('other reasons', () => {
  it('a records folder that is a file cannot be opened, and says where to look', () => {
    writeFileSync(join(dir, 'desk'), 'a file where the data folder should be');
    const path = join(dir, 'desk', 'faxdesk.db');
    const error = failureOf(() => openDatabase(path));
    expect(error.code).toBe('database_cannot_open');
    expect(error.message).not.toMatch(damagedWords);
    expect(error.whatToDo).toContain(`Check that ${join(dir, 'desk')} is a folder`);
    expect((error.cause as { code?: string }).code).toMatch(/^(ENOTDIR|EEXIST)$/);
  });

  it('records locked by another program are busy, not damaged', () => {
    const path = join(dir, 'faxdesk.db');
    healthyRecords(path);
    const other = new Database(path);
    try {
      other.pragma('journal_mode = DELETE');
      other.pragma('locking_mode = EXCLUSIVE');
      other.prepare("UPDATE documents SET pages = 2 WHERE sha256 = 'ab'").run();
      const error = failureOf(() => openDatabase(path));
      expect(error.code).toBe('database_busy');
      expect(error.message).toMatch(/locked by another program/);
      expect(error.cause).toMatchObject({ code: 'SQLITE_BUSY' });
    } finally {
      other.close();
    }
  }, 20_000);

  // Conditions a test cannot bring about on this machine (a full disk, a read-only drive), by
  // the errors SQLite and Node report for them.
  it.each([
    [new SqliteError('database or disk is full', 'SQLITE_FULL'), 'disk_full', /disk .* is full/],
    [Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }), 'disk_full', /is full/],
    [Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' }), 'database_read_only', /only be read/],
    [
      Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }),
      'database_no_permission',
      /not allowed/,
    ],
    [new SqliteError('database is locked', 'SQLITE_BUSY_RECOVERY'), 'database_busy', /locked by another program/],
    [new SqliteError('disk I/O error', 'SQLITE_IOERR_READ'), 'database_cannot_open', /reported an error/],
    [new SqliteError('database disk image is malformed', 'SQLITE_CORRUPT'), 'database_unreadable', damagedWords],
    [new SqliteError('file is not a database', 'SQLITE_NOTADB'), 'database_unreadable', damagedWords],
    [new TypeError('something unforeseen'), 'database_cannot_open', /could not open your fax records/],
  ] as const)('%s is %s', (cause, code, words) => {
    // A healthy folder: the probe SQLite's vaguer answers get finds nothing more to say.
    const error = databaseOpenError(join(dir, 'faxdesk.db'), cause);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(words);
    expect(error.cause).toBe(cause);
    if (code !== 'database_unreadable') expect(error.message).not.toMatch(damagedWords);
  });

  it('SQLite’s vague "read-only" is explained by what the folder allows', () => {
    const error = databaseOpenError(
      join(dir, 'faxdesk.db'),
      new SqliteError('attempt to write a readonly database', 'SQLITE_READONLY'),
    );
    // Here the folder is writable, so nothing more specific can be said than SQLite did.
    expect(error.code).toBe('database_read_only');
    expect(error.whatToDo).toMatch(/writable/);
  });
});
