/**
 * A list of faxes kept live (history, the inbox): its store reads every fax through the page's
 * cache of that kind, so the main process's events and the answers to actions reach it without
 * a listener of its own. The query is compared by value: a new object with the same filters is
 * not a new list.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CachedFax } from '../../data/fax-cache';
import type { FaxListStore } from '../../data/fax-list-store';

export function useFaxList<T extends CachedFax, Q extends object, S extends FaxListStore<T, Q>>(
  makeStore: () => S,
  query: Q,
) {
  const [store] = useState(makeStore);
  // Connected again after a dispose: React may unmount and mount the same component (StrictMode does).
  useEffect(() => {
    store.connect();
    return () => store.dispose();
  }, [store]);
  const key = JSON.stringify(query);
  useEffect(() => store.setQuery(JSON.parse(key) as Q), [store, key]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { store, snapshot };
}
