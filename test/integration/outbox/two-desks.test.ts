/**
 * Two desks on one Telnyx account (two data folders, one sandbox): what A sends, B shows once as
 * sent from elsewhere and follows to its end; A shows it once as its own. B deleting it keeps it
 * deleted, and B cannot cancel or send it again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { openTestDesk, waitForFinal, type TestDesk } from '../../support/outbox-harness';
import { textPdf } from '../../support/pdf-samples';

let telnyx: Sandbox;
let deskA: TestDesk;
let deskB: TestDesk;

beforeAll(async () => {
  // Slow enough steps that B first sees A's fax in flight.
  telnyx = await startSandbox({ stepMs: 400 });
  deskA = await openTestDesk(`${telnyx.baseUrl}`);
  deskB = await openTestDesk(`${telnyx.baseUrl}`);
});

afterAll(async () => {
  await deskA.close();
  await deskB.close();
  await telnyx.close();
});

describe('one account, two desks', () => {
  it('shows each fax once on each desk: its own on the sender, sent from elsewhere on the other', async () => {
    const a = deskA.engine;
    const b = deskB.engine;
    const [sent] = await a.jobs.create({
      documents: [{ name: 'contract.pdf', bytes: await textPdf(2) }],
      recipients: [{ number: '+13125550142' }],
    });
    if (!sent) throw new Error('nothing queued');
    // A hands it to Telnyx (one pass submits it; it is still in flight).
    await a.outbox.sync();
    expect(a.jobs.get(sent.id)?.status).toBe('sending');

    await b.outbox.sync();
    const seen = b.jobs.list({ limit: 10 }).jobs;
    expect(seen).toHaveLength(1);
    const theirs = seen[0];
    expect(theirs).toMatchObject({
      origin: 'elsewhere',
      status: 'sending',
      to: '+13125550142',
      from: '+12025550180',
      telnyxFaxId: a.jobs.get(sent.id)?.telnyxFaxId,
      documentId: null,
    });

    // B follows it to the end with its own Tracker; listing again adds nothing.
    b.outbox.start();
    const [final] = await waitForFinal(b, [theirs?.id ?? ''], 30_000);
    expect(final).toMatchObject({ status: 'delivered', pages: 2 });
    await b.outbox.sync();
    expect(b.jobs.list({ limit: 10 }).total).toBe(1);

    // A lists the account too and shows only its own.
    a.outbox.start();
    await waitForFinal(a, [sent.id], 30_000);
    await a.outbox.sync();
    const own = a.jobs.list({ limit: 10 });
    expect(own.total).toBe(1);
    expect(own.jobs[0]).toMatchObject({ id: sent.id, origin: 'desk', status: 'delivered' });

    // Not B's to cancel or send again; once deleted on B, it stays deleted there.
    await expect(b.jobs.resend(theirs?.id ?? '')).rejects.toThrow(/sent from elsewhere/);
    await expect(b.jobs.cancel(theirs?.id ?? '')).rejects.toThrow(/sent from elsewhere/);
    await b.jobs.delete(theirs?.id ?? '');
    await b.outbox.sync();
    expect(b.jobs.list({ limit: 10 }).total).toBe(0);
    expect(a.jobs.list({ limit: 10 }).total).toBe(1);
  }, 90_000);
});
