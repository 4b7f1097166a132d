/**
 * The facts of one fax in its detail: when, from which number, about what, which files, how many
 * pages and tries. A fax from elsewhere has only what Telnyx tells: no files, no tries of this desk's.
 */
import type { JobSummary } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { fullTime } from './format-time';

export function JobFacts({ job, homeCountry }: { job: JobSummary; homeCountry: string | undefined }) {
  return (
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
      <dd>{formatFaxNumber(job.from, homeCountry)}</dd>
      {job.subject && (
        <>
          <dt>Subject</dt>
          <dd>{job.subject}</dd>
        </>
      )}
      {job.origin === 'desk' && (
        <>
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
        </>
      )}
      <dt>Pages</dt>
      <dd>{job.pages ?? 'Not reported by Telnyx'}</dd>
      {job.origin === 'desk' && (
        <>
          <dt>Attempts</dt>
          <dd>{job.attempts}</dd>
        </>
      )}
    </dl>
  );
}
