/**
 * One fax with its timeline, for the detail. The fax itself is read from the page's job cache,
 * like the list's rows, so the two always show the same version; the timeline is fetched with
 * `jobs:get` and again whenever the fax changes. Keyed by id: mount it per fax.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { JobEvent, JobSummary } from '../../../../preload/contract';
import { useJobCache } from '../../data/JobCacheProvider';
import type { JobChange } from '../../data/job-cache';
import { faxdesk, unwrap } from '../../lib/api';

/** A burst of changes (dialling, sending, delivered) fetches the timeline once. */
const TIMELINE_SETTLE_MS = 80;

export function useJobDetail(initial: JobSummary) {
  const cache = useJobCache();
  const { id } = initial;
  const [events, setEvents] = useState<JobEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const subscribe = useCallback(
    (listener: () => void) =>
      cache.subscribe((change) => {
        if (concerns(change, id)) listener();
      }),
    [cache, id],
  );
  // The list's version is in the cache already; `initial` covers a fax the cache has let go.
  const job = useSyncExternalStore(subscribe, () => cache.get(id) ?? initial);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The version this detail itself offered: the cache telling it back is not a change to fetch for.
    let offered: JobSummary | undefined;
    const load = () =>
      unwrap(faxdesk().jobs.get(id)).then(
        (loaded) => {
          if (!live) return;
          offered = loaded.job;
          cache.offer(loaded.job);
          setEvents(loaded.events);
          setError(null);
        },
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    void load();
    const off = cache.subscribe((change) => {
      if (change.kind !== 'updated' || change.job.id !== id || change.job === offered) return;
      clearTimeout(timer);
      timer = setTimeout(() => void load(), TIMELINE_SETTLE_MS);
    });
    return () => {
      live = false;
      off();
      clearTimeout(timer);
    };
  }, [cache, id]);

  return { job, events, error };
}

const concerns = (change: JobChange, id: string) => (change.kind === 'updated' ? change.job.id : change.id) === id;
