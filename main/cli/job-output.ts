/** How jobs look on the command line: one line each for people, stable objects for --json. */
import { explainFailure } from '../engine/outbox/failure-reasons';
import type { JobRecord } from '../engine/store/job-records';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The --json shape; field names are part of the CLI's contract with scripts. */
export function jobJson(job: JobRecord) {
  return {
    id: job.id,
    to: job.to,
    contactName: job.contactName,
    from: job.from,
    status: job.status,
    telnyxStatus: job.telnyxStatus,
    telnyxFaxId: job.telnyxFaxId,
    pages: job.pages,
    attempts: job.attempts,
    failureReason: job.failureReason,
    waitReason: job.waitReason,
    stalled: job.stalled,
    subject: job.subject,
    files: job.fileNames,
    scheduledAt: iso(job.scheduledAt),
    nextActionAt: iso(job.nextActionAt),
    createdAt: iso(job.createdAt),
    updatedAt: iso(job.updatedAt),
    lastConfirmedAt: iso(job.lastConfirmedAt),
  };
}

export const shortId = (id: string) => id.slice(0, 8);

export function jobLine(job: JobRecord): string {
  const when = new Date(job.createdAt).toISOString().replace('T', ' ').slice(0, 16);
  const telnyx = job.telnyxStatus && job.status === 'sending' ? ` (${job.telnyxStatus})` : '';
  const why = job.status === 'failed' ? ` — ${explainFailure(job.failureReason).text}` : waitText(job);
  return `${shortId(job.id)}  ${when}  ${job.to.padEnd(16)} ${String(job.pages).padStart(3)}p  ${job.status}${telnyx}${why}`;
}

function waitText(job: JobRecord): string {
  if (job.status !== 'waiting') return job.stalled ? ' — no progress for a while' : '';
  switch (job.waitReason) {
    case 'offline':
      return ' — waiting for a connection to Telnyx';
    case 'scheduled':
      return ` — scheduled for ${new Date(job.nextActionAt ?? 0).toLocaleString()}`;
    case 'redial':
      return ` — redialling at ${new Date(job.nextActionAt ?? 0).toLocaleTimeString()}`;
    case 'rate_limited':
      return ' — Telnyx asked to slow down';
    case 'account':
      return ' — waiting for a working Telnyx account';
    default:
      return '';
  }
}
