/**
 * Fax reports made from the records: read back with pdf.js, every field is there; the same
 * records make the same bytes, whatever time zone the computer is in; a failed fax says why in
 * the engine's words; a received fax gets a reception report; the first page can be left out.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { explainFailure } from '../../../main/engine/outbox/failure-reasons';
import { receiveUntil } from '../../support/inbox-harness';
import { openTestDesk, waitForFinal, type TestDesk } from '../../support/outbox-harness';
import { textPdf } from '../../support/pdf-samples';
import { reportText } from '../../support/report-text';

let telnyx: Sandbox;
let desk: TestDesk;
const addressBook = new Map([
  ['+13125550100', 'Riverside Clinic'],
  ['+13125550111', 'Northside Labs'],
]);

beforeEach(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
  desk = await openTestDesk(telnyx.baseUrl, {
    desk: { nameFor: (number) => addressBook.get(number) ?? null, timeZone: 'America/New_York' },
  });
  desk.engine.settings.update({ senderName: 'Front Desk' });
});

afterEach(async () => {
  await desk.close();
  await telnyx.close();
});

async function sendTo(number: string, pages = 2) {
  const [job] = await desk.engine.jobs.create({
    documents: [{ name: 'letter.pdf', bytes: await textPdf(pages) }],
    recipients: [{ number }],
  });
  desk.engine.outbox.start();
  const [final] = await waitForFinal(desk.engine, [job!.id]);
  return final!;
}

describe('the transmission report', () => {
  it('shows every field of a delivered fax', async () => {
    const job = await sendTo('+13125550100');
    const report = await desk.engine.reports.make(job.id);
    expect(report.direction).toBe('sent');
    expect(report.fileName).toMatch(/^Fax report \d{4}-\d\d-\d\d to \+13125550100 [0-9a-f]{8}\.pdf$/);
    const { text, pages } = await reportText(report.pdf);
    const sent = readFileSync(desk.engine.jobs.documentPath(job.id)!);
    const sha256 = createHash('sha256').update(sent).digest('hex');
    expect(pages).toBe(1);
    for (const field of [
      'Fax transmission report',
      'OK',
      'Front Desk, +1 202 555 0180',
      'Riverside Clinic, +1 312 555 0100',
      job.id,
      job.telnyxFaxId!,
      'Submitted',
      'Sending started',
      'Finished',
      'Call duration',
      "2 of the document's 2",
      'High',
      'Remote ID',
      'not reported by the carrier',
      sha256,
      'First page, reduced',
    ]) {
      expect(text).toContain(field);
    }
    expect(text).toMatch(/America\/New_York \(UTC-0[45]:00\)/);
    expect(text).toMatch(/1\. .* — Delivered/);
  });

  it('makes the same bytes from the same records, whatever the computer’s time zone', async () => {
    const job = await sendTo('+13125550100', 1);
    const first = await desk.engine.reports.make(job.id);
    const again = await desk.engine.reports.make(job.id);
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Tokyo';
      const elsewhere = await desk.engine.reports.make(job.id);
      expect(Buffer.from(elsewhere.pdf).equals(Buffer.from(first.pdf))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(Buffer.from(again.pdf).equals(Buffer.from(first.pdf))).toBe(true);
  });

  it('says why a fax failed, in the words the history uses', async () => {
    const job = await sendTo('+12025550103');
    expect(job.status).toBe('failed');
    const { text } = await reportText((await desk.engine.reports.make(job.id)).pdf);
    expect(text).toContain('FAILED');
    expect(text).toContain(explainFailure('receiver_unallocated_number').text);
    expect(text).toContain('not reported by the carrier');
  });

  it('leaves the first page out when Settings say so', async () => {
    const job = await sendTo('+13125550100', 1);
    desk.engine.settings.update({ reportFirstPage: false });
    const { text } = await reportText((await desk.engine.reports.make(job.id)).pdf);
    expect(text).not.toContain('First page, reduced');
    expect(text).not.toContain('Faxdesk test page');
    expect(text).toContain('First page: left out');
  });
});

describe('the reception report', () => {
  it('shows every field of a received fax', async () => {
    const { id } = await telnyx.injectInbound({ from: '+13125550111', to: '+12025550180', pages: 2 });
    const fax = await receiveUntil(desk.engine, id, (f) => f.archiveState === 'archived');
    const report = await desk.engine.reports.make(fax.id);
    expect(report.direction).toBe('received');
    expect(report.fileName).toContain('from +13125550111');
    const { text } = await reportText(report.pdf);
    const sha256 = createHash('sha256')
      .update(readFileSync(desk.engine.inbox.documentPath(fax.id)!))
      .digest('hex');
    for (const field of [
      'Fax reception report',
      'OK',
      'Northside Labs, +1 312 555 0111',
      'Front Desk, +1 202 555 0180',
      fax.id,
      fax.telnyxFaxId,
      'Call started',
      'Pages received',
      'Remote ID',
      sha256,
      'First page, reduced',
    ]) {
      expect(text).toContain(field);
    }
    expect(text).toMatch(/1\. .* — Received/);
  });

  it('refuses an id that is no fax', async () => {
    await expect(desk.engine.reports.make('no-such-fax')).rejects.toThrow(/no fax with that id/);
  });
});
