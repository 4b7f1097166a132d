/**
 * The order of Telnyx's own outbound statuses, which only ever move forward (DESIGN.md §3):
 * an observation that ranks lower than what a job already shows is old news. Faxdesk's own
 * job statuses are in domain/job-status.ts.
 */
const TELNYX_ORDER: Record<string, number> = {
  queued: 1,
  'media.processed': 2,
  originated: 3,
  sending: 4,
  delivered: 5,
  failed: 5,
};

/** Position of a Telnyx outbound status; unknown statuses rank lowest so they never overwrite. */
export function telnyxRank(status: string | null | undefined): number {
  return status ? (TELNYX_ORDER[status] ?? 0) : 0;
}

export function isTelnyxFinal(status: string | null | undefined): boolean {
  return status === 'delivered' || status === 'failed';
}

/** Telnyx statuses the cancel action accepts (API-NOTES §2). */
export function isCancellableAtTelnyx(status: string | null | undefined): boolean {
  return status === 'queued' || status === 'media.processed' || status === 'originated' || status === 'sending';
}
