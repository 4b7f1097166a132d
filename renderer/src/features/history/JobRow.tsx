/**
 * One fax in the list: when, to whom (and what), pages, state, attempts. Rows are placed by
 * the virtualiser; a row whose page has not arrived yet says so.
 */
import { memo } from 'react';
import type { JobSummary } from '../../../../preload/contract';
import { shownNumber } from './shown-number';
import { fullTime, isoTime, listTime } from './format-time';
import { statusNote } from './job-text';
import { StatusChip } from './StatusChip';
import { SandboxTag } from '../../components/SandboxMarker';

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
}

export const JobRow = memo(function JobRow({ job, index, top, height, tabStop, selected, onActivate }: JobRowProps) {
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
        <div role="gridcell" aria-colspan={5} className="job-cell">
          Loading…
        </div>
      </div>
    );
  }

  const note = statusNote(job);
  const secondary = [job.contactName, job.subject ?? job.files.join(', ')].filter(Boolean).join(' · ');
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
        <span className="job-number">{shownNumber(job.to)}</span>
        {secondary && <span className="job-secondary">{secondary}</span>}
      </div>
      <div role="gridcell" className="job-cell job-cell-number">
        {job.pages}
      </div>
      <div role="gridcell" className="job-cell job-cell-status">
        <StatusChip status={job.status} />
        {(note || job.sandbox) && (
          <span className="job-secondary">
            {job.sandbox && <SandboxTag />}
            {note}
          </span>
        )}
      </div>
      <div role="gridcell" className="job-cell job-cell-number">
        {job.attempts}
      </div>
    </div>
  );
});
