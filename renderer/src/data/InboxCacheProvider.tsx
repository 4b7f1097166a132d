/**
 * Gives the page its one inbox cache, fed by the main process's `inbox.updated` events from the
 * moment the page starts, and the unread count the Inbox tab shows, asked again after each change.
 */
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { faxdesk, unwrap } from '../lib/api';
import { InboxCache } from './inbox-cache';
import { UnreadCount } from './unread-count';

const InboxContext = createContext<{ cache: InboxCache; unread: UnreadCount } | null>(null);

export function InboxCacheProvider({ children }: { children: ReactNode }) {
  const [value] = useState(() => ({
    cache: new InboxCache(),
    unread: new UnreadCount(() => unwrap(faxdesk().inbox.unreadCount())),
  }));
  useEffect(() => {
    const { cache, unread } = value;
    const offEvents = faxdesk().inbox.onUpdated((fax) => void cache.offer(fax));
    // Any change told to the cache (an event, or the answer to mark read) may change the count.
    const offCache = cache.subscribe(() => unread.changed());
    unread.refresh();
    return () => {
      offEvents();
      offCache();
      unread.dispose();
    };
  }, [value]);
  return <InboxContext value={value}>{children}</InboxContext>;
}

function useInbox() {
  const value = useContext(InboxContext);
  if (!value) throw new Error('the inbox needs an InboxCacheProvider above it');
  return value;
}

export const useInboxCache = (): InboxCache => useInbox().cache;

/** Null until the main process has answered. */
export function useUnreadCount(): number | null {
  const { unread } = useInbox();
  return useSyncExternalStore(unread.subscribe, unread.getSnapshot);
}
