/**
 * The line a delivered fax's detail leads with — "Delivered 3:33:05 PM · 4 of 4 pages" — from
 * the moment Telnyx reported it delivered (the timeline's own step), so a receptionist can
 * point to when it arrived rather than to when it was created. Delivered means Telnyx sent
 * every page, so the pages are the fax's own count.
 */
import type { JobEvent, JobSummary } from '../../../../preload/contract';
import { isSameDay, stepTimeOnDay } from './format-time';

/** Null unless the fax is delivered and its timeline has the delivery step. */
export function deliveryProof(job: JobSummary, events: JobEvent[] | null, now: number = Date.now()): string | null {
  if (job.status !== 'delivered' || !events) return null;
  const delivered = events.findLast((event) => event.status === 'delivered');
  if (!delivered) return null;
  const when = stepTimeOnDay(delivered.at, !isSameDay(delivered.at, now));
  // A fax from elsewhere may have no page count from Telnyx.
  if (job.pages === null) return `Delivered ${when}`;
  const pages = `${job.pages} of ${job.pages} ${job.pages === 1 ? 'page' : 'pages'}`;
  return `Delivered ${when} · ${pages}`;
}

/**
 * When Telnyx last said where the fax stands. An unconfirmed fax is one Telnyx never confirmed,
 * so its line says when Faxdesk last heard from Telnyx, not that it was confirmed.
 */
export function confirmationLine(job: JobSummary, when: (at: number) => string): string {
  if (job.status === 'unconfirmed') {
    return job.lastConfirmedAt
      ? `Last heard from Telnyx about this fax at ${when(job.lastConfirmedAt)}; it never confirmed the fax went out.`
      : 'Telnyx never confirmed it had this fax.';
  }
  return job.lastConfirmedAt
    ? `Last confirmed with Telnyx at ${when(job.lastConfirmedAt)}.`
    : 'Not confirmed with Telnyx yet.';
}
