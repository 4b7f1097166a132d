/**
 * The inbox channels over a FakeInbox: what the page is given (failures in words, matched
 * words), read and unread, the document only for an archived fax and never past 50 MB, a copy
 * saved where the person chose (or nothing when they cancelled), and Forward holding the
 * archived PDF for a send under a token, read by the same inspection as a dropped file.
 */
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInboxHandlers, type InboxHandlerContext } from '../../../main/app/inbox-handlers';
import { createDispatch, type Handlers } from '../../../main/app/ipc-dispatch';
import { StagedDocuments } from '../../../main/app/staged-documents';
import { contract } from '../../../preload/contract';
import { MAX_FILE_BYTES } from '../../../domain/send-limits';
import { FakeInbox, receivedFax } from '../../support/fake-inbox';

let dir: string;
let inbox: FakeInbox;
let staged: StagedDocuments;
const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'faxdesk-inbox-ipc-'));
  inbox = new FakeInbox();
  staged = new StagedDocuments();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function dispatch(overrides: Partial<InboxHandlerContext> = {}) {
  const unused = () => Promise.reject(new Error('not used'));
  const handlers = Object.fromEntries(Object.keys(contract).map((c) => [c, unused])) as unknown as Handlers;
  const inspect = vi.fn(() => Promise.resolve({ kind: 'pdf' as const, pages: 2 }));
  const context: InboxHandlerContext = { inbox, staged, inspect, ...overrides };
  return { call: createDispatch({ ...handlers, ...createInboxHandlers(context) }, () => undefined), inspect };
}

async function archived(patch: Parameters<typeof receivedFax>[0] = {}) {
  const fax = receivedFax(patch);
  const document = join(dir, `${fax.id}.pdf`);
  await writeFile(document, pdf);
  return inbox.add(fax, { document, words: ['Invoice', '4471', 'Acme'] });
}

describe('inbox:list and inbox:detail', () => {
  it('lists newest first with the failure in words and the total', async () => {
    const older = await archived({ receivedAt: 1_000 });
    const failed = inbox.add(
      receivedFax({
        receivedAt: 2_000,
        status: 'failed',
        failureReason: 'sender_hangup',
        failureText: 'The sender hung up before the fax was through.',
        archiveState: 'none',
      }),
    );
    const result = await dispatch().call('inbox:list', { limit: 10 });
    expect(result).toMatchObject({ ok: true, value: { total: 2 } });
    const faxes = result.ok ? (result.value as { faxes: Array<{ id: string; failureText: string | null }> }).faxes : [];
    expect(faxes.map((f) => f.id)).toEqual([failed.id, older.id]);
    expect(faxes[0]?.failureText).toBe('The sender hung up before the fax was through.');
    expect(faxes[1]?.failureText).toBeNull();
  });

  it('gives the timeline and the words of the search the fax contains', async () => {
    const fax = await archived();
    const result = await dispatch().call('inbox:detail', { id: fax.id, search: 'invoice 4471 nothing' });
    expect(result).toMatchObject({ ok: true, value: { fax: { id: fax.id }, matchedWords: ['Invoice', '4471'] } });
    expect(result.ok && (result.value as { events: unknown[] }).events).toHaveLength(2);
  });

  it('says a fax it does not know is not in the inbox', async () => {
    const result = await dispatch().call('inbox:detail', { id: '0b5e7c1e-2a52-4c9e-9d47-5b1f2f0a7e11' });
    expect(result).toEqual({ ok: false, error: { code: 'job_not_found', message: 'That fax is not in your inbox.' } });
  });

  it('never gives a document the reader would not take', async () => {
    const fax = await archived({ documentProblem: 'This fax could not be read as a document: it is damaged.' });
    const { call, inspect } = dispatch();
    for (const channel of ['inbox:document', 'inbox:forward'] as const) {
      expect(await call(channel, { id: fax.id })).toEqual({
        ok: false,
        error: { code: 'invalid_document', message: 'This fax could not be read as a document: it is damaged.' },
      });
    }
    expect(inspect).not.toHaveBeenCalled();
  });

  it.each([
    ['a number not in E.164', { to: ['312 555 0199'] }],
    ['an unknown status', { status: ['lost'] }],
    ['before and offset together', { before: '0b5e7c1e-2a52-4c9e-9d47-5b1f2f0a7e11', offset: 3 }],
    ['an unknown field', { everything: true }],
  ])('refuses %s before the engine sees it', async (_what, query) => {
    const list = vi.spyOn(inbox, 'list');
    const result = await dispatch().call('inbox:list', query);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(list).not.toHaveBeenCalled();
  });
});

