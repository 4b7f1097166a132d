/**
 * Polling 500 in-flight faxes for a minute: the requests Faxdesk's tracker makes (per-fax
 * polls that back off, and one paged list request when many are due), against one request
 * per fax — with the same back-off, and at a fixed 3-second interval. And receiving for a
 * minute, once the account's history is read: the listing requests with 500 received faxes on
 * the account against none, which must be the same. All run against the sandbox on a
 * simulated clock, with HTTP requests counted by a proxy.
 */
import { startSandbox } from '../../main/sandbox';
import type { OutboxPolicy } from '../../main/engine/outbox/policy';
import { openTestDesk } from '../support/outbox-harness';
import { textPdf } from '../support/pdf-samples';
import { startRecordingProxy } from '../support/proxy/recording-proxy';
import { compared, type BenchResult } from './measure';

const FAXES = 500;
const MINUTE_MS = 60_000;
const TICK_MS = 1_000;

async function requestsPerMinute(policy: Partial<OutboxPolicy>): Promise<number> {
  // Faxes stay in flight for the whole measurement: the sandbox moves them on every 10 minutes.
  const telnyx = await startSandbox({ stepMs: 600_000 });
  const proxy = await startRecordingProxy(telnyx.origin);
  let clock = Date.now();
  const desk = await openTestDesk(`${proxy.url}/v2`, { policy: { concurrency: 16, ...policy }, now: () => clock });
  try {
    const pdf = await textPdf(1);
    for (let i = 0; i < FAXES; i += 100) {
      const recipients = Array.from({ length: 100 }, (_, j) => ({ number: `+1312555${String(1000 + i + j)}` }));
      await desk.engine.jobs.create({ documents: [{ name: 'bench.pdf', bytes: pdf }], recipients });
    }
    await desk.engine.outbox.sync();
    if (desk.engine.jobs.list({ status: ['sending'] }).total !== FAXES) throw new Error('not every fax went out');
    // A minute of tracking, one pass per simulated second.
    const before = proxy.exchanges.length;
    for (let t = 0; t < MINUTE_MS; t += TICK_MS) {
      clock += TICK_MS;
      await desk.engine.outbox.pollDue();
    }
    return proxy.exchanges.length - before;
  } finally {
    await desk.close();
    await proxy.close();
    await telnyx.close();
  }
}

/** Listing requests in a minute of passes, after the first listing read (and archived) `received` faxes. */
async function listingRequestsPerMinute(received: number): Promise<number> {
  const telnyx = await startSandbox({ stepMs: 1 });
  const proxy = await startRecordingProxy(telnyx.origin);
  let clock = Date.now();
  let monotonic = 0;
  const desk = await openTestDesk(`${proxy.url}/v2`, {
    policy: { inboxListEveryMs: 20_000 },
    now: () => clock,
    monotonic: () => monotonic,
  });
  try {
    for (let i = 0; i < received; i++) {
      await telnyx.injectInbound({ from: `+1415555${String(1000 + i)}`, to: '+12025550180' });
    }
    while (telnyx.faxes().some((fax) => fax.status !== 'received')) await new Promise((r) => setTimeout(r, 10));
    const archived = () =>
      desk.engine.inbox.list({ limit: 1, status: ['received'] }).total === received &&
      desk.engine.inbox.list({ limit: 1000 }).items.every((fax) => fax.archiveState === 'archived');
    while (!archived()) await desk.engine.inbox.receive();
    const before = proxy.exchanges.length;
    for (let t = 0; t < MINUTE_MS; t += TICK_MS) {
      clock += TICK_MS;
      monotonic += TICK_MS;
      await desk.engine.outbox.receiveDue();
    }
    return proxy.exchanges.length - before;
  } finally {
    await desk.close();
    await proxy.close();
    await telnyx.close();
  }
}

export async function pollingBench(): Promise<BenchResult[]> {
  const backoff = { pollMinMs: 3_000, pollMaxMs: 60_000 };
  const ours = await requestsPerMinute({ ...backoff, listPollThreshold: 20 });
  const perFax = await requestsPerMinute({ ...backoff, listPollThreshold: Number.MAX_SAFE_INTEGER });
  const fixed = await requestsPerMinute({
    pollMinMs: 3_000,
    pollMaxMs: 3_000,
    listPollThreshold: Number.MAX_SAFE_INTEGER,
  });
  const listingWith500 = await listingRequestsPerMinute(500);
  const listingWithNone = await listingRequestsPerMinute(0);
  return [
    compared('polling: 500 in flight, 1 min', ours, perFax, 'requests', 'vs one request per fax, same back-off'),
    compared(
      'receiving: listing, 1 min',
      listingWith500,
      listingWithNone,
      'requests',
      '500 received faxes on the account vs none: flat',
    ),
    compared('polling: 500 in flight, 1 min', ours, fixed, 'requests', 'vs one request per fax every 3 s'),
  ];
}
