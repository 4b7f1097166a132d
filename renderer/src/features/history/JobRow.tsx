/**
 * One fax in the list: when, to whom (the name first, then the number, and what), pages, and
 * its state with the tries it took, marked when it was sent from elsewhere on the account. Rows are placed by the virtualiser; a row whose page has
 * not arrived yet says so.
 */
import { memo } from 'react';
import type { JobSummary } from '../../../../preload/contract';
import { shownNumber } from './shown-number';
import { fullTime, isoTime, listTime } from './format-time';
import { SandboxTag } from '../../components/SandboxMarker';
import { ElsewhereTag } from './ElsewhereTag';
import { COLUMN_COUNT } from './JobListHeader';
import { statusBadge } from './status-badge';
import { StatusBadge } from './StatusBadge';

export interface JobRowProps {
  job: JobSummary | undefined;
  index: number;
  top: number;
  height: number;
  /** The row Tab lands on; the arrow keys move it. */
  tabStop: boolean;
  /** Open in the detail. */
  selected: boolean;
  onActivate: (index: number, open: boolean) => void;
  /** The redial setting, for "retry 2 of 3"; null while unknown. */
  redialAttempts: number | null;
  /** The person's own country: its numbers are shown in national format. */
  homeCountry: string | undefined;
}

export const JobRow = memo(function JobRow({
  job,
  index,
  top,
  height,
  tabStop,
  selected,
  onActivate,
  redialAttempts,
  homeCountry,
}: JobRowProps) {
  const common = {
    role: 'row',
    'data-job-row': '',
    'data-index': index,
    'aria-rowindex': index + 2, // the header is row 1
    tabIndex: tabStop ? 0 : -1,
    style: { transform: `translateY(${top}px)`, height },
    onFocus: () => onActivate(index, false),
  } as const;

  if (!job) {
    return (
      <div {...common} className="job-row job-row-loading" aria-busy="true">
        <div role="gridcell" aria-colspan={COLUMN_COUNT} className="job-cell">
          Loading…
        </div>
      </div>
    );
  }

  const badge = statusBadge(job, redialAttempts);
  const number = shownNumber(job.to, homeCountry);
  const about = job.subject ?? job.files.join(', ');
  const secondary = [job.contactName ? number : null, about].filter(Boolean).join(' · ');
  return (
    <div
      {...common}
      className="job-row"
      aria-selected={selected}
      data-job-id={job.id}
      onClick={() => onActivate(index, true)}
    >
      <div role="gridcell" className="job-cell job-cell-time">
        <time dateTime={isoTime(job.createdAt)} title={fullTime(job.createdAt)}>
          {listTime(job.createdAt)}
        </time>
      </div>
      <div role="gridcell" className="job-cell job-cell-recipient">
        <span className="job-number">{job.contactName ?? number}</span>
        {(secondary || job.origin === 'elsewhere') && (
          <span className="job-secondary">
            {job.origin === 'elsewhere' && <ElsewhereTag />}
            {secondary}
          </span>
        )}
      </div>
      <div role="gridcell" className="job-cell job-cell-number">
        {job.pages ?? '–'}
      </div>
      <div role="gridcell" className="job-cell job-cell-status">
        <StatusBadge badge={badge} job={job} />
        {(badge.note || job.sandbox) && (
          <span className="job-secondary job-status-note">
            {job.sandbox && <SandboxTag />}
            {badge.note}
          </span>
        )}
      </div>
    </div>
  );
});
