/**
 * The outbox's everyday flows against the sandbox: offline and back, redial, cancel, send
 * again, scheduled sends, unconfirmed faxes, and the in-flight cap.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { openTestDesk, waitForFinal, type TestDesk } from '../../support/outbox-harness';
import { textPdf } from '../../support/pdf-samples';
import { seededRandom, startFaultProxy, type FaultProxy } from '../../support/proxy/fault-proxy';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

async function sandbox(stepMs = 5, port = 0): Promise<Sandbox> {
  const server = await startSandbox({ stepMs, port });
  cleanup.push(() => server.close());
  return server;
}

async function desk(apiBase: string, policy = {}): Promise<TestDesk> {
  const opened = await openTestDesk(apiBase, { policy });
  cleanup.push(() => opened.close());
  return opened;
}

async function send(d: TestDesk, numbers: string[], extra: { scheduledAt?: number } = {}) {
  return d.engine.jobs.create({
    documents: [{ name: 'letter.pdf', bytes: await textPdf(1) }],
    recipients: numbers.map((number) => ({ number })),
    ...extra,
  });
}

const outbound = (server: Sandbox) => server.faxes().filter((fax) => fax.direction === 'outbound');
const timeline = (d: TestDesk, id: string) => (d.engine.jobs.detail(id)?.events ?? []).map((e) => e.detail);

describe('offline', () => {
  it(
    'keeps jobs waiting while Telnyx is unreachable and sends each once when it is back',
    { timeout: 30_000 },
    async () => {
      const first = await sandbox();
      const port = Number(new URL(first.origin).port);
      const d = await desk(first.baseUrl);
      await first.close();

      const jobs = await send(d, ['+13125550100', '+13125550101', '+13125550102']);
      d.engine.outbox.start();
      // Tried side by side, each comes back to waiting as its own try finds Telnyx unreachable.
      await expect
        .poll(() => jobs.map((j) => `${d.engine.jobs.get(j.id)?.status}/${d.engine.jobs.get(j.id)?.waitReason}`), {
          timeout: 5_000,
        })
        .toEqual(['waiting/offline', 'waiting/offline', 'waiting/offline']);
      expect(d.engine.connectivity.get().online).toBe(false);
      expect(timeline(d, jobs[0]?.id ?? '').join(' ')).toMatch(
        /cannot reach Telnyx.*goes out when Telnyx can be reached/,
      );

      const back = await sandbox(5, port);
      const final = await waitForFinal(
        d.engine,
        jobs.map((j) => j.id),
      );
      expect(final.map((j) => j.status)).toEqual(['delivered', 'delivered', 'delivered']);
      expect(outbound(back)).toHaveLength(3);
      expect(d.engine.connectivity.get().online).toBe(true);
      expect(final.every((j) => (j.lastConfirmedAt ?? 0) >= j.createdAt)).toBe(true);
    },
  );
});

describe('redial', () => {
  it('redials a busy line by policy, then fails with the reason in plain words', { timeout: 30_000 }, async () => {
    const server = await sandbox();
    const d = await desk(server.baseUrl);
    const [busy, secondTime] = await send(d, ['+12025550101', '+12025550106']);
    d.engine.outbox.start();
    const [failed, delivered] = await waitForFinal(d.engine, [busy?.id ?? '', secondTime?.id ?? '']);

    expect(failed).toMatchObject({ status: 'failed', failureReason: 'user_busy', attempts: 3 });
    const busyTimeline = timeline(d, failed?.id ?? '');
    expect(busyTimeline).toContain('The line was busy. Gave up after 3 attempts.');
    expect(busyTimeline.some((t) => /^The line was busy\. Trying again at .+, attempt 2 of 3\.$/.test(t))).toBe(true);
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(outbound(server).filter((f) => f.to === '+12025550101')).toHaveLength(3);
  });

  it('does not redial a failure that dialling again cannot fix', { timeout: 30_000 }, async () => {
    const server = await sandbox();
    const d = await desk(server.baseUrl);
    const [job] = await send(d, ['+12025550103']);
    d.engine.outbox.start();
    const [final] = await waitForFinal(d.engine, [job?.id ?? '']);
    expect(final).toMatchObject({ status: 'failed', failureReason: 'receiver_unallocated_number', attempts: 1 });
    expect(timeline(d, job?.id ?? '')).toContain('This number is not in service.');
  });
});

describe('cancel and send again', () => {
  it('cancels a fax while Telnyx is sending it, and sends it again on request', { timeout: 30_000 }, async () => {
    const server = await sandbox(100); // +12025550104 then stays in "sending" for about 4 s
    const d = await desk(server.baseUrl);
    const [job] = await send(d, ['+12025550104']);
    d.engine.outbox.start();
    await expect.poll(() => d.engine.jobs.get(job?.id ?? '')?.telnyxStatus, { timeout: 10_000 }).toBe('sending');

    const cancelled = await d.engine.jobs.cancel(job?.id ?? '');
    expect(['sending', 'cancelled']).toContain(cancelled.status);
    const [final] = await waitForFinal(d.engine, [job?.id ?? '']);
    expect(final?.status).toBe('cancelled');
    expect(outbound(server)[0]).toMatchObject({ status: 'failed', failure_reason: 'sender_canceled' });

    await d.engine.jobs.resend(job?.id ?? '');
    const [again] = await waitForFinal(d.engine, [job?.id ?? ''], 20_000);
    expect(again).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(outbound(server)).toHaveLength(2);
    await expect(d.engine.jobs.cancel(job?.id ?? '')).rejects.toMatchObject({ code: 'not_possible' });
    await expect(d.engine.jobs.resend(job?.id ?? '')).rejects.toThrow(/only failed, cancelled or unconfirmed/);
  });

  it('cancels a waiting fax without anything reaching Telnyx', async () => {
    const server = await sandbox();
    const d = await desk(server.baseUrl);
    const [job] = await send(d, ['+13125550100'], { scheduledAt: Date.now() + 60_000 });
    d.engine.outbox.start();
    const cancelled = await d.engine.jobs.cancel(job?.id ?? '');
    expect(cancelled.status).toBe('cancelled');
    await d.engine.outbox.sync();
    expect(outbound(server)).toHaveLength(0);
  });
});

describe('scheduled sends', () => {
  it('waits for the scheduled time, then sends', { timeout: 20_000 }, async () => {
    const server = await sandbox();
    const d = await desk(server.baseUrl);
    const at = Date.now() + 1_500;
    const [job] = await send(d, ['+13125550100'], { scheduledAt: at });
    expect(job).toMatchObject({ status: 'waiting', waitReason: 'scheduled', scheduledAt: at });
    d.engine.outbox.start();
    await d.engine.outbox.sync();
    expect(outbound(server)).toHaveLength(0);
    const [final] = await waitForFinal(d.engine, [job?.id ?? '']);
    expect(final?.status).toBe('delivered');
    expect(Date.parse(outbound(server)[0]?.created_at ?? '')).toBeGreaterThanOrEqual(at - 5);
  });
});

describe('unconfirmed', () => {
  let proxy: FaultProxy;

  it(
    'marks a fax unconfirmed when Telnyx cannot be asked, and resolves it once Telnyx answers',
    { timeout: 30_000 },
    async () => {
      const server = await sandbox();
      proxy = await startFaultProxy(
        server.origin,
        [
          { method: 'POST', path: '/v2/faxes', exact: true, odds: { dropAfterForward: 1 } },
          { method: 'GET', path: '/v2/faxes', exact: true, odds: { errorAfterForward: 1 } },
        ],
        seededRandom(1),
      );
      cleanup.push(() => proxy.close());
      const d = await desk(`${proxy.url}/v2`, { reconcileTriesBeforeUnconfirmed: 2, offlineRetryMaxMs: 300 });
      const [job] = await send(d, ['+13125550100']);
      d.engine.outbox.start();
      await expect.poll(() => d.engine.jobs.get(job?.id ?? '')?.status, { timeout: 10_000 }).toBe('unconfirmed');
      expect(timeline(d, job?.id ?? '').join(' ')).toContain(
        'Faxdesk could not confirm whether this fax reached Telnyx',
      );
      expect(outbound(server)).toHaveLength(1);

      // Telnyx answers again: the background re-check finds the fax and adopts it; nothing is re-sent.
      proxy.setRules([]);
      await expect.poll(() => d.engine.jobs.get(job?.id ?? '')?.status, { timeout: 15_000 }).toBe('delivered');
      expect(timeline(d, job?.id ?? '')).toContain('Telnyx has this fax after all; it was sent once.');
      expect(outbound(server)).toHaveLength(1);
    },
  );
});

describe('the in-flight cap', () => {
  it('never has more faxes at Telnyx than the cap allows', { timeout: 30_000 }, async () => {
    const server = await sandbox(20);
    const d = await desk(server.baseUrl, { maxInFlight: 2 });
    const jobs = await send(d, ['+13125550100', '+13125550101', '+13125550102', '+13125550103', '+13125550104']);
    d.engine.outbox.start();
    let most = 0;
    const watch = setInterval(() => {
      const open = outbound(server).filter((f) => f.status !== 'delivered' && f.status !== 'failed').length;
      most = Math.max(most, open);
    }, 2);
    const final = await waitForFinal(
      d.engine,
      jobs.map((j) => j.id),
    );
    clearInterval(watch);
    expect(final.every((j) => j.status === 'delivered')).toBe(true);
    expect(most).toBeLessThanOrEqual(2);
    expect(most).toBeGreaterThan(0);
  });
});

describe('a fax that makes no progress', () => {
  it('is flagged as stalled, with a note in its timeline, and still followed', { timeout: 20_000 }, async () => {
    const server = await sandbox(300); // +12025550104 then sits in "sending" for about 12 s
    const d = await desk(server.baseUrl, { stallAfterMs: 1_000, pollMinMs: 100, pollMaxMs: 200 });
    const [job] = await send(d, ['+12025550104']);
    d.engine.outbox.start();
    await expect.poll(() => d.engine.jobs.get(job?.id ?? '')?.stalled, { timeout: 15_000 }).toBe(true);
    const stalled = d.engine.jobs.get(job?.id ?? '');
    expect(stalled).toMatchObject({ status: 'sending', telnyxStatus: 'sending' });
    expect(timeline(d, job?.id ?? '').some((t) => t.startsWith('No progress from Telnyx for'))).toBe(true);
  });
});
