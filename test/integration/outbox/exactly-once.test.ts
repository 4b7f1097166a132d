/**
 * Exactly once under faults (DESIGN.md §3): a proxy between the engine and the sandbox loses
 * answers after faxes were created, answers 500 after creating them, resets connections
 * before forwarding, and rate-limits. For 300 faxes, Telnyx (the sandbox) must end up with
 * exactly one fax per job, and every job delivered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { attemptIdOf, openTestDesk, waitForFinal, type TestDesk } from '../../support/outbox-harness';
import { textPdf } from '../../support/pdf-samples';
import { seededRandom, startFaultProxy, type FaultProxy } from '../../support/proxy/fault-proxy';

let telnyx: Sandbox;
let proxy: FaultProxy;
let desk: TestDesk;

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 5 });
  proxy = await startFaultProxy(
    telnyx.origin,
    [
      {
        method: 'POST',
        path: '/v2/faxes',
        exact: true,
        odds: { dropAfterForward: 0.12, errorAfterForward: 0.12, resetBeforeForward: 0.12, rateLimit: 0.12 },
      },
      { method: 'GET', path: '/v2/faxes', exact: true, odds: { resetBeforeForward: 0.05, rateLimit: 0.05 } },
      { method: 'GET', path: '/v2/faxes/', odds: { dropAfterForward: 0.05, errorAfterForward: 0.05 } },
      { method: 'POST', path: '/v2/media', odds: { resetBeforeForward: 0.05, rateLimit: 0.05 } },
    ],
    seededRandom(20261127),
  );
  desk = await openTestDesk(`${proxy.url}/v2`);
});

afterAll(async () => {
  await desk.close();
  await proxy.close();
  await telnyx.close();
});

describe('the outbox under network faults', () => {
  it('leaves exactly one fax per job at Telnyx, and delivers every job', { timeout: 120_000 }, async () => {
    const { engine } = desk;
    const pdf = await textPdf(2);
    const jobs = [];
    for (const area of ['312', '415', '617']) {
      const recipients = Array.from({ length: 100 }, (_, i) => ({
        number: `+1${area}55501${String(i).padStart(2, '0')}`,
      }));
      jobs.push(...(await engine.jobs.create({ documents: [{ name: 'contract.pdf', bytes: pdf }], recipients })));
    }
    expect(jobs).toHaveLength(300);
    engine.outbox.start();
    const final = await waitForFinal(
      engine,
      jobs.map((j) => j.id),
      100_000,
    );

    expect(final.filter((job) => job.status !== 'delivered').map((job) => [job.to, job.status])).toEqual([]);

    // Every fax at Telnyx belongs to exactly one job, and every job has exactly one.
    const attemptsToJob = new Map<string, string>();
    for (const job of final) {
      for (const attempt of desk.engine.jobs.detail(job.id)?.attempts ?? []) attemptsToJob.set(attempt.id, job.id);
    }
    const faxesPerJob = new Map<string, number>();
    for (const fax of telnyx.faxes().filter((f) => f.direction === 'outbound')) {
      const jobId = attemptsToJob.get(attemptIdOf(fax.client_state) ?? '');
      expect(jobId, `fax ${fax.id} has no job`).toBeDefined();
      faxesPerJob.set(jobId ?? '', (faxesPerJob.get(jobId ?? '') ?? 0) + 1);
    }
    expect([...faxesPerJob.values()].filter((n) => n !== 1)).toEqual([]);
    expect(faxesPerJob.size).toBe(300);

    // The faults really happened, many times each.
    expect(proxy.counts.dropAfterForward).toBeGreaterThan(10);
    expect(proxy.counts.errorAfterForward).toBeGreaterThan(10);
    expect(proxy.counts.resetBeforeForward).toBeGreaterThan(10);
    expect(proxy.counts.rateLimit).toBeGreaterThan(10);

    // And they show in the records: some jobs needed more than one attempt, none sent twice.
    expect(final.some((job) => job.attempts > 1)).toBe(true);
  });
});
