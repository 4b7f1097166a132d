/** The inbox list, kept live through the page's inbox cache (history's use-fax-list.ts). */
import type { ReceivedFaxSummary } from '../../../../preload/contract';
import { useInboxCache } from '../../data/InboxCacheProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { useFaxList } from '../history/use-fax-list';
import { InboxListStore } from './inbox-list-store';
import type { InboxQuery } from './inbox-query';

export function useInboxList(query: InboxQuery) {
  const cache = useInboxCache();
  return useFaxList<ReceivedFaxSummary, InboxQuery, InboxListStore>(
    () => new InboxListStore((request) => unwrap(faxdesk().inbox.list(request)), cache),
    query,
  );
}
