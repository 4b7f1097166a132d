/** The numbers faxed lately, with their names; refreshed whenever asked, so a number used a minute ago is offered. */
import { useCallback, useEffect, useState } from 'react';
import type { RecentRecipient } from '../../../../preload/contract';
import { faxdesk } from '../../lib/api';

export function useRecentRecipients() {
  const [recents, setRecents] = useState<RecentRecipient[]>([]);
  const refresh = useCallback(() => {
    void faxdesk()
      .jobs.recentRecipients()
      .then((result) => {
        if (result.ok) setRecents(result.value);
      });
  }, []);
  useEffect(refresh, [refresh]);
  return { recents, refresh };
}
