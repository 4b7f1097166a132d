/**
 * Archive on sight against the sandbox: an expired link is renewed and fetched again, a
 * download that fails is retried with back-off while the fax says why, a hostile document is
 * kept as evidence but never shown, deleting from Telnyx follows the setting, and two desks on
 * one account each archive every fax.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { objectStreamBombPdf } from '../../fixtures/documents/crafted-files';
import { receiveUntil } from '../../support/inbox-harness';
import { openTestDesk, type TestDesk } from '../../support/outbox-harness';

let telnyx: Sandbox | null = null;
const desks: TestDesk[] = [];

afterEach(async () => {
  for (const desk of desks.splice(0)) await desk.close();
  await telnyx?.close();
  telnyx = null;
});

async function setUp(options: { mediaUrlTtlMs?: number; mediaFetch?: typeof fetch } = {}) {
  telnyx = await startSandbox({
    stepMs: 20,
    ...(options.mediaUrlTtlMs ? { mediaUrlTtlMs: options.mediaUrlTtlMs } : {}),
  });
  const desk = await openTestDesk(
    telnyx.baseUrl,
    options.mediaFetch ? { inbox: { mediaFetch: options.mediaFetch } } : {},
  );
  desks.push(desk);
  return { telnyx, desk };
}

async function untilReceivedAtTelnyx(sandbox: Sandbox, id: string): Promise<void> {
  while (sandbox.faxes().find((fax) => fax.id === id)?.status !== 'received') {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function pdfsIn(dataDir: string): string[] {
  const root = join(dataDir, 'documents');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.pdf'));
}

describe('archive on sight', () => {
  it('renews an expired link and fetches the document again', async () => {
    const { telnyx, desk } = await setUp({ mediaUrlTtlMs: 30 });
    const { id } = await telnyx.injectInbound({ from: '+13125550121', to: '+12025550180' });
    await untilReceivedAtTelnyx(telnyx, id);
    await new Promise((resolve) => setTimeout(resolve, 60)); // the link Telnyx lists has expired
    const fax = await receiveUntil(desk.engine, id, (f) => f.archiveState === 'archived');
    const timeline = desk.engine.inbox.timeline(fax.id).map((event) => event.detail);
    expect(timeline).toContain('The download link had expired; Faxdesk asked Telnyx for a new one.');
    expect(desk.engine.inbox.documentPath(fax.id)).not.toBeNull();
  });

  it('retries a failed download with back-off, saying why meanwhile', async () => {
    const { telnyx, desk } = await setUp();
    telnyx.faults.dropAfterCreate({ method: 'GET', path: '/sandbox-media/' }, 2);
    const { id } = await telnyx.injectInbound({ from: '+13125550122', to: '+12025550180' });
    const waiting = await receiveUntil(desk.engine, id, (f) => f.downloadProblem !== null);
    expect(waiting).toMatchObject({
      archiveState: 'downloading',
      downloadProblem: 'The download was cut off before the whole document arrived.',
    });
    expect(waiting.nextDownloadAt).toBeGreaterThan(Date.now() - 1_000);
    const fax = await receiveUntil(desk.engine, id, (f) => f.archiveState === 'archived');
    expect(fax.downloadProblem).toBeNull();
    expect(desk.engine.inbox.timeline(fax.id).map((event) => event.detail)).toContain(
      'Document not downloaded yet — Faxdesk will retry: The download was cut off before the whole document arrived.',
    );
  });

  it('keeps a hostile document as evidence and never shows it as readable', async () => {
    const bomb = objectStreamBombPdf(1.5 * 1024 ** 3);
    const hostile: typeof fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes('/sandbox-media/')
        ? Promise.resolve(new Response(bomb, { status: 200, headers: { 'content-type': 'application/pdf' } }))
        : fetch(input, init);
    const { telnyx, desk } = await setUp({ mediaFetch: hostile });
    const { id } = await telnyx.injectInbound({ from: '+13125550123', to: '+12025550180' });
    const fax = await receiveUntil(desk.engine, id, (f) => f.archiveState === 'archived');
    expect(fax.documentProblem).toMatch(/^Faxdesk could not read the received document safely/);
    expect(desk.engine.inbox.documentPath(fax.id)).toBeNull();
    expect(pdfsIn(desk.dataDir)).toHaveLength(1);
  });

  it('deletes an archived fax from Telnyx only when the setting says so', async () => {
    const { telnyx, desk } = await setUp();
    const kept = await telnyx.injectInbound({ from: '+13125550124', to: '+12025550180' });
    const first = await receiveUntil(desk.engine, kept.id, (f) => f.archiveState === 'archived');
    await desk.engine.inbox.receive();
    expect(desk.engine.inbox.get(first.id)?.deletedAtTelnyx).toBe(false);
    expect(telnyx.faxes().some((fax) => fax.id === kept.id)).toBe(true);

    desk.engine.settings.update({ deleteReceivedFromTelnyx: true });
    const removed = await telnyx.injectInbound({ from: '+13125550125', to: '+12025550180' });
    const fax = await receiveUntil(desk.engine, removed.id, (f) => f.deletedAtTelnyx);
    expect(telnyx.faxes().some((f) => f.id === removed.id)).toBe(false);
    expect(telnyx.faxes().some((f) => f.id === kept.id)).toBe(true);
    expect(desk.engine.inbox.timeline(fax.id).at(-1)?.detail).toBe(
      'Deleted from Telnyx once archived, as Settings ask. Faxdesk keeps its copy.',
    );
    expect(desk.engine.inbox.documentPath(fax.id)).not.toBeNull();
  });

  it('lets two desks on one account each archive every fax once', async () => {
    const { telnyx, desk } = await setUp();
    const other = await openTestDesk(telnyx.baseUrl);
    desks.push(other);
    const ids = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await telnyx.injectInbound({ from: `+1312555013${i}`, to: '+12025550180', pages: i + 1 })).id);
    }
    for (const each of [desk, other]) {
      for (const id of ids) await receiveUntil(each.engine, id, (f) => f.archiveState === 'archived');
    }
    for (const each of [desk, other]) {
      const inbox = each.engine.inbox.list({ limit: 50 });
      expect(inbox.total).toBe(5);
      expect(new Set(inbox.items.map((f) => f.telnyxFaxId))).toEqual(new Set(ids));
      expect(pdfsIn(each.dataDir)).toHaveLength(5);
    }
    // Read on one desk is read there only.
    const first = desk.engine.inbox.list({ limit: 1 }).items[0];
    desk.engine.inbox.markRead(first?.id ?? '', true);
    expect(desk.engine.inbox.unreadCount()).toBe(4);
    expect(other.engine.inbox.unreadCount()).toBe(5);
  });

  it('keeps only the faxes to the numbers this desk shows', async () => {
    const { telnyx, desk } = await setUp();
    desk.engine.settings.update({ inboxNumbers: ['+12025550181'] });
    const mine = await telnyx.injectInbound({ from: '+13125550141', to: '+12025550181' });
    await telnyx.injectInbound({ from: '+13125550142', to: '+12025550180' });
    await receiveUntil(desk.engine, mine.id, (f) => f.archiveState === 'archived');
    expect(desk.engine.inbox.list({ limit: 10 }).items.map((f) => f.to)).toEqual(['+12025550181']);
  });
});
