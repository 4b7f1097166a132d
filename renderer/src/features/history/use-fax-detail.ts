/**
 * One fax with what its detail adds (the timeline, for a received fax the words a search
 * matched), for history and the inbox alike. The fax itself is read from the page's cache of
 * that kind, like the list's rows, so the two always show the same version; the detail is
 * fetched when it opens and again whenever the fax changes. Keyed by id: mount it per fax.
 */
import { useCallback, useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import type { CachedFax, FaxCache, FaxChange } from '../../data/fax-cache';

/** A burst of changes (dialling, sending, delivered) fetches the detail once. */
const DETAIL_SETTLE_MS = 80;

export function useFaxDetail<T extends CachedFax, D>({
  cache,
  initial,
  fetchDetail,
  faxOf,
}: {
  cache: FaxCache<T>;
  /** The fax as the list has it, shown until its detail arrives. */
  initial: T;
  fetchDetail: (id: string) => Promise<D>;
  faxOf: (detail: D) => T;
}) {
  const { id } = initial;
  const [detail, setDetail] = useState<D | null>(null);
  const [error, setError] = useState<string | null>(null);

  const subscribe = useCallback(
    (listener: () => void) =>
      cache.subscribe((change) => {
        if (concerns(change, id)) listener();
      }),
    [cache, id],
  );
  // The list's version is in the cache already; `initial` covers a fax the cache has let go.
  const fax = useSyncExternalStore(subscribe, () => cache.get(id) ?? initial);
  // The fetch may change with the search it was opened from; the latest is used, without refetching for it.
  const fetchLatest = useEffectEvent((faxId: string) => fetchDetail(faxId));
  const faxOfLatest = useEffectEvent((loaded: D) => faxOf(loaded));

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The version this detail itself offered: the cache telling it back is not a change to fetch for.
    let offered: T | undefined;
    const load = () =>
      fetchLatest(id).then(
        (loaded) => {
          if (!live) return;
          offered = cache.offer(faxOfLatest(loaded));
          setDetail(loaded);
          setError(null);
        },
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    void load();
    const off = cache.subscribe((change) => {
      if (change.kind !== 'updated' || change.job.id !== id || change.job === offered) return;
      clearTimeout(timer);
      timer = setTimeout(() => void load(), DETAIL_SETTLE_MS);
    });
    return () => {
      live = false;
      off();
      clearTimeout(timer);
    };
  }, [cache, id]);

  return { fax, detail, error };
}

const concerns = <T extends CachedFax>(change: FaxChange<T>, id: string) =>
  (change.kind === 'updated' ? change.job.id : change.id) === id;
