/**
 * Status never moves backwards: whatever order observations of a fax arrive in, duplicated
 * or shuffled, the job ends at the furthest status seen and its timeline only moves forward.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { telnyxRank } from '../../../main/engine/outbox/telnyx-status';
import { applyObservation } from '../../../main/engine/outbox/observations';
import { defaultOutboxPolicy } from '../../../main/engine/outbox/policy';
import { openDatabase } from '../../../main/engine/store/database';
import { JobStore } from '../../../main/engine/store/job-store';
import { newJob } from '../../support/new-job';

const dir = mkdtempSync(join(tmpdir(), 'faxdesk-observations-'));
const db = openDatabase(join(dir, 'faxdesk.db'));
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const store = new JobStore(db);
const documentId = store.addDocument({
  sha256: 'a'.repeat(64),
  path: 'x.pdf',
  pages: 2,
  bytes: 10,
  sourceNames: ['x.pdf'],
});
const context = { store, policy: { ...defaultOutboxPolicy, redialAttempts: 1 }, now: Date.now };

function sendingJob(faxId: string) {
  const [job] = store.createJobs([newJob(documentId, { fileNames: ['x.pdf'] })]);
  const attempt = store.startAttempt(job?.id ?? '', { status: 'submitting' }, { detail: 'Sending to Telnyx.' });
  store.updateAttempt(
    attempt.id,
    { phase: 'submitted', telnyxFaxId: faxId },
    {
      patch: { status: 'sending', telnyxFaxId: faxId, telnyxStatus: 'queued' },
    },
  );
  return store.require(job?.id ?? '');
}

const LIFECYCLE = ['queued', 'media.processed', 'originated', 'sending'] as const;

describe('applyObservation()', () => {
  it('ends at the furthest status seen, whatever the order and duplicates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LIFECYCLE, 'delivered'), { minLength: 1, maxLength: 12 }), (observed) => {
        const faxId = crypto.randomUUID();
        let job = sendingJob(faxId);
        for (const status of observed) job = applyObservation(context, job, { id: faxId, status });
        const furthest = observed.reduce((best, s) => (telnyxRank(s) > telnyxRank(best) ? s : best), 'queued');
        expect(job.telnyxStatus).toBe(furthest);
        expect(job.status).toBe(furthest === 'delivered' ? 'delivered' : 'sending');
        const ranks = store.events(job.id).map((e) => telnyxRank(e.telnyxStatus));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
      { numRuns: 150 },
    );
  });

  it('ignores observations of another fax (an older attempt)', () => {
    const job = sendingJob('current');
    const after = applyObservation(context, job, {
      id: 'older-attempt',
      status: 'failed',
      failure_reason: 'user_busy',
    });
    expect(after).toEqual(job);
  });

  it('a late "sending" after "delivered" changes nothing', () => {
    let job = sendingJob('f1');
    job = applyObservation(context, job, { id: 'f1', status: 'delivered', page_count: 2 });
    const late = applyObservation(context, job, { id: 'f1', status: 'sending' });
    expect(late.status).toBe('delivered');
    expect(store.events(job.id).at(-1)?.detail).toBe('Delivered (2 pages).');
  });
});
