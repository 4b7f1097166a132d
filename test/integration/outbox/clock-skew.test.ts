/**
 * Exactly once when the desk's clock is wrong (DESIGN.md §3). Office PCs drift: Telnyx stamps
 * `created_at` with its own clock, so reconciliation must not depend on the two agreeing.
 * The sandbox keeps the test process's real time (and says so in its Date header) while the
 * desk's clock, the engine's `now`, is set 15 minutes fast or slow; the sandbox loses the
 * answer to the first create, after creating the fax. The fax must be found by its
 * client_state and adopted: one fax at Telnyx, never two.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { attemptIdOf, openTestDesk, waitForFinal } from '../../support/outbox-harness';
import { textPdf } from '../../support/pdf-samples';
import { startDateHeaderProxy, type DateHeaderProxy } from '../../support/proxy/date-header-proxy';

const MINUTE = 60_000;
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

const outboundTo = (number: string) =>
  telnyx.faxes().filter((fax) => fax.direction === 'outbound' && fax.to === number);

describe('a lost answer to a create, with the desk clock off', () => {
  const cases: Array<[string, number, string]> = [
    ['15 minutes fast', 15 * MINUTE, '+13125550201'],
    ['15 minutes slow', -15 * MINUTE, '+13125550202'],
  ];
  for (const [label, skewMs, number] of cases) {
    it(`is found by client_state and adopted when the desk is ${label}`, async () => {
      const desk = await openTestDesk(`${proxy.url}/v2`, {
        now: () => Date.now() + skewMs,
        policy: { graceMs: 1_000 },
      });
      try {
        telnyx.faults.dropAfterCreate({ method: 'POST', path: '/v2/faxes' });
        const [job] = await desk.engine.jobs.create({
          documents: [{ name: 'memo.pdf', bytes: pdf }],
          recipients: [{ number }],
        });
        if (!job) throw new Error('no job was created');
        desk.engine.outbox.start();
        const [final] = await waitForFinal(desk.engine, [job.id]);

        const faxes = outboundTo(number);
        expect(faxes).toHaveLength(1);
        const detail = desk.engine.jobs.detail(job.id);
        expect(detail?.attempts.map((attempt) => attempt.id)).toEqual([attemptIdOf(faxes[0]?.client_state)]);
        expect(final?.status).toBe('delivered');
        expect(detail?.events.some((event) => event.detail.startsWith('Found the fax at Telnyx'))).toBe(true);
      } finally {
        await desk.close();
      }
    });
  }
});

/**
 * When time cannot be reasoned about — the desk days off Telnyx, or Telnyx's answers without a
 * Date header — a fax Telnyx does not list is "cannot tell", never "absent": the job ends
 * unconfirmed and says why, and nothing is sent again. A fax Telnyx does list is still found,
 * by a search with no time bound, and adopted.
 */
describe('when time cannot be reasoned about', () => {
  const DAY = 24 * 60 * MINUTE;
  const policy = { graceMs: 1_000, reconcileTriesBeforeUnconfirmed: 3 };

  async function sendOne(
    number: string,
    fault: 'dropAfterCreate' | 'resetBeforeHandling',
    now: () => number = Date.now,
  ): Promise<{ events: string[]; status: string; faxes: number; close: () => Promise<void> }> {
    const desk = await openTestDesk(`${proxy.url}/v2`, { now, policy });
    telnyx.faults[fault]({ method: 'POST', path: '/v2/faxes' });
    const [job] = await desk.engine.jobs.create({
      documents: [{ name: 'memo.pdf', bytes: pdf }],
      recipients: [{ number }],
    });
    if (!job) throw new Error('no job was created');
    desk.engine.outbox.start();
    await waitForFinal(desk.engine, [job.id]);
    if (fault === 'resetBeforeHandling') {
      // Well past the grace: an unconfirmed job keeps checking, and must still not send again.
      await new Promise((resolve) => setTimeout(resolve, 3 * policy.graceMs));
    }
    const detail = desk.engine.jobs.detail(job.id);
    return {
      events: detail?.events.map((event) => event.detail) ?? [],
      status: detail?.job.status ?? 'missing',
      faxes: outboundTo(number).length,
      close: () => desk.close(),
    };
  }

  it('marks a fax unconfirmed, not absent, when the desk is three days fast', async () => {
    const outcome = await sendOne('+13125550211', 'resetBeforeHandling', () => Date.now() + 3 * DAY);
    try {
      expect(outcome.status).toBe('unconfirmed');
      expect(outcome.faxes).toBe(0);
      expect(outcome.events.join(' ')).toContain("This computer's clock is 3 days ahead of Telnyx's");
    } finally {
      await outcome.close();
    }
  });

  it('still finds and adopts the fax when the desk is three days slow', async () => {
    const outcome = await sendOne('+13125550212', 'dropAfterCreate', () => Date.now() - 3 * DAY);
    try {
      expect(outcome.status).toBe('delivered');
      expect(outcome.faxes).toBe(1);
    } finally {
      await outcome.close();
    }
  });

  it('marks a fax unconfirmed when Telnyx has never said what time it is', async () => {
    proxy.stripDate(true);
    try {
      const outcome = await sendOne('+13125550213', 'resetBeforeHandling');
      try {
        expect(outcome.status).toBe('unconfirmed');
        expect(outcome.faxes).toBe(0);
        expect(outcome.events.join(' ')).toContain('could not tell what time it was at Telnyx');
      } finally {
        await outcome.close();
      }
    } finally {
      proxy.stripDate(false);
    }
  });

  it('still finds and adopts the fax when Telnyx has never said what time it is', async () => {
    proxy.stripDate(true);
    try {
      const outcome = await sendOne('+13125550214', 'dropAfterCreate');
      try {
        expect(outcome.status).toBe('delivered');
        expect(outcome.faxes).toBe(1);
      } finally {
        await outcome.close();
      }
    } finally {
      proxy.stripDate(false);
    }
  });

  it("marks a fax unconfirmed when Telnyx's Date headers stop after the create left", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-clock-skew-'));
    const number = '+13125550215';
    try {
      const first = await openTestDesk(`${proxy.url}/v2`, { dataDir, policy: { graceMs: 60_000 } });
      telnyx.faults.resetBeforeHandling({ method: 'POST', path: '/v2/faxes' });
      const [job] = await first.engine.jobs.create({
        documents: [{ name: 'memo.pdf', bytes: pdf }],
        recipients: [{ number }],
      });
      if (!job) throw new Error('no job was created');
      first.engine.outbox.start();
      const deadline = Date.now() + 10_000;
      while (first.engine.jobs.detail(job.id)?.attempts[0]?.phase !== 'ambiguous' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(first.engine.jobs.detail(job.id)?.attempts[0]?.postedAt).toEqual(expect.any(Number));
      await first.close();

      // Restarted behind a network that hides Telnyx's clock, with the grace long over.
      proxy.stripDate(true);
      const second = await openTestDesk(`${proxy.url}/v2`, {
        dataDir,
        now: () => Date.now() + DAY / 2,
        policy,
      });
      try {
        second.engine.outbox.start();
        const [final] = await waitForFinal(second.engine, [job.id]);
        expect(final?.status).toBe('unconfirmed');
        expect(outboundTo(number)).toHaveLength(0);
        const events = second.engine.jobs.detail(job.id)?.events.map((event) => event.detail) ?? [];
        expect(events.join(' ')).toContain('Date header is missing');
      } finally {
        await second.close();
      }
    } finally {
      proxy.stripDate(false);
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
