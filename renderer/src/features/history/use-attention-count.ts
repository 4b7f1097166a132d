/**
 * The number of faxes needing attention (see attention-tally.ts for the rule), kept from the
 * page's one job cache; no fetching of its own. While the person looks at Outbox and history
 * (`looking`), what arrives is seen as it arrives, so the count stays at zero.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useJobCache } from '../../data/JobCacheProvider';
import { AttentionTally } from './attention-tally';

export function useAttentionCount(looking: boolean): number {
  const cache = useJobCache();
  const [tally] = useState(() => new AttentionTally(Date.now()));
  const subscribe = useCallback(
    (notify: () => void) =>
      cache.subscribe((change) => {
        if (tally.apply(change)) notify();
      }),
    [cache, tally],
  );
  const count = useSyncExternalStore(subscribe, () => tally.count);

  useEffect(() => {
    if (!looking) return;
    tally.setLooking(true, Date.now());
    // Leaving the list counts as having looked up to that moment.
    return () => tally.setLooking(false, Date.now());
  }, [tally, looking]);

  return looking ? 0 : count;
}
