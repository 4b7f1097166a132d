/** How jobs look on the command line: one line each for people, stable objects for --json. */
import { explainFailure } from '../engine/outbox/failure-reasons';
import { toJobView } from '../engine/outbox/job-view';
import type { JobRecord } from '../engine/store/job-records';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The --json shape (field names are part of the CLI's contract with scripts): times in ISO 8601. */
export function jobJson(job: JobRecord) {
  const view = toJobView(job);
  return {
    ...view,
    scheduledAt: iso(view.scheduledAt),
    nextActionAt: iso(view.nextActionAt),
    createdAt: iso(view.createdAt),
    updatedAt: iso(view.updatedAt),
    lastConfirmedAt: iso(view.lastConfirmedAt),
  };
}

export const shortId = (id: string) => id.slice(0, 8);

export function jobLine(job: JobRecord): string {
  const when = new Date(job.createdAt).toISOString().replace('T', ' ').slice(0, 16);
  const telnyx = job.telnyxStatus && job.status === 'sending' ? ` (${job.telnyxStatus})` : '';
  const why = job.status === 'failed' ? ` — ${explainFailure(job.failureReason).text}` : waitText(job);
  const sandbox = job.sandbox ? '  [sandbox — nothing was faxed]' : '';
  const elsewhere = job.origin === 'elsewhere' ? '  [sent from elsewhere]' : '';
  const pages = job.pages === null ? '  –' : String(job.pages).padStart(3);
  const name = job.contactName ?? job.recipientName;
  const to = name ? `${job.to} (${name})` : job.to;
  return `${shortId(job.id)}  ${when}  ${to.padEnd(16)} ${pages}p  ${job.status}${telnyx}${why}${elsewhere}${sandbox}`;
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
    case 'in_flight_cap':
      return ' — waiting for room at Telnyx (many faxes going out at once)';
    default:
      return '';
  }
}
