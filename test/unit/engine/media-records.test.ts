/**
 * The records behind deleting uploads: which are due, which a "Send again" still needs, what
 * happens to the name when a fax is deleted from history, and uploads long expired.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/engine/store/database';
import type { JobRecord } from '../../../main/engine/store/job-records';
import { JobStore } from '../../../main/engine/store/job-store';
import { MediaRecords } from '../../../main/engine/store/media-records';
import { newJob } from '../../support/new-job';

const DAY = 24 * 3600_000;

let dir: string;
let db: Db;
let store: JobStore;
let media: MediaRecords;
let clock: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-media-records-'));
  db = openDatabase(join(dir, 'faxdesk.db'));
  clock = Date.UTC(2026, 10, 1);
  store = new JobStore(db, () => clock);
  media = new MediaRecords(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

let documents = 0;
function job(): JobRecord {
  const documentId = store.addDocument({
    sha256: `sha-${++documents}`,
    path: `documents/${documents}.pdf`,
    pages: 1,
    bytes: 10,
    sourceNames: ['a.pdf'],
  });
  const [created] = store.createJobs([
    newJob(documentId, { batchId: `batch-${documents}`, connectionId: 'app', fileNames: ['a.pdf'] }),
  ]);
  if (!created) throw new Error('no job');
  return created;
}

/** An attempt that uploaded `name`, left in `phase`. */
function upload(of: JobRecord, name: string, phase: 'uploaded' | 'final' = 'final'): string {
  const attempt = store.startAttempt(of.id, { status: 'submitting' }, { detail: 'Sending to Telnyx.' });
  store.updateAttempt(attempt.id, { phase, mediaName: name });
  return attempt.id;
}

const finish = (of: JobRecord, status: 'delivered' | 'failed' | 'cancelled' | 'waiting') =>
  store.updateJob(of.id, { status }, { detail: status });

describe('MediaRecords', () => {
  it('offers the uploads of final faxes only, oldest first', () => {
    const delivered = job();
    upload(delivered, 'm-delivered');
    finish(delivered, 'delivered');
    const redialling = job();
    upload(redialling, 'm-busy');
    finish(redialling, 'waiting');
    const cancelled = job();
    upload(cancelled, 'm-cancelled');
    finish(cancelled, 'cancelled');

    expect(media.due(clock, 10).map((item) => item.name)).toEqual(['m-delivered', 'm-cancelled']);
    expect(media.due(clock, 1).map((item) => item.name)).toEqual(['m-delivered']);
  });

  it('waits out the back-off of a failed delete, and records how an upload went', () => {
    const fax = job();
    upload(fax, 'm1');
    finish(fax, 'failed');
    const [item] = media.due(clock, 10);
    if (!item) throw new Error('nothing due');
    media.failed(item, clock + 60_000);
    expect(media.due(clock + 59_999, 10)).toEqual([]);
    expect(media.due(clock + 60_000, 10)).toEqual([{ ...item, failures: 1 }]);

    media.gone(item, 'deleted', clock + 60_000);
    expect(media.due(clock + 120_000, 10)).toEqual([]);
    expect(media.ofJob(fax.id)).toEqual([
      {
        attemptId: item.kind === 'attempt' ? item.attemptId : '',
        name: 'm1',
        deletedAt: clock + 60_000,
        deletion: 'deleted',
        failures: 1,
      },
    ]);
  });

  it('lets a delete go only while the fax is final, closing an attempt Send again would resume', () => {
    const fax = job();
    const attemptId = upload(fax, 'm-uploaded', 'uploaded');
    finish(fax, 'cancelled');
    const [item] = media.due(clock, 10);
    if (!item) throw new Error('nothing due');

    expect(media.release(item)).toBe(true);
    expect(store.attempt(attemptId)).toMatchObject({ phase: 'refused', failureReason: 'user_canceled' });

    // "Send again" after the list was read and before the delete: the fax is no longer final.
    finish(fax, 'waiting');
    expect(media.release(item)).toBe(false);
  });

  it('keeps the name of an upload whose fax is deleted from history before the upload is', () => {
    const kept = job();
    upload(kept, 'm-gone-first');
    finish(kept, 'delivered');
    const [done] = media.due(clock, 10);
    if (!done) throw new Error('nothing due');
    media.gone(done, 'deleted', clock);
    store.deleteJob(kept.id);
    const dropped = job();
    upload(dropped, 'm-orphan');
    finish(dropped, 'delivered');
    store.deleteJob(dropped.id);

    expect(media.orphans()).toEqual(['m-orphan']);
    const [orphan] = media.due(clock, 10);
    expect(orphan).toEqual({ kind: 'orphan', name: 'm-orphan', failures: 0 });
    if (!orphan) return;
    expect(media.release(orphan)).toBe(true);
    media.failed(orphan, clock + 1000);
    expect(media.due(clock, 10)).toEqual([]);
    media.gone(orphan, 'deleted', clock + 1000);
    expect(media.orphans()).toEqual([]);
  });

  it('takes the uploads of faxes final for longer than their time to live as expired, without asking', () => {
    const old = job();
    upload(old, 'm-old');
    finish(old, 'delivered');
    clock += 10 * DAY;
    const unfinished = job();
    upload(unfinished, 'm-unfinished');
    finish(unfinished, 'waiting');
    const recent = job();
    upload(recent, 'm-recent');
    finish(recent, 'delivered');

    expect(media.markExpired(clock - 9 * DAY, clock)).toBe(1);
    expect(media.ofJob(old.id)[0]).toMatchObject({ deletion: 'expired', deletedAt: clock });
    expect(media.due(clock, 10).map((item) => item.name)).toEqual(['m-recent']);
  });
});
