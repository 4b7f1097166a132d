/**
 * Documents uploaded to Telnyx media storage are deleted once the fax is final — delivered,
 * failed for good, or cancelled — checked against the sandbox, where a deleted upload answers
 * 404 like Telnyx. While the same fax may still be sent again (a busy line redialled) the
 * upload stays; a delete that fails is tried again later and never changes the fax.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { recordsPath } from '../../../main/engine/engine';
import { openDatabase } from '../../../main/engine/store/database';
import type { JobRecord } from '../../../main/engine/store/job-records';
import { MediaRecords, type AttemptMedia } from '../../../main/engine/store/media-records';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { openTestDesk, waitForFinal, type TestDesk } from '../../support/outbox-harness';
import { textPdf } from '../../support/pdf-samples';
import { FINAL_STATUSES } from '../../../domain/job-status';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

async function sandbox(stepMs = 5): Promise<Sandbox> {
  const server = await startSandbox({ stepMs });
  cleanup.push(() => server.close());
  return server;
}

async function desk(server: Sandbox, policy = {}): Promise<TestDesk & { media: MediaRecords }> {
  const opened = await openTestDesk(server.baseUrl, { policy });
  cleanup.push(() => opened.close());
  // A second connection to the same records, as another reader would have.
  const db = openDatabase(recordsPath(opened.dataDir));
  cleanup.push(() => db.close());
  return { ...opened, media: new MediaRecords(db) };
}

async function send(d: TestDesk, number: string): Promise<JobRecord> {
  const [job] = await d.engine.jobs.create({
    documents: [{ name: 'patient-record.pdf', bytes: await textPdf(1) }],
    recipients: [{ number }],
  });
  if (!job) throw new Error('no job');
  return job;
}

/** Whether the sandbox still holds the upload, asked over HTTP like any Telnyx client would. */
async function stored(server: Sandbox, name: string): Promise<boolean> {
  const response = await fetch(`${server.baseUrl}/media/${encodeURIComponent(name)}`, {
    headers: { Authorization: `Bearer ${SANDBOX_KEYS.accepted}` },
  });
  if (response.status !== 200 && response.status !== 404) throw new Error(`media lookup: ${response.status}`);
  return response.status === 200;
}

