/**
 * The records are private: SQLite creates a database 0644 and gives its -wal and -shm journals
 * the database's mode, which let other accounts on the computer read the fax history.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/engine/store/database';
import { FaxdeskError } from '../../../main/engine/errors';

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

let dir: string;
let umask: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-db-modes-'));
  umask = process.umask(0o022);
});
afterEach(() => {
  process.umask(umask);
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(process.platform !== 'win32')('the records file', () => {
  it('is created 0600, its journals and its folder private too', () => {
    const path = join(dir, 'desk', 'faxdesk.db');
    const db = openDatabase(path);
    db.exec('CREATE TABLE probe (x); INSERT INTO probe VALUES (1);');
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(existsSync(`${path}-shm`)).toBe(true);
    expect([mode(path), mode(`${path}-wal`), mode(`${path}-shm`), mode(join(dir, 'desk'))]).toEqual([
      '600',
      '600',
      '600',
      '700',
    ]);
    db.close();
  });

  it('left 0644 by an earlier version is made 0600 when opened, with the journals a crash left', () => {
    const path = join(dir, 'faxdesk.db');
    const old = new Database(path);
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE probe (x); INSERT INTO probe VALUES (1);');
    old.close();
    // A journal as a crash leaves it (a clean close removes it).
    writeFileSync(`${path}-wal`, '', { flag: 'a' });
    for (const file of [path, `${path}-wal`]) expect(mode(file)).toBe('644');

    const db = openDatabase(path);
    expect(db.prepare('SELECT x FROM probe').get()).toEqual({ x: 1 });
    expect([mode(path), mode(`${path}-wal`), mode(`${path}-shm`)]).toEqual(['600', '600', '600']);
    db.close();
  });

  it('is not left behind, empty, when the records could not be opened at all', () => {
    const path = join(dir, 'faxdesk.db');
    const error = (() => {
      try {
        openDatabase(path, { nativeBinding: join(dir, 'missing', 'better_sqlite3.node') });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(FaxdeskError);
    expect((error as FaxdeskError).code).toBe('installation_incomplete');
    expect(existsSync(path)).toBe(false);
  });
});
