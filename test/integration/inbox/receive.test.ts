/**
 * Receiving through the sandbox: a fax injected at the sandbox is listed, followed until it is
 * received, archived with its document, and shown in the inbox unread; a failed call is kept
 * with its failure in words and no document.
 */
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { openTestDesk, type TestDesk } from '../../support/outbox-harness';
import { receiveUntil } from '../../support/inbox-harness';

let telnyx: Sandbox;
let desk: TestDesk;

beforeEach(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
  desk = await openTestDesk(telnyx.baseUrl);
});

afterEach(async () => {
  await desk.close();
  await telnyx.close();
});

describe('receiving', () => {
  it('archives a received fax once and shows it unread', async () => {
    const { engine } = desk;
    const updates: string[] = [];
    engine.inbox.onUpdated((fax) => updates.push(fax.status));
    const { id: telnyxFaxId } = await telnyx.injectInbound({ from: '+13125550111', to: '+12025550180', pages: 2 });
    const fax = await receiveUntil(engine, telnyxFaxId, (f) => f.archiveState === 'archived');
    expect(fax).toMatchObject({ from: '+13125550111', to: '+12025550180', status: 'received', pages: 2, read: false });
    expect(engine.inbox.unreadCount()).toBe(1);
    const path = engine.inbox.documentPath(fax.id);
    expect(path && existsSync(path)).toBe(true);
    expect(
      engine.inbox
        .timeline(fax.id)
        .map((e) => e.detail)
        .join('\n'),
    ).toMatch(/Archived: 2 pages/);
    expect(updates).toContain('received');

    await engine.inbox.receive();
    await engine.inbox.receive();
    expect(engine.inbox.list({ limit: 10 }).total).toBe(1);

    const read = engine.inbox.markRead(fax.id, true);
    expect(read.read).toBe(true);
    expect(engine.inbox.unreadCount()).toBe(0);
    expect(engine.inbox.get(fax.id.slice(0, 8))?.id).toBe(fax.id);
    expect(engine.inbox.list({ limit: 10, search: '555 0111' }).items.map((f) => f.id)).toEqual([fax.id]);
    expect(engine.inbox.list({ limit: 10, unread: true }).total).toBe(0);
  });

  it('keeps a failed inbound call with its failure in words and no document', async () => {
    const { engine } = desk;
    const { id } = await telnyx.injectInbound({
      from: '+13125550112',
      to: '+12025550180',
      fail: 'sender_call_dropped',
    });
    const fax = await receiveUntil(engine, id, (f) => f.status === 'failed');
    expect(fax).toMatchObject({
      archiveState: 'none',
      failureReason: 'sender_call_dropped',
      failureText: "The sender's call dropped before the fax was through.",
    });
    expect(engine.inbox.documentPath(fax.id)).toBeNull();
    expect(engine.inbox.timeline(fax.id).at(-1)?.detail).toBe(
      "The call failed: The sender's call dropped before the fax was through.",
    );
  });
});
