/**
 * The inbox list with a search: the words on a fax's pages are read in the background, so a fax
 * that did not match when the list was loaded may match once they are. The list asks the engine
 * again then — and only then, not for every change to a fax it does not show.
 */
import { describe, expect, it } from 'vitest';
import type { ReceivedFaxPage, ReceivedFaxSummary } from '../../../preload/contract';
import { InboxCache } from '../../../renderer/src/data/inbox-cache';
import { InboxListStore, type InboxPageRequest } from '../../../renderer/src/features/inbox/inbox-list-store';
import { receivedSummary } from './received-summary';

/** Finds a fax by the words on its pages once they are indexed, like the engine. */
function engine(faxes: ReceivedFaxSummary[], words: Record<string, string>) {
  const requests: InboxPageRequest[] = [];
  const load = (request: InboxPageRequest): Promise<ReceivedFaxPage> => {
    requests.push(request);
    const found = faxes.filter(
      (fax) => !request.search || (fax.textIndexed && (words[fax.id] ?? '').includes(request.search)),
    );
    return Promise.resolve({ faxes: found, total: found.length });
  };
  return { requests, load };
}

describe('InboxListStore with a search', () => {
  it('asks again when a fax’s words have just been read, and finds it', async () => {
    const invoice = receivedSummary({ id: 'in-1', textIndexed: false, updatedAt: 1 });
    const faxes = [invoice];
    const server = engine(faxes, { 'in-1': 'invoice 4471' });
    const cache = new InboxCache();
    const store = new InboxListStore(server.load, cache);
    store.setQuery({ search: 'invoice 4471' });
    await expect.poll(() => store.getSnapshot().counted).toBe(true);
    expect(store.getSnapshot().total).toBe(0);
    cache.offer(invoice);

    // Another change to it (read on another screen) says nothing new about its words.
    cache.offer({ ...invoice, read: true, updatedAt: 2 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(server.requests).toHaveLength(1);

    faxes[0] = { ...invoice, read: true, textIndexed: true, updatedAt: 3 };
    cache.offer(faxes[0]);
    await expect.poll(() => store.getSnapshot().rows[0]?.id, { timeout: 2_000 }).toBe('in-1');
    expect(server.requests).toHaveLength(2);
    store.dispose();
  });

  it('without a search, places a new fax at the top without asking again', async () => {
    const server = engine([], {});
    const cache = new InboxCache();
    const store = new InboxListStore(server.load, cache);
    store.setQuery({});
    await expect.poll(() => store.getSnapshot().counted).toBe(true);
    cache.offer(receivedSummary({ id: 'in-2', receivedAt: 5_000, textIndexed: true }));
    await expect.poll(() => store.getSnapshot().rows[0]?.id).toBe('in-2');
    expect(server.requests).toHaveLength(1);
    store.dispose();
  });
});
