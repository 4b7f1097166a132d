/**
 * The public states of a job (one fax to one recipient) and why a waiting job waits. The
 * engine moves jobs through them (DESIGN.md §3), the page and the command line show them.
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

export const WAIT_REASONS = [
  'scheduled',
  'offline',
  'redial',
  'rate_limited',
  /** The account cannot send yet (no fax application or number chosen, or the key was refused). */
  'account',
  /** As many faxes are with Telnyx as Faxdesk lets out at once; this one follows. */
  'in_flight_cap',
  /** Next in line, due now. */
  'queued',
] as const;
export type WaitReason = (typeof WAIT_REASONS)[number];
