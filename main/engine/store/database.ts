/**
 * The records database (SQLite through better-sqlite3): the app's memory, which the UI
 * renders from even with no network (DESIGN.md §4, §5).
 *
 * A damaged file or one written by a newer Faxdesk is explained and left exactly as it is —
 * never reset — because it holds the only record of faxes that were sent.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { FaxdeskError } from '../errors';
import { migrations } from './migrations';

export type Db = Database.Database;

export const LATEST_SCHEMA_VERSION = migrations.length;

export function openDatabase(path: string): Db {
  mkdirSync(dirname(path), { recursive: true });
  const isNew = !existsSync(path);
  let db: Db;
  try {
    db = new Database(path);
    // Durability over speed: a fax's attempt row must survive a power cut, not only a crash.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!isNew) checkReadable(db, path);
  } catch (error) {
    if (error instanceof FaxdeskError) throw error;
    throw unreadable(path, error);
  }
  migrate(db, path);
  return db;
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
    throw unreadable(path, new Error(`file shorter than its ${header} pages`));
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
      `Your fax records (${path}) were written by a newer version of Faxdesk. ` +
        'Update Faxdesk to open them; nothing was changed.',
    );
  }
  for (let version = current; version < LATEST_SCHEMA_VERSION; version++) {
    const step = migrations[version];
    if (!step) break;
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

function unreadable(path: string, cause: unknown): FaxdeskError {
  return new FaxdeskError(
    'database_unreadable',
    `Faxdesk cannot read your fax records (${path}): the file is damaged or is not a Faxdesk database. ` +
      'Nothing was changed. Restore it from a backup, or move it aside to start a new one.',
    { cause },
  );
}
