/**
 * The migration after receiving (8) rebuilds the jobs table (a document may now be missing, for faxes sent from
 * elsewhere): a v6 database full of jobs, attempts, timeline and search comes through intact —
 * every rowid (the search index is keyed by it), column, default and index — and its foreign
 * keys still hold and still cascade.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, openDatabase } from '../../../main/engine/store/database';
import { JobStore } from '../../../main/engine/store/job-store';
import { newJob } from '../../support/new-job';
import { versionSixDatabase } from '../../support/version-six-database';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-rebuild-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const columnsOf = (db: Database.Database) =>
  (db.prepare('PRAGMA table_info(jobs)').all() as Array<{ name: string; notnull: number; dflt_value: unknown }>).map(
    ({ name, notnull, dflt_value }) => ({ name, notnull, dflt_value }),
  );

describe('migration 8: jobs rebuilt so a fax may have no document', () => {
  it('keeps every job, rowid, attempt, event and search entry of a v6 database', () => {
    const path = join(dir, 'faxdesk.db');
    versionSixDatabase(path, 200);
    const before = new Database(path);
    const rowids = before.prepare('SELECT rowid, id FROM jobs ORDER BY rowid').all();
    const columnsBefore = columnsOf(before);
    before.close();

    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT rowid, id FROM jobs ORDER BY rowid').all()).toEqual(rowids);
    expect(db.prepare('SELECT count(*) FROM attempts').pluck().get()).toBe(198);
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(198);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);

    // Every column, with its defaults; document_id no longer required; origin and Telnyx's pages added.
    const columns = columnsOf(db);
    for (const column of columnsBefore) {
      const now = columns.find((c) => c.name === column.name);
      expect(now).toEqual(column.name === 'document_id' ? { ...column, notnull: 0 } : column);
    }
    expect(columns.find((c) => c.name === 'origin')).toEqual({ name: 'origin', notnull: 1, dflt_value: "'desk'" });
    expect(columns.map((c) => c.name)).toContain('telnyx_pages');
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'jobs'")
      .pluck()
      .all();
    expect(indexes).toEqual(
      expect.arrayContaining([
        'jobs_by_status',
        'jobs_by_created',
        'jobs_due',
        'jobs_by_document',
        'jobs_elsewhere_fax',
      ]),
    );

    // The store reads them, search still finds them by the rowids kept, and all are this desk's own.
    const store = new JobStore(db);
    expect(store.count({})).toBe(198);
    const found = store.list({ search: 'Invoice 42', limit: 5 });
    expect(found.map((job) => job.id)).toEqual(['job-0042']);
    expect(found[0]).toMatchObject({ origin: 'desk', pages: 3, documentId: 1, subject: 'Invoice 42', sandbox: false });
    expect(store.events('job-0042').map((e) => e.detail)).toEqual(['Delivered 42']);

    // Foreign keys still cascade into the rebuilt table, and a deletion is remembered by its fax ids.
    store.deleteJob('job-0042');
    expect(db.prepare("SELECT count(*) FROM attempts WHERE job_id = 'job-0042'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM events WHERE job_id = 'job-0042'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT telnyx_fax_id FROM deleted_faxes').pluck().all()).toEqual(['fax-42']);
    expect(db.prepare('SELECT id FROM deleted_attempts').pluck().all()).toEqual(['attempt-42']);
    expect(() => store.createJobs([newJob(999)])).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('leaves a database that fails its reference check as it was', () => {
    const path = join(dir, 'faxdesk.db');
    versionSixDatabase(path, 3);
    // A job whose document is gone (written with references off): the check finds it and nothing changes.
    const broken = new Database(path);
    broken.pragma('foreign_keys = OFF');
    broken.prepare("UPDATE jobs SET document_id = 77 WHERE id = 'job-0001'").run();
    broken.close();
    expect(() => openDatabase(path)).toThrow();
    const after = new Database(path);
    // Every step checks every reference, so no step commits over a broken one.
    expect(after.pragma('user_version', { simple: true })).toBe(6);
    expect(after.prepare("SELECT count(*) FROM pragma_table_info('jobs') WHERE name = 'origin'").pluck().get()).toBe(0);
    expect(after.prepare('SELECT count(*) FROM jobs').pluck().get()).toBe(3);
    after.close();
  });
});
