/**
 * The public states of a job (one fax to one recipient) and the order of Telnyx's own
 * statuses, which only ever move forward (DESIGN.md §3).
 */
export const JOB_STATUSES = [
  'waiting', // offline, scheduled, rate limited, or before a redial
  'submitting', // uploading and handing the fax to Telnyx
  'sending', // Telnyx has it: queued, media.processed, originated or sending
  'delivered',
  'failed',
  'cancelled',
  'unconfirmed', // we could not establish whether Telnyx has it; a person decides
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** States a job never leaves on its own (unconfirmed waits for a person, but may be resolved). */
export const FINAL_STATUSES: ReadonlySet<JobStatus> = new Set(['delivered', 'failed', 'cancelled']);

export type WaitReason = 'scheduled' | 'offline' | 'redial' | 'rate_limited' | 'account' | 'in_flight_cap' | 'queued';

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
