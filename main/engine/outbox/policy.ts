/** The outbox's timing and limits. Defaults suit real Telnyx; tests shorten the waits. */
export interface OutboxPolicy {
  /** Attempts in all for failures that dialling again can fix (DESIGN.md §3). */
  redialAttempts: number;
  redialDelayMs: number;
  /**
   * How long after an unclear create a fax that Telnyx has not listed is taken as never created.
   * Measured on Telnyx's clock (reconcile-clock.ts), so a correction of the desk's clock neither
   * shortens nor stretches it, and it survives a restart.
   */
  graceMs: number;
  /**
   * Slack on the created_at window when listing faxes to reconcile. The window is in Telnyx's
   * time already; this covers Telnyx's own servers disagreeing a little about the time.
   */
  reconcileMarginMs: number;
  /**
   * How far the desk's clock may be from Telnyx's before reconciliation stops reasoning from
   * time at all: beyond it, a fax Telnyx does not list is "cannot tell" (unconfirmed), never
   * "absent". Hours of error happen (a clock on local time taken for UTC); days mean the clock
   * or the Date header cannot be trusted.
   */
  maxClockSkewMs: number;
  /** Reconciliations that cannot run before the job is marked unconfirmed. */
  reconcileTriesBeforeUnconfirmed: number;
  /** Telnyx processes at most 2000 outbound faxes at once per account. */
  maxInFlight: number;
  /** Submissions worked on at the same time. */
  concurrency: number;
  /** Lifetime of uploaded media: long enough for queues and redials. */
  mediaTtlSecs: number;
  /** Polling of in-flight faxes: soon after progress, backing off to pollMaxMs. */
  pollMinMs: number;
  pollMaxMs: number;
  /** Above this many faxes due for a poll, one list request replaces many single ones. */
  listPollThreshold: number;
  /** A fax whose status has not moved for this long is flagged as stalled. */
  stallAfterMs: number;
  /** Back-off while Telnyx cannot be reached. */
  offlineRetryMinMs: number;
  offlineRetryMaxMs: number;
  /** How long a revoked or refused key waits before trying again. */
  accountRetryMs: number;
  /** The outbox lease (one sending process per data folder). */
  leaseMs: number;
  /** With nothing in flight, how often to check Telnyx can still be reached (for "last checked at"). */
  heartbeatMs: number;
  /**
   * How often the account's received faxes are listed: one request (a page of new faxes) per
   * listing however many faxes the account holds, so requests stay flat in their number.
   */
  inboxListEveryMs: number;
  /**
   * How far before the newest fax already seen each listing starts again: Telnyx may list a
   * fax a little after its created_at. What the overlap shows twice is known by its id.
   */
  inboxOverlapMs: number;
  /** Pages of the account's older received faxes read per pass, until all are read once. */
  inboxHistoryPagesPerPass: number;
  /** Faxes per page when listing received faxes (Telnyx's largest is 250). */
  inboxPageSize: number;
  /** Downloading one received document: a link that stalls is dropped and tried again later. */
  inboxDownloadTimeoutMs: number;
  /** Back-off between tries of a download that failed (and of deleting a fax from Telnyx). */
  inboxRetryMinMs: number;
  inboxRetryMaxMs: number;
}

export const defaultOutboxPolicy: OutboxPolicy = {
  redialAttempts: 3,
  redialDelayMs: 5 * 60_000,
  graceMs: 2 * 60_000,
  reconcileMarginMs: 5 * 60_000,
  maxClockSkewMs: 24 * 3600_000,
  reconcileTriesBeforeUnconfirmed: 5,
  maxInFlight: 2000,
  concurrency: 4,
  mediaTtlSecs: 7 * 24 * 3600,
  pollMinMs: 3_000,
  pollMaxMs: 60_000,
  listPollThreshold: 20,
  stallAfterMs: 20 * 60_000,
  offlineRetryMinMs: 5_000,
  offlineRetryMaxMs: 5 * 60_000,
  accountRetryMs: 10 * 60_000,
  leaseMs: 30_000,
  heartbeatMs: 5 * 60_000,
  inboxListEveryMs: 20_000,
  inboxOverlapMs: 10 * 60_000,
  inboxHistoryPagesPerPass: 4,
  inboxPageSize: 250,
  inboxDownloadTimeoutMs: 60_000,
  inboxRetryMinMs: 5_000,
  inboxRetryMaxMs: 30 * 60_000,
};

/** Exponential back-off with full jitter, so many clients do not retry in step. */
export function backoff(failures: number, minMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, minMs * 2 ** Math.max(0, failures));
  return Math.round(minMs + random() * Math.max(0, ceiling - minMs));
}
