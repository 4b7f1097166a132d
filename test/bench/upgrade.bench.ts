/**
 * Upgrading a desk's records from before receiving (version 6) with 100,000 sent faxes: the
 * migrations that follow rebuild the jobs table (keeping every rowid, for the search index) and
 * queue every document for its words. Compared with SQLite rewriting the same database once
 * (VACUUM INTO), the least any rebuild of every row can cost; each run starts from a fresh copy.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../main/engine/store/database';
import { versionSixDatabase } from '../support/version-six-database';
import { compared, round, type BenchResult } from './measure';

const JOBS = 100_000;
const RUNS = 3;

export function upgradeBench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'faxdesk-bench-upgrade-'));
  try {
    const template = join(dir, 'version-6.db');
    versionSixDatabase(template, JOBS);
    const upgrade: number[] = [];
    const rewrite: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const copy = join(dir, `upgrade-${run}.db`);
      copyFileSync(template, copy);
      let start = performance.now();
      openDatabase(copy).close();
      upgrade.push(performance.now() - start);

      const plain = join(dir, `rewrite-${run}.db`);
      copyFileSync(template, plain);
      const db = new Database(plain);
      start = performance.now();
      db.exec(`VACUUM INTO '${join(dir, `rewritten-${run}.db`)}'`);
      rewrite.push(performance.now() - start);
      db.close();
    }
    const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
    const megabytes = round(statSync(template).size / 1e6, 1);
    return Promise.resolve([
      compared(
        `upgrade: records of ${JOBS.toLocaleString('en-US')} sent faxes to this version`,
        median(upgrade),
        median(rewrite),
        'ms',
        `vs SQLite rewriting the same ${megabytes} MB database once (VACUUM INTO); once per desk, at the first start`,
      ),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
