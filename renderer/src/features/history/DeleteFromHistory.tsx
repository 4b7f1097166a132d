/**
 * "Delete from history", with a second step: it removes the fax's record and, unless another
 * fax of the same send uses it, its document from this computer, and cannot be undone.
 */
import { useEffect, useRef, useState } from 'react';
import type { JobSummary } from '../../../../preload/contract';
import { useJobCache } from '../../data/JobCacheProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';

export function DeleteFromHistory({ job, onDeleted }: { job: JobSummary; onDeleted: (id: string) => void }) {
  const cache = useJobCache();
  const [confirming, setConfirming] = useState(false);
  const action = useAsyncAction();
  const groupRef = useRef<HTMLDivElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) groupRef.current?.focus();
    // Back from "Keep it": the focus returns to the button that asked, not to the page.
    else if (asked.current) askRef.current?.focus();
  }, [confirming]);

  const remove = async () => {
    const done = await action.run(async () => {
      await unwrap(faxdesk().jobs.delete(job.id));
      return true;
    });
    if (!done) return;
    // Out of the list at once; the job.deleted event that follows finds nothing more to do.
    cache.delete(job.id);
    onDeleted(job.id);
  };

  return (
    <div className="job-detail-delete">
      {confirming ? (
        <div ref={groupRef} className="job-detail-confirm" role="group" aria-labelledby="job-delete-text" tabIndex={-1}>
          <p id="job-delete-text">
            Delete this fax from your history? Its record, timeline and document are removed from this computer. This
            cannot be undone.
          </p>
          <div className="actions">
            <button type="button" className="primary danger" onClick={() => void remove()} disabled={action.busy}>
              Delete
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={action.busy}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={askRef}
          type="button"
          className="link danger-link"
          onClick={() => {
            asked.current = true;
            setConfirming(true);
          }}
        >
          Delete from history…
        </button>
      )}
      {action.error && (
        <p role="alert" className="error">
          {action.error}
        </p>
      )}
    </div>
  );
}
