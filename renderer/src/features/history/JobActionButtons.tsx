/**
 * The detail's buttons: Cancel, Send again (with its second step for an unconfirmed fax, which
 * may already have arrived), Open document (when Faxdesk has it: a fax from elsewhere may not).
 */
import { useEffect, useRef } from 'react';
import type { JobSummary } from '../../../../preload/contract';
import { canCancel, canSendAgain } from './job-text';
import type { JobActions } from './use-job-actions';

export function JobActionButtons({ job, actions }: { job: JobSummary; actions: JobActions }) {
  const { busy, confirming, setConfirming } = actions;
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <>
      <div className="actions job-detail-actions">
        {canCancel(job) && (
          <button type="button" onClick={() => void actions.cancel()} disabled={busy}>
            Cancel this fax
          </button>
        )}
        {canSendAgain(job) && job.status !== 'unconfirmed' && (
          <button type="button" className="primary" onClick={() => void actions.resend()} disabled={busy}>
            Send again
          </button>
        )}
        {job.status === 'unconfirmed' && !confirming && (
          <button type="button" onClick={() => setConfirming(true)} disabled={busy}>
            Send again…
          </button>
        )}
        {job.hasDocument && (
          <button type="button" onClick={() => void actions.openDocument()} disabled={busy}>
            Open document
          </button>
        )}
      </div>
      {!job.hasDocument && (
        <p className="job-detail-no-document" data-testid="job-no-document">
          No document: Telnyx gave no copy of this fax, so Faxdesk has none to show.
        </p>
      )}
      {job.status === 'unconfirmed' && confirming && (
        <div
          ref={confirmRef}
          className="job-detail-confirm"
          role="group"
          aria-labelledby="job-confirm-text"
          tabIndex={-1}
        >
          <p id="job-confirm-text">
            This fax may already have arrived. Send it again only if the recipient says they did not get it.
          </p>
          <div className="actions">
            <button type="button" className="primary danger" onClick={() => void actions.resend()} disabled={busy}>
              Yes, send it again
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
              Don’t send
            </button>
          </div>
        </div>
      )}
    </>
  );
}
