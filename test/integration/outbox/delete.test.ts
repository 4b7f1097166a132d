/**
 * Deleting a fax from history: only finished faxes, with their timeline, search entry and
 * (when no other fax of the same send uses it) their document; and announced to listeners.
 */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../main/sandbox';
import { openTestDesk, waitForFinal, type TestDesk } from '../../support/outbox-harness';
import { textPdf } from '../../support/pdf-samples';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

async function desk(): Promise<TestDesk> {
  const server = await startSandbox({ stepMs: 5 });
  cleanup.push(() => server.close());
  const opened = await openTestDesk(server.baseUrl);
  cleanup.push(() => opened.close());
  return opened;
}

describe('delete from history', () => {
  it('removes a finished fax and keeps the document another fax of the same send still uses', async () => {
    const d = await desk();
    const jobs = await d.engine.jobs.create({
      documents: [{ name: 'Northwind claim.pdf', bytes: await textPdf(2) }],
      recipients: [{ number: '+13125550100' }, { number: '+13125550101' }],
    });
    const [first, second] = jobs.map((job) => job.id) as [string, string];
    d.engine.outbox.start();
    await waitForFinal(d.engine, [first, second]);
    const documentPath = d.engine.jobs.documentPath(first) ?? '';
    expect(d.engine.jobs.documentPath(second)).toBe(documentPath);
    const deleted: string[] = [];
    d.engine.jobs.onDeleted((id) => deleted.push(id));

    await d.engine.jobs.delete(first);
    expect(d.engine.jobs.get(first)).toBeNull();
    expect(d.engine.jobs.detail(first)).toBeNull();
    expect(deleted).toEqual([first]);
    expect(d.engine.jobs.list({ search: 'northwind' }).jobs.map((job) => job.id)).toEqual([second]);
    expect(existsSync(documentPath)).toBe(true);

    await d.engine.jobs.delete(second);
    expect(d.engine.jobs.list().total).toBe(0);
    expect(existsSync(documentPath)).toBe(false);
    await expect(d.engine.jobs.delete(second)).rejects.toMatchObject({ code: 'job_not_found' });
  });

  it('refuses a fax that may still go out, until it is cancelled', async () => {
    const d = await desk();
    const [job] = await d.engine.jobs.create({
      documents: [{ name: 'later.pdf', bytes: await textPdf(1) }],
      recipients: [{ number: '+13125550100' }],
      scheduledAt: Date.now() + 60_000,
    });
    const id = job?.id ?? '';
    await expect(d.engine.jobs.delete(id)).rejects.toMatchObject({
      code: 'not_possible',
      message: expect.stringMatching(/still waiting to be sent\. Cancel it first/),
    });
    expect(d.engine.jobs.get(id)?.status).toBe('waiting');

    await d.engine.jobs.cancel(id);
    await d.engine.jobs.delete(id);
    expect(d.engine.jobs.get(id)).toBeNull();
  });
});
