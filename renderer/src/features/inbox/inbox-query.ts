/**
 * The inbox's filters as the person sets them (unread only, status, which of the account's
 * numbers a fax came to, and words), and as `inbox:list` takes them. `matchesInboxQuery` decides
 * whether a fax that arrives live belongs in the list on screen; words on the pages are known
 * only to the engine, so with a search a new fax waits until its words are read (`wordsJustRead`),
 * and the list is then loaded again instead of guessing.
 */
import type { ReceivedFaxSummary, ReceivedStatus, RequestOf } from '../../../../preload/contract';

export type InboxQuery = Omit<RequestOf<'inbox:list'>, 'before' | 'offset' | 'limit'>;

/** What the status filter offers: "receiving" covers the call and Telnyx making its document. */
export const INBOX_STATUS_FILTERS = ['receiving', 'received', 'failed'] as const;
export type InboxStatusFilter = (typeof INBOX_STATUS_FILTERS)[number];

export interface InboxFilterState {
  unreadOnly: boolean;
  statuses: InboxStatusFilter[];
  /** The account's numbers chosen (E.164); none chosen shows every number. */
  numbers: string[];
  search: string;
}

export const NO_INBOX_FILTERS: InboxFilterState = { unreadOnly: false, statuses: [], numbers: [], search: '' };

export function isInboxFiltered(filters: InboxFilterState): boolean {
  return (
    filters.unreadOnly || filters.statuses.length > 0 || filters.numbers.length > 0 || filters.search.trim() !== ''
  );
}

export function toInboxQuery(filters: InboxFilterState): InboxQuery {
  const query: InboxQuery = {};
  if (filters.unreadOnly) query.unread = true;
  if (filters.statuses.length > 0) {
    query.status = filters.statuses.flatMap((s): ReceivedStatus[] =>
      s === 'receiving' ? ['receiving', 'media.processing'] : [s],
    );
  }
  if (filters.numbers.length > 0) query.to = [...filters.numbers];
  const search = filters.search.trim();
  if (search) query.search = search.slice(0, 200);
  return query;
}

/** Whether a fax that appeared live belongs in a list loaded with this query. */
export function matchesInboxQuery(fax: ReceivedFaxSummary, query: InboxQuery): boolean {
  if (query.unread && fax.read) return false;
  if (query.status && !query.status.includes(fax.status)) return false;
  if (query.to && !query.to.includes(fax.to)) return false;
  return !query.search;
}

/**
 * A search looks at the words on the pages, which the engine reads in the background: a fax
 * whose words have just been read may now be found, so a list with a search asks again.
 */
export function wordsJustRead(
  fax: ReceivedFaxSummary,
  previous: ReceivedFaxSummary | undefined,
  query: InboxQuery,
): boolean {
  return Boolean(query.search) && fax.textIndexed && !previous?.textIndexed;
}

/** "3 faxes", "1 unread fax matches"… for the inbox's count line. */
export function inboxCountText(count: number, filtered: boolean): string {
  if (count === 0) return filtered ? 'No faxes match' : 'No faxes received yet';
  const faxes = `${count.toLocaleString()} ${count === 1 ? 'fax' : 'faxes'}`;
  return filtered ? `${faxes} ${count === 1 ? 'matches' : 'match'}` : faxes;
}