describe('inbox:markRead and inbox:unreadCount', () => {
  it('marks read and unread, and the count follows', async () => {
    const fax = await archived();
    const { call } = dispatch();
    expect(await call('inbox:unreadCount', undefined)).toEqual({ ok: true, value: 1 });
    expect(await call('inbox:markRead', { id: fax.id, read: true })).toMatchObject({ ok: true, value: { read: true } });
    expect(await call('inbox:unreadCount', undefined)).toEqual({ ok: true, value: 0 });
    expect(await call('inbox:markRead', { id: fax.id, read: false })).toMatchObject({ value: { read: false } });
  });
});

describe('inbox:document', () => {
  it('gives the archived bytes and the pages', async () => {
    const fax = await archived({ pages: 3 });
    const result = await dispatch().call('inbox:document', { id: fax.id });
    expect(result).toMatchObject({ ok: true, value: { pages: 3 } });
    expect(result.ok && [...(result.value as { bytes: Uint8Array }).bytes]).toEqual([...pdf]);
  });

  it.each([
    ['downloading', 'The document is not downloaded yet. Faxdesk will retry.'],
    ['awaiting', 'Telnyx has not finished this fax yet, so there is no document to show.'],
  ] as const)('says why there is nothing to show while %s', async (archiveState, message) => {
    const fax = await archived({ archiveState });
    expect(await dispatch().call('inbox:document', { id: fax.id })).toEqual({
      ok: false,
      error: { code: 'not_possible', message },
    });
  });

  it('refuses a document larger than one file may be', async () => {
    const fax = await archived();
    await truncate(inbox.documents.get(fax.id) as string, MAX_FILE_BYTES + 1);
    const result = await dispatch().call('inbox:document', { id: fax.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_possible', message: /larger than 50 MB/ } });
  });
});

describe('inbox:saveCopy', () => {
  it('copies the archived PDF where the person chose, under a name they recognise', async () => {
    const fax = await archived({ from: '+13125550199' });
    const target = join(dir, 'saved.pdf');
    const chooseSavePath = vi.fn(() => Promise.resolve(target));
    expect(await dispatch({ chooseSavePath }).call('inbox:saveCopy', { id: fax.id })).toEqual({
      ok: true,
      value: true,
    });
    expect(chooseSavePath).toHaveBeenCalledWith(expect.stringMatching(/^Fax from 13125550199, \d{4}-\d\d-\d\d/));
    expect([...(await readFile(target))]).toEqual([...pdf]);
  });

  it('saves nothing when the person cancels, and asks nothing for a fax without a document', async () => {
    const fax = await archived();
    const cancel = vi.fn(() => Promise.resolve(null));
    expect(await dispatch({ chooseSavePath: cancel }).call('inbox:saveCopy', { id: fax.id })).toEqual({
      ok: true,
      value: false,
    });
    const failed = inbox.add(receivedFax({ status: 'failed', archiveState: 'none' }));
    const ask = vi.fn(() => Promise.resolve(join(dir, 'never.pdf')));
    const result = await dispatch({ chooseSavePath: ask }).call('inbox:saveCopy', { id: failed.id });
    expect(result).toMatchObject({ ok: false, error: { message: /call failed before any page came/ } });
    expect(ask).not.toHaveBeenCalled();
  });
});

describe('inbox:forward', () => {
  it('holds the archived PDF for a send, read by the same inspection as a dropped file', async () => {
    const fax = await archived();
    const { call, inspect } = dispatch();
    const result = await call('inbox:forward', { id: fax.id });
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'pdf', pages: 2, name: expect.stringMatching(/^Fax from/) },
    });
    expect(inspect).toHaveBeenCalledTimes(1);
    const token = result.ok ? (result.value as { token: string }).token : '';
    expect(staged.forSend([token]).map((file) => [...file.bytes])).toEqual([[...pdf]]);
  });
});
