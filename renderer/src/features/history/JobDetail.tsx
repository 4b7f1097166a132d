/**
 * One fax in full, beside the list: where it stands and what Faxdesk will do next, its
 * timeline, files and pages, when Telnyx last confirmed it, and what can be done about it.
 * Sending an unconfirmed fax again takes a deliberate second step: it may already have arrived.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { JobSummary } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { useAsyncAction } from '../../lib/use-async-action';
import { fullTime, whenTime } from './format-time';
import { DeleteFromHistory } from './DeleteFromHistory';
import { canCancel, canDelete, canSendAgain, chipKind, nextStep } from './job-text';
import { StatusChip } from './StatusChip';
import { Timeline } from './Timeline';
import { useJobDetail, useRedialAttempts } from './use-history-data';

export function JobDetail({
  initial,
  focusRequest,
  onClose,
  onChanged,
  onDeleted,
}: {
  /** The fax as the list has it, shown until its detail arrives. */
  initial: JobSummary;
  /** Changes when the detail should take the keyboard focus (opened with Enter); 0 for never. */
  focusRequest: number;
  onClose: () => void;
  /** An action changed the fax (the list shows it at once). */
  onChanged: (job: JobSummary) => void;
  /** The fax was deleted from history. */
  onDeleted: (id: string) => void;
}) {
  const { detail, error: loadError, applyJob } = useJobDetail(initial.id);
  const redialAttempts = useRedialAttempts();
  const action = useAsyncAction();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const job = detail && detail.job.updatedAt >= initial.updatedAt ? detail.job : initial;

  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const perform = async (call: () => Promise<JobSummary>) => {
    const changed = await action.run(call);
    if (!changed) return;
    setConfirming(false);
    applyJob(changed);
    onChanged(changed);
  };
  const cancel = () => perform(() => unwrap(faxdesk().jobs.cancel(job.id)));
  const resend = () => perform(() => unwrap(faxdesk().jobs.resend(job.id)));
  // The main process opens a read-only copy in the computer's PDF viewer; only a failure shows here.
  const openDocument = () => action.run(() => unwrap(faxdesk().jobs.openDocument(job.id)));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <aside className="job-detail" aria-labelledby="job-detail-title" onKeyDown={onKeyDown}>
      <header className="job-detail-header">
        <div>
          <h3 id="job-detail-title" ref={headingRef} tabIndex={-1}>
            Fax to {formatFaxNumber(job.to)}
          </h3>
          {job.contactName && <p className="job-detail-contact">{job.contactName}</p>}
        </div>
        <button type="button" className="job-detail-close" aria-label="Close fax details" onClick={onClose}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </header>

      <div className={`job-detail-state fax-state-${chipKind(job.status)}`}>
        <StatusChip status={job.status} />
        <p className="job-detail-next" data-testid="job-next-step">
          {nextStep(job, redialAttempts)}
        </p>
        <p className="job-detail-confirmed">
          {job.lastConfirmedAt
            ? `Last confirmed with Telnyx at ${whenTime(job.lastConfirmedAt)}.`
            : 'Not confirmed with Telnyx yet.'}
        </p>
      </div>

      <div className="actions job-detail-actions">
        {canCancel(job) && (
          <button type="button" onClick={() => void cancel()} disabled={action.busy}>
            Cancel this fax
          </button>
        )}
        {canSendAgain(job) && job.status !== 'unconfirmed' && (
          <button type="button" className="primary" onClick={() => void resend()} disabled={action.busy}>
            Send again
          </button>
        )}
        {job.status === 'unconfirmed' && !confirming && (
          <button type="button" onClick={() => setConfirming(true)} disabled={action.busy}>
            Send again…
          </button>
        )}
        <button type="button" onClick={() => void openDocument()} disabled={action.busy}>
          Open document
        </button>
      </div>
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
            <button type="button" className="primary danger" onClick={() => void resend()} disabled={action.busy}>
              Yes, send it again
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={action.busy}>
              Don’t send
            </button>
          </div>
        </div>
      )}
      {(action.error ?? loadError) && (
        <p role="alert" className="error job-detail-error">
          {action.error ?? loadError}
        </p>
      )}

      <dl className="facts job-detail-facts">
        <dt>Created</dt>
        <dd>{fullTime(job.createdAt)}</dd>
        {job.scheduledAt && (
          <>
            <dt>Scheduled</dt>
            <dd>{fullTime(job.scheduledAt)}</dd>
          </>
        )}
        <dt>From</dt>
        <dd>{formatFaxNumber(job.from)}</dd>
        {job.subject && (
          <>
            <dt>Subject</dt>
            <dd>{job.subject}</dd>
          </>
        )}
        <dt>{job.files.length === 1 ? 'File' : 'Files'}</dt>
        <dd>
          {job.files.length === 0 ? (
            'Cover page only'
          ) : (
            <ul className="job-detail-files">
              {job.files.map((file, index) => (
                <li key={`${file}-${index}`}>{file}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Pages</dt>
        <dd>{job.pages}</dd>
        <dt>Attempts</dt>
        <dd>{job.attempts}</dd>
      </dl>

      <section className="job-detail-timeline" aria-labelledby="job-timeline-title">
        <h4 id="job-timeline-title">Timeline</h4>
        {detail ? <Timeline events={detail.events} /> : !loadError && <p aria-busy="true">Loading…</p>}
      </section>
      {canDelete(job) && <DeleteFromHistory job={job} onDeleted={onDeleted} />}
    </aside>
  );
}
