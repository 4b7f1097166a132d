import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, openDatabase } from '../../../main/engine/store/database';
import { migrations } from '../../../main/engine/store/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase()', () => {
  it('creates the schema in WAL mode at the latest version', () => {
    const db = openDatabase(join(dir, 'faxdesk.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").all() as Array<{
      name: string;
    }>;
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['jobs', 'attempts', 'events', 'documents', 'job_search']),
    );
    db.close();
  });

  it('brings a database of an earlier version up to date, keeping its records', () => {
    const path = join(dir, 'faxdesk.db');
    const old = new Database(path);
    old.exec(migrations[0] ?? '');
    old.pragma('user_version = 1');
    old
      .prepare(
        "INSERT INTO documents (sha256, path, pages, bytes, source_names, created_at) VALUES ('ab', 'documents/ab.pdf', 1, 10, '[]', 1)",
      )
      .run();
    old.close();

    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as Array<{ name: string }>;
    expect(indexes.map((i) => i.name)).toContain('jobs_by_document');
    db.close();
  });

  it('explains a damaged file and leaves it untouched', () => {
    const path = join(dir, 'faxdesk.db');
    const garbage = Buffer.from('this is not a database, but it is the only copy of something'.repeat(100));
    writeFileSync(path, garbage);
    expect(() => openDatabase(path)).toThrow(/cannot read your fax records .*damaged.*Nothing was changed/);
    expect(readFileSync(path).equals(garbage)).toBe(true);
  });

  it('explains a truncated database', () => {
    const path = join(dir, 'faxdesk.db');
    const db = openDatabase(path);
    db.prepare(
      "INSERT INTO documents (sha256, path, pages, bytes, source_names, created_at) VALUES ('x', 'p', 1, 1, '[]', 0)",
    ).run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'database_unreadable' }));
  });

  it('refuses a database from a newer Faxdesk instead of changing it', () => {
    const path = join(dir, 'faxdesk.db');
    const newer = new Database(path);
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.close();
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'database_too_new' }));
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    check.close();
  });
});
