/**
 * The history list, kept live: its store reads every fax through the page's job cache, so the
 * main process's events and the answers to actions reach it without a listener of its own.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useJobCache } from '../../data/JobCacheProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { JobListStore } from './job-list-store';
import type { ListQuery } from './job-query';

export function useJobList(query: ListQuery) {
  const cache = useJobCache();
  const [store] = useState(() => new JobListStore((request) => unwrap(faxdesk().jobs.list(request)), cache));
  // Connected again after a dispose: React may unmount and mount the same component (StrictMode does).
  useEffect(() => {
    store.connect();
    return () => store.dispose();
  }, [store]);
  // The query is compared by value: a new object with the same filters is not a new list.
  const key = JSON.stringify(query);
  useEffect(() => store.setQuery(JSON.parse(key) as ListQuery), [store, key]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { store, snapshot };
}
