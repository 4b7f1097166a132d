/** The account-listing cursors: one per direction, kept across reopening, and never moved back. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/engine/store/database';
import { SyncCursors } from '../../../main/engine/store/sync-cursors';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-sync-cursors-'));
  db = openDatabase(join(dir, 'faxdesk.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sync cursors', () => {
  it('start empty and keep each direction apart', () => {
    const cursors = new SyncCursors(db, () => 1);
    expect(cursors.get('inbound')).toBeNull();
    cursors.advance('inbound', 5_000);
    expect(cursors.get('inbound')).toBe(5_000);
    expect(cursors.get('outbound')).toBeNull();
  });

  it('only move forward, so an older listing finishing late cannot make a desk read twice as far back', () => {
    const cursors = new SyncCursors(db, () => 1);
    cursors.advance('outbound', 9_000);
    cursors.advance('outbound', 4_000);
    expect(cursors.get('outbound')).toBe(9_000);
    cursors.advance('outbound', 12_000);
    expect(cursors.get('outbound')).toBe(12_000);
  });

  it('are kept in the records across reopening', () => {
    new SyncCursors(db, () => 1).advance('inbound', 7_000);
    db.close();
    db = openDatabase(join(dir, 'faxdesk.db'));
    expect(new SyncCursors(db, () => 2).get('inbound')).toBe(7_000);
  });
});
