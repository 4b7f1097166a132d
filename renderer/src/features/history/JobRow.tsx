/**
 * One fax in the list: when, to whom (the name first, then the number, and what), pages, and
 * its state with the tries it took, marked when it was sent from elsewhere on the account. Rows are placed by the virtualiser; a row whose page has
 * not arrived yet says so.
 */
import { memo } from 'react';
import type { JobSummary } from '../../../../preload/contract';
import { recipientName, shownNumber } from './shown-number';
import { fullTime, isoTime, listTime } from './format-time';
import { ElsewhereTag } from './ElsewhereTag';
import { gridRowProps, LoadingRow, StatusCell, type GridRowPlace } from './grid-row';
import { COLUMN_COUNT } from './JobListHeader';
import { statusBadge } from './status-badge';
import { StatusBadge } from './StatusBadge';

export interface JobRowProps extends GridRowPlace {
  job: JobSummary | undefined;
  /** Open in the detail. */
  selected: boolean;
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
  const common = gridRowProps('data-job-row', { index, top, height, tabStop, onActivate });
  if (!job) return <LoadingRow rowProps={common} columns={COLUMN_COUNT} />;

  const badge = statusBadge(job, redialAttempts);
  const number = shownNumber(job.to, homeCountry);
  const about = job.subject ?? job.files.join(', ');
  const name = recipientName(job);
  const secondary = [name ? number : null, about].filter(Boolean).join(' · ');
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
        <span className="job-number">{name ?? number}</span>
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
      <StatusCell chip={<StatusBadge badge={badge} job={job} />} note={badge.note} sandbox={job.sandbox} />
    </div>
  );
});
