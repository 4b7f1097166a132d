/**
 * One received fax with its timeline and the words of the search that its pages contain, read
 * through the page's inbox cache like the list's rows (history's use-fax-detail.ts). Opening an
 * unread fax marks it read, once, when it opens: marked unread again while open, it stays so.
 * Keyed by id: mount it per fax.
 */
import { useEffect } from 'react';
import type { ReceivedFaxDetail, ReceivedFaxSummary } from '../../../../preload/contract';
import { useInboxCache } from '../../data/InboxCacheProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { useFaxDetail } from '../history/use-fax-detail';

const faxOf = (detail: ReceivedFaxDetail) => detail.fax;

export function useInboxDetail(initial: ReceivedFaxSummary, search: string) {
  const cache = useInboxCache();
  const { fax, detail, error } = useFaxDetail({
    cache,
    initial,
    fetchDetail: (id) => unwrap(faxdesk().inbox.get(id, search.trim() || undefined)),
    faxOf,
  });

  const { id, read } = initial;
  useEffect(() => {
    if (read) return;
    unwrap(faxdesk().inbox.markRead(id, true)).then(
      (marked) => cache.offer(marked),
      () => undefined, // stays unread; the person can mark it read themselves
    );
  }, [cache, id, read]);

  return { fax, events: detail?.events ?? null, matchedWords: detail?.matchedWords ?? [], error };
}
