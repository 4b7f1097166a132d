/**
 * The grace period when the desk's clock is set in the middle of it (DESIGN.md §3). The first
 * create is lost before the sandbox handles it, so nothing was created and, once the grace has
 * passed, a second attempt must go. The desk's clock is then set an hour forward or back, in
 * the running process or while Faxdesk is closed (a crash while `submitting`). Measured on the
 * test's real clock (the sandbox's), the second create must leave no sooner than the grace after
 * the first — a clock set forward does not end it early — and within seconds of it — a clock
 * set back does not make it last an hour.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../main/engine/engine';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { openTestDesk, waitForFinal } from '../../support/outbox-harness';
import { textPdf } from '../../support/pdf-samples';
import { startDateHeaderProxy, type DateHeaderProxy } from '../../support/proxy/date-header-proxy';

const HOUR = 3_600_000;
const GRACE_MS = 3_000;
/** Date headers have whole seconds (two readings: up to 2 s), plus the outbox's wake-ups and a busy machine. */
const LATEST_AFTER_GRACE_MS = 8_000;

let telnyx: Sandbox;
let proxy: DateHeaderProxy;
let pdf: Uint8Array;

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 5 });
  proxy = await startDateHeaderProxy(telnyx.origin);
  pdf = await textPdf(1);
});

afterAll(async () => {
  await proxy.close();
  await telnyx.close();
});

/** A desk clock the test can set: real time plus an offset. */
function settableClock() {
  let offset = 0;
  return { now: () => Date.now() + offset, set: (ms: number) => (offset = ms) };
}

/** Resolves once the lost create was looked for, not found, and the job waits out the grace. */
async function whenWaitingOutTheGrace(engine: Engine, jobId: string, deskNow: () => number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const detail = engine.jobs.detail(jobId);
    const waiting = (detail?.job.nextActionAt ?? 0) > deskNow();
    if (detail?.attempts.at(-1)?.phase === 'ambiguous' && waiting) return;
    if (Date.now() > deadline) throw new Error('the lost create was never taken as unclear');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The creates that reached Telnyx since `since`, on the real clock. */
const createsSince = (since: number) =>
  proxy.arrivals.filter((a) => a.method === 'POST' && a.path === '/v2/faxes' && a.at >= since).map((a) => a.at);

function expectOneFaxAfterTheGrace(engine: Engine, jobId: string, number: string, since: number): void {
  const faxes = telnyx.faxes().filter((fax) => fax.direction === 'outbound' && fax.to === number);
  expect(faxes).toHaveLength(1);
  const [lost, sent] = createsSince(since);
  expect(lost).toBeDefined();
  expect(sent).toBeDefined();
  const gap = (sent ?? 0) - (lost ?? 0);
  console.info(`clock jump: the second create left ${gap} ms after the lost one (grace ${GRACE_MS} ms)`);
  expect(gap).toBeGreaterThanOrEqual(GRACE_MS);
  expect(gap).toBeLessThan(GRACE_MS + LATEST_AFTER_GRACE_MS);
  const detail = engine.jobs.detail(jobId);
  expect(detail?.job.status).toBe('delivered');
  expect(detail?.attempts.map((attempt) => attempt.phase)).toEqual(['absent', 'final']);
}

describe('a clock set during the grace period', () => {
  const cases: Array<[string, number, string]> = [
    ['an hour forward', HOUR, '+14155550301'],
    ['an hour back', -HOUR, '+14155550302'],
  ];

  for (const [label, jump, number] of cases) {
    it(`neither ends it early nor stretches it when set ${label} while sending`, { timeout: 40_000 }, async () => {
      const clock = settableClock();
      const desk = await openTestDesk(`${proxy.url}/v2`, { now: clock.now, policy: { graceMs: GRACE_MS } });
      try {
        const since = Date.now();
        telnyx.faults.resetBeforeHandling({ method: 'POST', path: '/v2/faxes' });
        const [job] = await desk.engine.jobs.create({
          documents: [{ name: 'order.pdf', bytes: pdf }],
          recipients: [{ number }],
        });
        if (!job) throw new Error('no job was created');
        desk.engine.outbox.start();
        await whenWaitingOutTheGrace(desk.engine, job.id, clock.now);
        await new Promise((resolve) => setTimeout(resolve, GRACE_MS / 3));
        clock.set(jump);
        await waitForFinal(desk.engine, [job.id], 25_000);
        expectOneFaxAfterTheGrace(desk.engine, job.id, number, since);
      } finally {
        await desk.close();
      }
    });
  }

  const restartCases: Array<[string, number, string]> = [
    ['an hour forward', HOUR, '+14155550303'],
    ['an hour back', -HOUR, '+14155550304'],
  ];
  for (const [label, jump, number] of restartCases) {
    it(
      `keeps it across a restart, with the clock set ${label} while Faxdesk was closed`,
      { timeout: 40_000 },
      async () => {
        const dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-clock-jump-'));
        try {
          const since = Date.now();
          const first = await openTestDesk(`${proxy.url}/v2`, { dataDir, policy: { graceMs: GRACE_MS } });
          telnyx.faults.resetBeforeHandling({ method: 'POST', path: '/v2/faxes' });
          const [job] = await first.engine.jobs.create({
            documents: [{ name: 'order.pdf', bytes: pdf }],
            recipients: [{ number }],
          });
          if (!job) throw new Error('no job was created');
          first.engine.outbox.start();
          await whenWaitingOutTheGrace(first.engine, job.id, Date.now);
          await first.close();

          const clock = settableClock();
          clock.set(jump);
          const second = await openTestDesk(`${proxy.url}/v2`, {
            dataDir,
            now: clock.now,
            policy: { graceMs: GRACE_MS },
          });
          try {
            second.engine.outbox.start();
            await waitForFinal(second.engine, [job.id], 25_000);
            expectOneFaxAfterTheGrace(second.engine, job.id, number, since);
          } finally {
            await second.close();
          }
        } finally {
          await rm(dataDir, { recursive: true, force: true });
        }
      },
    );
  }
});
