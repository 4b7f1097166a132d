/**
 * The contact's name and the desk's time zone are kept with each fax when it goes or arrives:
 * renaming the contact later does not rewrite the history, the inbox or the report.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { receiveUntil } from '../../support/inbox-harness';
import { openTestDesk, waitForFinal, type TestDesk } from '../../support/outbox-harness';
import { textPdf } from '../../support/pdf-samples';

let telnyx: Sandbox;
let desk: TestDesk;
const addressBook = new Map<string, string>();

beforeEach(async () => {
  addressBook.clear();
  telnyx = await startSandbox({ stepMs: 20 });
  desk = await openTestDesk(telnyx.baseUrl, {
    desk: { nameFor: (number) => addressBook.get(number) ?? null, timeZone: 'Europe/Berlin' },
  });
});

afterEach(async () => {
  await desk.close();
  await telnyx.close();
});

describe('the name kept with each fax', () => {
  it('keeps the recipient’s name as it was when the fax went', async () => {
    const { engine } = desk;
    addressBook.set('+13125550100', 'Riverside Clinic');
    const [named, unnamed] = await engine.jobs.create({
      documents: [{ name: 'letter.pdf', bytes: await textPdf(1) }],
      recipients: [{ number: '+13125550100' }, { number: '+13125550101' }],
    });
    expect(named).toMatchObject({ recipientName: 'Riverside Clinic', timeZone: 'Europe/Berlin' });
    expect(unnamed?.recipientName).toBeNull();

    addressBook.set('+13125550100', 'Lakeside Clinic');
    engine.outbox.start();
    await waitForFinal(engine, [named!.id, unnamed!.id]);
    expect(engine.jobs.get(named!.id)?.recipientName).toBe('Riverside Clinic');
    const found = engine.jobs.list({ search: 'Riverside' }).jobs.map((job) => job.id);
    expect(found).toEqual([named!.id]);
  });

  it('keeps the sender’s name as it was when the fax arrived', async () => {
    const { engine } = desk;
    addressBook.set('+13125550111', 'Northside Labs');
    const { id } = await telnyx.injectInbound({ from: '+13125550111', to: '+12025550180', pages: 1 });
    const first = await receiveUntil(engine, id, (fax) => fax.status !== 'receiving');
    expect(first.senderName).toBe('Northside Labs');

    addressBook.set('+13125550111', 'Renamed Labs');
    const archived = await receiveUntil(engine, id, (fax) => fax.archiveState === 'archived');
    expect(archived.senderName).toBe('Northside Labs');
    expect(engine.inbox.list({ limit: 10, search: 'Northside' }).items.map((fax) => fax.id)).toEqual([archived.id]);
  });
});