/** Runs outbox passes (`faxdesk sync`) until `done`, failing after `timeoutMs`. */
async function syncUntil<T>(d: TestDesk, done: () => T | null | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await d.engine.outbox.sync();
    const result = done();
    if (result) return result;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const uploads = (d: { media: MediaRecords }, job: JobRecord): AttemptMedia[] => d.media.ofJob(job.id);
const allGone = (d: { media: MediaRecords }, job: JobRecord) =>
  uploads(d, job).length > 0 && uploads(d, job).every((upload) => upload.deletedAt !== null);

describe('deleting uploads once the fax is final', () => {
  it.each([
    ['delivered', '+12025550100'],
    ['failed for good (number not in service)', '+12025550103'],
  ])('deletes the upload of a fax that was %s', async (_outcome, number) => {
    const server = await sandbox();
    const d = await desk(server);
    const job = await send(d, number);
    await syncUntil(d, () => FINAL_STATUSES.has(d.engine.jobs.get(job.id)?.status ?? 'waiting'));
    await syncUntil(d, () => allGone(d, job));

    const [upload] = uploads(d, job);
    expect(upload).toMatchObject({ deletion: 'deleted', failures: 0 });
    expect(await stored(server, upload?.name ?? '')).toBe(false);
    // The fax sent was the upload that was deleted.
    expect(server.faxes()[0]?.media_name).toBe(upload?.name);
  });

  it('deletes the upload of a fax cancelled while Telnyx was sending it', { timeout: 20_000 }, async () => {
    const server = await sandbox(100); // +12025550104 stays in "sending" for a while
    const d = await desk(server);
    const job = await send(d, '+12025550104');
    await syncUntil(d, () => d.engine.jobs.get(job.id)?.telnyxStatus === 'sending');
    const [upload] = uploads(d, job);
    expect(await stored(server, upload?.name ?? '')).toBe(true);

    await d.engine.jobs.cancel(job.id);
    await syncUntil(d, () => d.engine.jobs.get(job.id)?.status === 'cancelled' && allGone(d, job));
    expect(await stored(server, upload?.name ?? '')).toBe(false);
  });

  it('keeps every upload while a busy line is redialled, and deletes them all once delivered', async () => {
    const server = await sandbox();
    const d = await desk(server, { redialDelayMs: 1_000 });
    const job = await send(d, '+12025550106'); // busy the first time, delivered the next
    let sawRedial = false;
    const final = await syncUntil(d, () => {
      const now = d.engine.jobs.get(job.id);
      if (!now) throw new Error('job vanished');
      if (!FINAL_STATUSES.has(now.status)) {
        // Not final: nothing of this fax may have been deleted, whatever attempt it is on.
        expect(uploads(d, job).filter((upload) => upload.deletedAt !== null)).toEqual([]);
        if (now.status === 'waiting' && now.waitReason === 'redial') sawRedial = true;
        return null;
      }
      return now;
    });
    expect(final).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(sawRedial).toBe(true);
    await syncUntil(d, () => allGone(d, job));
    const names = uploads(d, job).map((upload) => upload.name);
    expect(names).toHaveLength(2);
    for (const name of names) expect(await stored(server, name)).toBe(false);
  });

  it('does not hand a fax cancelled after its upload a deleted document when it is sent again', async () => {
    const server = await sandbox();
    const d = await desk(server);
    // Telnyx turns the fax away for now: the upload is kept for the next try.
    server.faults.reject({ method: 'POST', path: '/v2/faxes' }, 429);
    const job = await send(d, '+13125550100');
    await syncUntil(d, () => d.engine.jobs.get(job.id)?.waitReason === 'rate_limited');
    const [first] = uploads(d, job);
    expect(await stored(server, first?.name ?? '')).toBe(true);

    await d.engine.jobs.cancel(job.id);
    await syncUntil(d, () => allGone(d, job));
    expect(await stored(server, first?.name ?? '')).toBe(false);

    await d.engine.jobs.resend(job.id);
    const delivered = await syncUntil(d, () => {
      const now = d.engine.jobs.get(job.id);
      return now && FINAL_STATUSES.has(now.status) ? now : null;
    });
    expect(delivered.status).toBe('delivered');
    const sentWith = server.faxes()[0]?.media_name;
    expect(sentWith).not.toBe(first?.name);
    expect(uploads(d, job).map((upload) => upload.name)).toEqual([first?.name, sentWith]);
    await syncUntil(d, () => allGone(d, job));
    expect(await stored(server, sentWith ?? '')).toBe(false);
  });

  it('takes an upload Telnyx no longer has (404) as already gone', async () => {
    const server = await sandbox();
    const d = await desk(server);
    // Removed before Faxdesk gets to it: another desk on the account, or its time to live.
    server.faults.reject({ method: 'DELETE', path: '/v2/media' }, 404);
    const job = await send(d, '+12025550100');
    await syncUntil(d, () => allGone(d, job));
    expect(uploads(d, job)[0]).toMatchObject({ deletion: 'already_gone', failures: 0 });
  });
});

describe('a delete that fails', () => {
  it('is tried again with back-off, and never changes the fax', async () => {
    const server = await sandbox();
    const d = await desk(server);
    server.faults.reject({ method: 'DELETE', path: '/v2/media' }, 500, 2);
    const job = await send(d, '+12025550100');

    await syncUntil(d, () => (uploads(d, job)[0]?.failures ?? 0) >= 1);
    const [upload] = uploads(d, job);
    expect(await stored(server, upload?.name ?? '')).toBe(true);
    expect(d.engine.jobs.get(job.id)?.status).toBe('delivered');

    await syncUntil(d, () => allGone(d, job));
    expect(uploads(d, job)[0]).toMatchObject({ deletion: 'deleted', failures: 2 });
    expect(await stored(server, upload?.name ?? '')).toBe(false);
    expect(d.engine.jobs.get(job.id)).toMatchObject({ status: 'delivered', failureReason: null });
  });

  it('while Telnyx cannot be reached waits, then deletes once it can', async () => {
    const server = await sandbox();
    const d = await desk(server);
    server.faults.resetBeforeHandling({ method: 'DELETE', path: '/v2/media' }, 1);
    const job = await send(d, '+12025550100');

    await syncUntil(d, () => (uploads(d, job)[0]?.failures ?? 0) >= 1);
    expect(d.engine.connectivity.get().online).toBe(false);
    await syncUntil(d, () => allGone(d, job));
    expect(d.engine.jobs.get(job.id)?.status).toBe('delivered');
  });

  it('does not hold up the next fax', { timeout: 30_000 }, async () => {
    const server = await sandbox();
    const d = await desk(server);
    const first = await send(d, '+12025550100');
    // Every delete now takes four seconds to be answered (within the client's time limit).
    server.faults.delay({ method: 'DELETE', path: '/v2/media' }, 4_000, 10);
    d.engine.outbox.start();
    await waitForFinal(d.engine, [first.id]);
    const second = await send(d, '+12025550100');
    await expect.poll(() => d.engine.jobs.get(second.id)?.telnyxFaxId, { timeout: 3_000 }).toBeTruthy();
    // Telnyx has the second fax while the first one's upload is still being deleted.
    expect(uploads(d, first)[0]?.deletedAt).toBeNull();
    expect(server.faxes()).toHaveLength(2);
    await waitForFinal(d.engine, [second.id]);
    await expect.poll(() => allGone(d, first) && allGone(d, second), { timeout: 20_000 }).toBe(true);
  });
});

describe('a fax deleted from history', () => {
  it('still has its upload deleted at Telnyx', async () => {
    const server = await sandbox();
    const d = await desk(server);
    server.faults.reject({ method: 'DELETE', path: '/v2/media' }, 503, 1);
    const job = await send(d, '+12025550100');
    await syncUntil(d, () => (uploads(d, job)[0]?.failures ?? 0) >= 1);
    const [upload] = uploads(d, job);

    await d.engine.jobs.delete(job.id);
    expect(d.media.orphans()).toEqual([upload?.name]);
    await syncUntil(d, () => d.media.orphans().length === 0);
    expect(await stored(server, upload?.name ?? '')).toBe(false);
  });
});
