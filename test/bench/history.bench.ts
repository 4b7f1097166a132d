/**
 * 100,000 faxes in history: opening the records, the first page of the list, a search, and
 * one status update — in Faxdesk's SQLite store, and for comparison with the same records
 * in a conf/electron-store JSON file (the way small apps often keep lists).
 */
import Conf from 'conf';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../main/engine/store/database';
import { JobStore } from '../../main/engine/store/job-store';
import type { NewJob } from '../../main/engine/store/job-table';
import { compared, medianMs, type BenchResult } from './measure';

const JOBS = 100_000;
const NAMES = ['Acme Legal', 'Dr. Rivera', 'County Clerk', 'Northwind Insurance', 'St. Mary Clinic', 'Baker & Sons'];
const SUBJECTS = ['Signed contract', 'Referral', 'Invoice 4711', 'Claim form', 'Lab results', 'Purchase order'];

interface JsonJob {
  id: string;
  to: string;
  contactName: string;
  subject: string;
  files: string[];
  status: string;
  createdAt: number;
  updatedAt: number;
}

export async function historyBench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'faxdesk-bench-history-'));
  try {
    // The same records in both stores.
    const start = Date.now() - JOBS * 60_000;
    const db = openDatabase(join(dir, 'faxdesk.db'));
    let clock = start;
    const store = new JobStore(db, () => clock);
    const documentId = store.addDocument({
      sha256: 'f'.repeat(64),
      path: 'd.pdf',
      pages: 3,
      bytes: 1,
      sourceNames: ['scan.pdf'],
    });
    const jsonJobs: JsonJob[] = [];
    for (let i = 0; i < JOBS; i += 1000) {
      const batch: NewJob[] = [];
      for (let j = i; j < i + 1000; j++) {
        batch.push({
          batchId: `b${j}`,
          documentId,
          to: `+1312555${String(j % 10_000).padStart(4, '0')}`,
          contactName: NAMES[j % NAMES.length] ?? null,
          from: '+12025550180',
          connectionId: '1',
          quality: 'high',
          subject: `${SUBJECTS[j % SUBJECTS.length] ?? ''} ${j}`,
          fileNames: ['scan.pdf'],
          hasCover: false,
          scheduledAt: null,
        });
      }
      clock += 60_000 * 1000;
      for (const job of store.createJobs(batch)) {
        jsonJobs.push({
          id: job.id,
          to: job.to,
          contactName: job.contactName ?? '',
          subject: job.subject ?? '',
          files: job.fileNames,
          status: job.status,
          createdAt: job.createdAt,
          updatedAt: job.updatedAt,
        });
      }
    }
    db.close();
    const conf = new Conf<{ jobs: JsonJob[] }>({ cwd: dir, configName: 'history' });
    conf.set('jobs', jsonJobs);

    const target = jsonJobs[JOBS / 2]?.id ?? '';
    const results: BenchResult[] = [];

    const sqliteOpen = await medianMs(() => openDatabase(join(dir, 'faxdesk.db')).close(), 5);
    const jsonOpen = await medianMs(
      () => new Conf<{ jobs: JsonJob[] }>({ cwd: dir, configName: 'history' }).get('jobs').length,
      5,
    );
    results.push(compared('history: open 100k', sqliteOpen, jsonOpen, 'ms', 'vs conf JSON file'));

    const sqlite = new JobStore(openDatabase(join(dir, 'faxdesk.db')));
    const json = new Conf<{ jobs: JsonJob[] }>({ cwd: dir, configName: 'history' });
    // As engine.jobs.list answers the UI: the page and the total count.
    const page = (query: { search?: string }) => ({
      jobs: sqlite.list({ ...query, limit: 50 }),
      total: sqlite.count(query),
    });
    const firstSql = await medianMs(() => page({}), 20);
    const firstJson = await medianMs(
      () => [...json.get('jobs')].sort((a, b) => b.createdAt - a.createdAt).slice(0, 50),
      5,
    );
    results.push(compared('history: first page (50)', firstSql, firstJson, 'ms', 'target < 50 ms'));

    // The list dragged to its far end: the last page by position, against the JSON file's slice.
    const lastSql = await medianMs(() => sqlite.list({ limit: 200, offset: JOBS - 200 }), 20);
    const lastJson = await medianMs(
      () => [...json.get('jobs')].sort((a, b) => b.createdAt - a.createdAt).slice(JOBS - 200),
      5,
    );
    results.push(compared('history: last page by position (200)', lastSql, lastJson, 'ms', 'target < 50 ms'));

    const searchSql = await medianMs(() => page({ search: 'northwind claim' }), 20);
    const searchJson = await medianMs(
      () =>
        json
          .get('jobs')
          .filter((j) =>
            `${j.to} ${j.contactName} ${j.subject} ${j.files.join(' ')}`.toLowerCase().includes('northwind'),
          )
          .filter((j) => j.subject.toLowerCase().includes('claim'))
          .sort((a, b) => b.createdAt - a.createdAt)
          .slice(0, 50),
      5,
    );
    results.push(compared('history: search', searchSql, searchJson, 'ms', 'target < 50 ms'));

    let n = 0;
    const updateSql = await medianMs(
      () => sqlite.updateJob(target, { telnyxStatus: n++ % 2 ? 'sending' : 'originated', lastConfirmedAt: Date.now() }),
      50,
    );
    const updateJson = await medianMs(() => {
      const jobs = json.get('jobs');
      const job = jobs.find((j) => j.id === target);
      if (job) job.updatedAt = Date.now();
      json.set('jobs', jobs);
    }, 3);
    results.push(compared('history: one status update', updateSql, updateJson, 'ms', 'target < 1 ms'));
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
