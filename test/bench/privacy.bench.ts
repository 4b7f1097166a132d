/**
 * What privacy costs at start and on each outbox pass:
 * - making an older desk private (20,000 documents left 0644) once, against looking at every
 *   file's mode (lstat), the least any such walk must do;
 * - the check at every later start, against that same full walk: a private folder is not
 *   walked again (private-files.ts), so it should cost a tiny fraction;
 * - finding the uploads due for deletion in a history of 100,000 faxes, whose uploads were all
 *   deleted long ago, against reading the list's first page of 50.
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../main/engine/store/database';
import { JobStore } from '../../main/engine/store/job-store';
import { MediaRecords } from '../../main/engine/store/media-records';
import { tightenDataFolder } from '../../main/engine/store/private-files';
import { compared, interleavedMediansMs, type BenchResult } from './measure';

const DOCUMENTS = 20_000;
const FAXES = 100_000;

export async function privacyBench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'faxdesk-bench-privacy-'));
  try {
    return [...(await folderRows(join(dir, 'desk'))), ...(await cleanupRow(join(dir, 'records')))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function folderRows(desk: string): Promise<BenchResult[]> {
  const documents = join(desk, 'documents');
  for (let i = 0; i < DOCUMENTS; i++) {
    const shard = join(documents, (i % 256).toString(16).padStart(2, '0'));
    if (i < 256) mkdirSync(shard, { recursive: true });
    writeFileSync(join(shard, `${String(i).padStart(64, '0')}.pdf`), '%PDF');
  }
  const loosen = () => {
    chmodSync(desk, 0o755);
    chmodSync(documents, 0o755);
    for (const shard of readdirSync(documents)) {
      chmodSync(join(documents, shard), 0o755);
      for (const file of readdirSync(join(documents, shard))) chmodSync(join(documents, shard, file), 0o644);
    }
  };
  const lstatEverything = () => {
    for (const shard of readdirSync(documents)) {
      for (const file of readdirSync(join(documents, shard))) lstatSync(join(documents, shard, file));
    }
  };

  // The one-time tightening, timed alone each time (loosening again is not part of it).
  const once: number[] = [];
  const walks: number[] = [];
  for (let run = 0; run < 3; run++) {
    loosen();
    let start = performance.now();
    tightenDataFolder(desk);
    once.push(performance.now() - start);
    start = performance.now();
    lstatEverything();
    walks.push(performance.now() - start);
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[1] ?? Number.NaN;

  const everyStart = await interleavedMediansMs(
    () => tightenDataFolder(desk),
    () => lstatEverything(),
  );
  return [
    compared(
      `make an older desk private once (${DOCUMENTS} documents)`,
      median(once),
      median(walks),
      'ms',
      'baseline: lstat of every file',
    ),
    compared(
      `privacy check at every start (${DOCUMENTS} documents, private)`,
      everyStart.subject,
      everyStart.baseline,
      'ms',
      'baseline: lstat of every file',
    ),
  ];
}

async function cleanupRow(folder: string): Promise<BenchResult[]> {
  const db = openDatabase(join(folder, 'faxdesk.db'));
  try {
    let clock = Date.now() - FAXES * 60_000;
    const store = new JobStore(db, () => clock);
    const documentId = store.addDocument({
      sha256: 'f'.repeat(64),
      path: 'd.pdf',
      pages: 1,
      bytes: 1,
      sourceNames: [],
    });
    // A long history written in bulk: every fax delivered, its upload deleted long ago.
    const insertJob = db.prepare(
      `INSERT INTO jobs (id, batch_id, document_id, to_number, from_number, connection_id, quality, status,
         created_at, updated_at) VALUES (?, ?, ?, '+13125550100', '+12025550180', '1', 'high', 'delivered', ?, ?)`,
    );
    const insertAttempt = db.prepare(
      `INSERT INTO attempts (id, job_id, number, phase, media_name, created_at, media_deleted_at, media_deletion)
       VALUES (?, ?, 1, 'final', ?, ?, ?, 'deleted')`,
    );
    db.transaction(() => {
      for (let i = 0; i < FAXES; i++) {
        clock += 60_000;
        insertJob.run(`job-${i}`, `batch-${i}`, documentId, clock, clock);
        insertAttempt.run(`attempt-${i}`, `job-${i}`, `faxdesk-${i}`, clock, clock + 30_000);
      }
    })();
    const media = new MediaRecords(db);
    const at = clock;
    const timed = await interleavedMediansMs(
      () => {
        media.markExpired(at - 9 * 24 * 3600_000, at);
        media.due(at, 20);
      },
      () => store.list({ limit: 50 }),
      25,
    );
    return [
      compared(
        `uploads due for deletion, each outbox pass (${FAXES} faxes)`,
        timed.subject,
        timed.baseline,
        'ms',
        "baseline: the list's first page",
      ),
    ];
  } finally {
    db.close();
  }
}
