/** Paging the history: by keyset (`before`) and by position (`offset`), with and without filters. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/engine/store/database';
import { JobStore } from '../../../main/engine/store/job-store';
import type { NewJob } from '../../../main/engine/store/job-table';
import { newJob } from '../../support/new-job';

let dir: string;
let db: Db;
let store: JobStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-paging-'));
  db = openDatabase(join(dir, 'faxdesk.db'));
  let clock = 1_000;
  store = new JobStore(db, () => (clock += 1000));
  const documentId = store.addDocument({ sha256: 'a'.repeat(64), path: 'a.pdf', pages: 1, bytes: 1, sourceNames: [] });
  const job = (n: number): NewJob =>
    newJob(documentId, {
      batchId: `b${n}`,
      to: `+1312555${String(n).padStart(4, '0')}`,
      contactName: n % 2 ? 'Odd Clinic' : 'Even Legal',
    });
  for (let n = 0; n < 50; n++) store.createJobs([job(n)]);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const numbers = (jobs: Array<{ to: string }>) => jobs.map((job) => Number(job.to.slice(-4)));

it('pages by position and by keyset to the same faxes', () => {
  const first = store.list({ limit: 10 });
  expect(numbers(first)).toEqual([49, 48, 47, 46, 45, 44, 43, 42, 41, 40]);
  const byKeyset = store.list({ limit: 5, before: first.at(-1)?.id ?? '' });
  const byOffset = store.list({ limit: 5, offset: 10 });
  expect(numbers(byOffset)).toEqual([39, 38, 37, 36, 35]);
  expect(byOffset).toEqual(byKeyset);
  expect(store.list({ limit: 5, offset: 48 })).toHaveLength(2);
});

it('pages by position within a search', () => {
  expect(store.count({ search: 'odd clinic' })).toBe(25);
  expect(numbers(store.list({ search: 'odd clinic', limit: 3, offset: 20 }))).toEqual([9, 7, 5]);
});
