/**
 * The records database (SQLite through better-sqlite3): the app's memory, which the UI
 * renders from even with no network (DESIGN.md §4, §5).
 *
 * A damaged file or one written by a newer Faxdesk is explained and left exactly as it is —
 * never reset — because it holds the only record of faxes that were sent. Every other reason
 * it may not open (database-errors.ts) is explained as what it is, never as damage.
 *
 * The file is private (0600, private-files.ts): SQLite creates a database 0644 and gives its
 * -wal and -shm journals the database's own mode, so the file is made private before SQLite
 * first opens it, and the journals follow.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { FaxdeskError } from '../errors';
import { damagedRecords, databaseOpenError } from './database-errors';
import { migrations } from './migrations';
import { createPrivateFile, makePrivateFolder, modesProtect, tightenEntry } from './private-files';

export type Db = Database.Database;

export const LATEST_SCHEMA_VERSION = migrations.length;

export interface OpenDatabaseOptions {
  /**
   * The better-sqlite3 native module to load instead of its own. Only tests set it, to see
   * what a broken or mismatched installation looks like.
   */
  nativeBinding?: string;
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  let db: Db | null = null;
  let created = false;
  try {
    makePrivateFolder(dirname(path));
    const isNew = !existsSync(path);
    created = makePrivate(path, isNew);
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    // Durability over speed: a fax's attempt row must survive a power cut, not only a crash.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!isNew) checkReadable(db, path);
    migrate(db, path);
    return db;
  } catch (error) {
    if (db?.open) db.close();
    // The empty file made for SQLite is not records: leave the folder as it was found.
    if (created && !db) removeIfEmpty(path);
    if (error instanceof FaxdeskError) throw error;
    throw databaseOpenError(path, error, options.nativeBinding);
  }
}

/**
 * New records start as an empty private file (SQLite takes an empty file as a new database);
 * existing ones, and journals left by a crash, lose any group and other access. Best effort:
 * what cannot be done here (a folder this account may not write to) is left for SQLite to
 * meet and explain. Returns whether it created the file.
 */
function makePrivate(path: string, isNew: boolean): boolean {
  if (!modesProtect) return false;
  if (isNew) {
    try {
      return createPrivateFile(path);
    } catch {
      return false;
    }
  }
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    try {
      tightenEntry(file);
    } catch {
      // Not there, or not ours to change: SQLite's own open says what matters.
    }
  }
  return false;
}

function removeIfEmpty(path: string): void {
  try {
    if (statSync(path).size === 0) rmSync(path);
  } catch {
    // Already gone, or not ours to remove.
  }
}

/**
 * A cheap check at every start: the header and schema must read, and the file must be as
 * long as its header says (a copy cut short is the common damage). A full integrity check
 * would read every page — seconds for a large history — so it is not done on the way in.
 */
function checkReadable(db: Db, path: string): void {
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const header = readHeaderPageCount(path);
  if (header !== null && statSync(path).size < header * pageSize) {
    throw damagedRecords(path, new Error(`file shorter than its ${header} pages`));
  }
}

/** The "in-header database size" (bytes 28..31 of the SQLite header), in pages. */
function readHeaderPageCount(path: string): number | null {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) < 100) return null;
    return header.readUInt32BE(28) || null;
  } finally {
    closeSync(fd);
  }
}

function migrate(db: Db, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_SCHEMA_VERSION) {
    db.close();
    throw new FaxdeskError(
      'database_too_new',
      `Your fax records (${path}) were written by a newer version of Faxdesk. Nothing was changed.`,
      { whatToDo: 'Update Faxdesk to open them.' },
    );
  }
  if (current === LATEST_SCHEMA_VERSION) return;
  // A step may rebuild a table others refer to (SQLite cannot change a column in place), which
  // needs foreign keys off: the pragma is ignored inside a transaction, so it is set around the
  // steps, and each step checks every reference before it commits.
  db.pragma('foreign_keys = OFF');
  try {
    for (let version = current; version < LATEST_SCHEMA_VERSION; version++) {
      const step = migrations[version];
      if (!step) break;
      db.transaction(() => {
        db.exec(step);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`step ${version + 1} left ${broken.length} broken references`);
        db.pragma(`user_version = ${version + 1}`);
      })();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
