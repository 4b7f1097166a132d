/**
 * A fax made in sandbox mode says "sandbox" for as long as it is kept: in the stored record,
 * in the view the page and `--json` receive, and on the command line's one-line listing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { jobJson, jobLine } from '../../../main/cli/job-output';
import { toJobView } from '../../../main/engine/outbox/job-view';
import { openDatabase, type Db } from '../../../main/engine/store/database';
import { JobStore } from '../../../main/engine/store/job-store';
import { newJob } from '../../support/new-job';

let dir: string;
let db: Db;
let store: JobStore;
let documentId: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-sandbox-marking-'));
  db = openDatabase(join(dir, 'faxdesk.db'));
  store = new JobStore(db, () => 1_000);
  documentId = store.addDocument({ sha256: 'a'.repeat(64), path: 'a.pdf', pages: 1, bytes: 1, sourceNames: [] });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

it('keeps the sandbox mark on the record, its view, its --json and its line', () => {
  const [job] = store.createJobs([newJob(documentId, { sandbox: true })]);
  if (!job) throw new Error('no job');
  const stored = store.require(job.id);
  expect(stored.sandbox).toBe(true);
  expect(toJobView(stored).sandbox).toBe(true);
  expect(jobJson(stored).sandbox).toBe(true);
  expect(jobLine(stored)).toContain('[sandbox — nothing was faxed]');
});

it('leaves a real fax unmarked, including one written without saying', () => {
  const [job] = store.createJobs([newJob(documentId)]);
  if (!job) throw new Error('no job');
  const stored = store.require(job.id);
  expect(stored.sandbox).toBe(false);
  expect(toJobView(stored).sandbox).toBe(false);
  expect(jobLine(stored)).not.toContain('sandbox');
});

it('keeps the mark through a status change', () => {
  const [job] = store.createJobs([newJob(documentId, { sandbox: true })]);
  if (!job) throw new Error('no job');
  expect(store.updateJob(job.id, { status: 'delivered' }).sandbox).toBe(true);
});
