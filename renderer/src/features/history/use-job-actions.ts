/**
 * What can be done to one fax from its detail: cancel it, send it again (an unconfirmed fax
 * only after a deliberate second step, as it may already have arrived), open its document.
 * The answer to cancel and send again goes into the page's job cache, which shows it everywhere.
 */
import { useState } from 'react';
import type { JobSummary } from '../../../../preload/contract';
import { useJobCache } from '../../data/JobCacheProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';

export function useJobActions(id: string) {
  const cache = useJobCache();
  const action = useAsyncAction();
  const [confirming, setConfirming] = useState(false);

  const perform = async (call: () => Promise<JobSummary>) => {
    const changed = await action.run(call);
    if (!changed) return;
    setConfirming(false);
    cache.offer(changed);
  };

  return {
    busy: action.busy,
    error: action.error,
    confirming,
    setConfirming,
    cancel: () => perform(() => unwrap(faxdesk().jobs.cancel(id))),
    resend: () => perform(() => unwrap(faxdesk().jobs.resend(id))),
    // The main process opens a read-only copy in the computer's PDF viewer; only a failure shows here.
    openDocument: () => action.run(() => unwrap(faxdesk().jobs.openDocument(id))),
  };
}

export type JobActions = ReturnType<typeof useJobActions>;
