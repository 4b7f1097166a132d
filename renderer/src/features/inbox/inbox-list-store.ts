/**
 * The inbox list's store: the shared FaxListStore (data/fax-list-store.ts) over inbox:list
 * pages and the page's inbox cache, newest received first, with the inbox's filters.
 */
import type { ReceivedFaxPage, ReceivedFaxSummary } from '../../../../preload/contract';
import { FaxListStore, type FaxListSnapshot, type FaxPageRequest } from '../../data/fax-list-store';
import { InboxCache } from '../../data/inbox-cache';
import { matchesInboxQuery, wordsJustRead, type InboxQuery } from './inbox-query';

export type InboxPageRequest = FaxPageRequest<InboxQuery>;
export type InboxListSnapshot = FaxListSnapshot<ReceivedFaxSummary>;

export class InboxListStore extends FaxListStore<ReceivedFaxSummary, InboxQuery> {
  constructor(loadPage: (request: InboxPageRequest) => Promise<ReceivedFaxPage>, cache = new InboxCache()) {
    super({
      loadPage: async (request) => {
        const { faxes, total } = await loadPage(request);
        return { items: faxes, total };
      },
      cache,
      matches: matchesInboxQuery,
      mayNowMatch: wordsJustRead,
      orderOf: (fax) => fax.receivedAt,
    });
  }
}
