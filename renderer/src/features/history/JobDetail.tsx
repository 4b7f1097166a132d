/**
 * One fax in full, beside the list: where it stands and what Faxdesk will do next, its
 * timeline, files and pages, when Telnyx last confirmed it, and what can be done about it.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { JobSummary } from '../../../../preload/contract';
import { useSettings } from '../../data/SettingsProvider';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { confirmationLine, deliveryProof } from './delivery-proof';
import { whenTime } from './format-time';
import { DeleteFromHistory } from './DeleteFromHistory';
import { DetailHeader } from './DetailHeader';
import { JobActionButtons } from './JobActionButtons';
import { SaveReport } from '../reports/SaveReport';
import { JobFacts } from './JobFacts';
import { SandboxTag } from '../../components/SandboxMarker';
import { ELSEWHERE_EXPLANATION } from '../../../../domain/job-origin';
import { ElsewhereTag } from './ElsewhereTag';
import { canDelete, nextStep } from './job-text';
import { statusBadge } from './status-badge';
import { StatusBadge } from './StatusBadge';
import { recipientName } from './shown-number';
import { Timeline } from './Timeline';
import { useJobActions } from './use-job-actions';
import { useJobDetail } from './use-job-detail';

export function JobDetail({
  initial,
  focusRequest,
  onClose,
  onDeleted,
}: {
  /** The fax as the list has it, shown until its detail arrives. */
  initial: JobSummary;
  /** Changes when the detail should take the keyboard focus (opened with Enter); 0 for never. */
  focusRequest: number;
  onClose: () => void;
  /** The fax was deleted from history. */
  onDeleted: (id: string) => void;
}) {
  const { job, events, error: loadError } = useJobDetail(initial);
  const actions = useJobActions(initial.id);
  // The redial setting, to say "attempt 2 of 3", and the country whose numbers are shown at home.
  const settings = useSettings();
  const redialAttempts = settings?.redialAttempts ?? null;
  const homeCountry = settings?.defaultCountry;
  const number = formatFaxNumber(job.to, homeCountry);
  const name = recipientName(job);
  const badge = statusBadge(job, redialAttempts);
  const proof = deliveryProof(job, events);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <aside className="job-detail" aria-labelledby="job-detail-title" onKeyDown={onKeyDown}>
      <DetailHeader id="job-detail-title" headingRef={headingRef} title={`Fax to ${name ?? number}`} onClose={onClose}>
        {name && <p className="job-detail-contact">{number}</p>}
      </DetailHeader>

      <div className={`job-detail-state fax-state-${badge.kind}`}>
        <StatusBadge badge={badge} job={job} />
        {job.origin === 'elsewhere' && <ElsewhereTag />}
        {job.sandbox && <SandboxTag />}
        {proof && (
          <p className="job-detail-proof" data-testid="job-delivery-proof">
            {proof}
          </p>
        )}
        {/* The proof line says what "Delivered: 4 pages went through." would, with the time. */}
        {!proof && (
          <p className="job-detail-next" data-testid="job-next-step">
            {nextStep(job, redialAttempts)}
          </p>
        )}
        <p className="job-detail-confirmed">{confirmationLine(job, whenTime)}</p>
        {job.origin === 'elsewhere' && (
          <p className="job-detail-elsewhere" data-testid="job-elsewhere-note">
            {ELSEWHERE_EXPLANATION} It cannot be cancelled or sent again from here.
          </p>
        )}
      </div>

      <JobActionButtons job={job} actions={actions} />
      <SaveReport key={job.id} faxId={job.id} />
      {(actions.error ?? loadError) && (
        <p role="alert" className="error job-detail-error">
          {actions.error ?? loadError}
        </p>
      )}

      <JobFacts job={job} homeCountry={homeCountry} />

      <section className="job-detail-timeline" aria-labelledby="job-timeline-title">
        <h4 id="job-timeline-title">Timeline</h4>
        {events ? <Timeline events={events} /> : !loadError && <p aria-busy="true">Loading…</p>}
      </section>
      {canDelete(job) && <DeleteFromHistory job={job} onDeleted={onDeleted} />}
    </aside>
  );
}
