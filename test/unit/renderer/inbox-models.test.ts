/**
 * The inbox's page models: filters as inbox:list takes them and which live faxes join the list,
 * a received fax in words (badge, document state, sender, reply number, call length), the unread
 * count asked once per burst and never overwritten by an older answer, and the list store over
 * received faxes (newest received first, a new fax put at the top, read state replaced in place).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReceivedFaxPage, ReceivedFaxSummary } from '../../../preload/contract';
import { InboxCache } from '../../../renderer/src/data/inbox-cache';
import { UnreadCount } from '../../../renderer/src/data/unread-count';
import { InboxListStore, type InboxPageRequest } from '../../../renderer/src/features/inbox/inbox-list-store';
import {
  inboxCountText,
  matchesInboxQuery,
  NO_INBOX_FILTERS,
  toInboxQuery,
} from '../../../renderer/src/features/inbox/inbox-query';
import {
  archiveText,
  durationText,
  hasDocument,
  pagesText,
  receivedBadge,
  replyNumber,
  senderText,
  unreadText,
} from '../../../renderer/src/features/inbox/received-text';
import { receivedSummary } from './received-summary';

afterEach(() => vi.useRealTimers());

describe('inbox filters', () => {
  it('asks for nothing until the person filters', () => {
    expect(toInboxQuery(NO_INBOX_FILTERS)).toEqual({});
  });

  it('turns unread, states, numbers and words into the channel query', () => {
    expect(
      toInboxQuery({
        unreadOnly: true,
        statuses: ['receiving', 'failed'],
        numbers: ['+12025550180'],
        search: ' 4471 ',
      }),
    ).toEqual({
      unread: true,
      status: ['receiving', 'media.processing', 'failed'],
      to: ['+12025550180'],
      search: '4471',
    });
  });

  it('lets a live fax join the list only when it fits, and never guesses at words on its pages', () => {
    const fax = receivedSummary();
    expect(matchesInboxQuery(fax, {})).toBe(true);
    expect(matchesInboxQuery({ ...fax, read: true }, { unread: true })).toBe(false);
    expect(matchesInboxQuery(fax, { to: ['+12025550181'] })).toBe(false);
    expect(matchesInboxQuery(fax, { status: ['failed'] })).toBe(false);
    expect(matchesInboxQuery(fax, { search: 'invoice' })).toBe(false);
  });

  it('counts in words', () => {
    expect(inboxCountText(0, false)).toBe('No faxes received yet');
    expect(inboxCountText(1, true)).toBe('1 fax matches');
    expect(inboxCountText(1200, false)).toBe(`${(1200).toLocaleString()} faxes`);
  });
});

describe('a received fax in words', () => {
  it('says received, receiving, or failed with the reason', () => {
    expect(receivedBadge(receivedSummary())).toEqual({ kind: 'delivered', label: 'Received', note: null });
    expect(receivedBadge(receivedSummary({ status: 'receiving', archiveState: 'awaiting' })).label).toBe('Receiving');
    expect(
      receivedBadge(receivedSummary({ status: 'failed', failureText: 'The sender hung up.', archiveState: 'none' })),
    ).toEqual({ kind: 'failed', label: 'Failed', note: 'The sender hung up' });
  });

  it('says where the document is, and that a download is retried', () => {
    const downloading = receivedSummary({
      archiveState: 'downloading',
      downloadProblem: 'Telnyx did not answer.',
      nextDownloadAt: null,
    });
    expect(receivedBadge(downloading).note).toBe('Document not downloaded yet — will retry');
    expect(archiveText(downloading)).toBe('Document not downloaded yet — will retry. Telnyx did not answer.');
    expect(archiveText(receivedSummary())).toBe('Archived on this desk; Telnyx still has it too.');
    expect(archiveText(receivedSummary({ deletedAtTelnyx: true }))).toMatch(/Deleted from Telnyx, which keeps no copy/);
    expect(archiveText(receivedSummary({ status: 'failed', archiveState: 'none' }))).toBe(
      'No document: the call failed before a page came.',
    );
    const damaged = receivedSummary({ documentProblem: 'It is damaged.' });
    expect(hasDocument(damaged)).toBe(false);
    expect(archiveText(damaged)).toBe("Kept in Faxdesk's data folder, but not shown: It is damaged.");
  });

  it('names the sender with their caller id, and replies only to a number', () => {
    expect(senderText(receivedSummary({ callerId: 'ACME BILLING' }), 'US')).toBe('(312) 555-0199 (ACME BILLING)');
    expect(senderText(receivedSummary({ from: 'anonymous' }), 'US')).toBe('anonymous');
    expect(replyNumber(receivedSummary())).toBe('+13125550199');
    expect(replyNumber(receivedSummary({ from: 'anonymous' }))).toBeNull();
  });

  it('tells the call length, the pages and the unread count', () => {
    expect(durationText(42)).toBe('42 seconds');
    expect(durationText(185)).toBe('3 min 5 s');
    expect(durationText(null)).toBeNull();
    expect(pagesText(receivedSummary({ pages: 2, partial: true }))).toBe('2 pages (only part of the fax arrived)');
    expect(unreadText(1)).toBe('1 unread fax');
    expect(unreadText(3)).toBe('3 unread faxes');
  });
});

describe('UnreadCount', () => {
  it('asks once per burst of changes', async () => {
    vi.useFakeTimers();
    const ask = vi.fn(() => Promise.resolve(2));
    const count = new UnreadCount(ask, 100);
    count.changed();
    count.changed();
    count.changed();
    await vi.advanceTimersByTimeAsync(150);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(count.getSnapshot()).toBe(2);
  });

  it('shows only the answer to the latest question', async () => {
    const answers: Array<(n: number) => void> = [];
    const count = new UnreadCount(() => new Promise<number>((resolve) => answers.push(resolve)));
    count.refresh();
    count.refresh();
    answers[1]?.(0);
    answers[0]?.(5);
    await Promise.resolve();
    expect(count.getSnapshot()).toBe(0);
  });
});

describe('InboxListStore', () => {
  const fax = (n: number, patch: Partial<ReceivedFaxSummary> = {}) =>
    receivedSummary({ id: `in-${n}`, receivedAt: n * 60_000, updatedAt: n * 60_000, ...patch });

  function backend(count: number) {
    const faxes = Array.from({ length: count }, (_, i) => fax(count - i));
    const load = (request: InboxPageRequest): Promise<ReceivedFaxPage> => {
      const start = request.before ? faxes.findIndex((f) => f.id === request.before) + 1 : (request.offset ?? 0);
      return Promise.resolve({ faxes: faxes.slice(start, start + request.limit), total: faxes.length });
    };
    return { faxes, load };
  }

  const settled = () => new Promise((resolve) => setTimeout(resolve, 120));

  it('lists newest received first, puts a new fax at the top and a read one in its place', async () => {
    const cache = new InboxCache();
    const { load } = backend(3);
    const store = new InboxListStore(load, cache);
    store.setQuery({});
    store.want(0, 10);
    await settled();
    expect(store.getSnapshot().rows.map((f) => f?.id)).toEqual(['in-3', 'in-2', 'in-1']);

    cache.offer(fax(4));
    cache.offer({ ...fax(2), read: true, updatedAt: fax(2).updatedAt + 1 });
    await settled();
    const { rows, total, addedAtTop } = store.getSnapshot();
    expect(rows.map((f) => f?.id)).toEqual(['in-4', 'in-3', 'in-2', 'in-1']);
    expect(rows[2]?.read).toBe(true);
    expect([total, addedAtTop]).toEqual([4, 1]);
    store.dispose();
  });

  it('keeps a new fax out of a list filtered to unread when it arrives read', async () => {
    const cache = new InboxCache();
    const store = new InboxListStore(backend(1).load, cache);
    store.setQuery({ unread: true });
    store.want(0, 10);
    await settled();
    cache.offer(fax(9, { read: true }));
    await settled();
    expect(store.getSnapshot().rows.map((f) => f?.id)).toEqual(['in-1']);
    store.dispose();
  });
});
