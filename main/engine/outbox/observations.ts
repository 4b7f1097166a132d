/**
 * Applying what Telnyx says about a fax to its job. Status only moves forward: an older,
 * duplicate or out-of-order observation refreshes "last confirmed" and nothing else. A final
 * failure that dialling again can fix becomes a redial, by policy.
 */
import type { JobStore } from '../store/job-store';
import type { JobRecord } from '../store/job-records';
import type { TelnyxFax } from '../telnyx/shapes';
import { explainFailure } from './failure-reasons';
import { isTelnyxFinal, telnyxRank } from './telnyx-status';
import type { OutboxPolicy } from './policy';

const PROGRESS_TEXT: Record<string, string> = {
  queued: 'Telnyx accepted the fax and queued it.',
  'media.processed': 'Telnyx prepared the document for sending.',
  originated: 'Dialling the fax number.',
  sending: 'Connected: sending pages.',
};

export interface ObservationContext {
  store: JobStore;
  policy: OutboxPolicy;
  now: () => number;
}

/** Applies one observation of the job's current fax. Returns the job as it now stands. */
export function applyObservation(context: ObservationContext, job: JobRecord, fax: TelnyxFax): JobRecord {
  const { store, policy, now } = context;
  const at = now();
  const status = fax.status ?? null;
  if (!fax.id || fax.id !== job.telnyxFaxId || job.status !== 'sending') return job;

  if (telnyxRank(status) <= telnyxRank(job.telnyxStatus)) {
    return store.updateJob(job.id, { lastConfirmedAt: at, nextActionAt: at + pollDelay(policy, job, at) });
  }

  const attempt = store.latestAttempt(job.id);
  if (!isTelnyxFinal(status)) {
    return store.updateJob(
      job.id,
      {
        telnyxStatus: status,
        lastConfirmedAt: at,
        progressAt: at,
        stalled: false,
        nextActionAt: at + policy.pollMinMs,
      },
      {
        detail: PROGRESS_TEXT[status ?? ''] ?? `Telnyx status: ${status ?? 'unknown'}.`,
        attemptId: attempt?.id ?? null,
      },
    );
  }

  const finishAttempt = (failureReason: string | null) => {
    if (attempt) store.updateAttempt(attempt.id, { phase: 'final', telnyxStatus: status, failureReason });
  };

  if (status === 'delivered') {
    finishAttempt(null);
    const pages = typeof fax.page_count === 'number' ? fax.page_count : job.pages;
    return store.updateJob(
      job.id,
      {
        status: 'delivered',
        telnyxStatus: status,
        failureReason: null,
        waitReason: null,
        lastConfirmedAt: at,
        progressAt: at,
        stalled: false,
        nextActionAt: null,
      },
      { detail: `Delivered (${pages} ${pages === 1 ? 'page' : 'pages'}).`, attemptId: attempt?.id ?? null },
    );
  }

  // failed
  const reason = fax.failure_reason ?? null;
  finishAttempt(reason);
  const explanation = explainFailure(reason);
  const base = { telnyxStatus: status, failureReason: reason, lastConfirmedAt: at, progressAt: at, stalled: false };
  const attemptId = attempt?.id ?? null;

  if (job.cancelRequested || reason === 'sender_canceled' || reason === 'user_canceled') {
    return store.updateJob(
      job.id,
      { ...base, status: 'cancelled', nextActionAt: null, waitReason: null },
      { detail: 'Cancelled: Telnyx stopped the fax.', attemptId },
    );
  }
  if (explanation.redial && job.attempts < policy.redialAttempts) {
    const next = at + policy.redialDelayMs;
    return store.updateJob(
      job.id,
      { ...base, status: 'waiting', waitReason: 'redial', redials: job.redials + 1, nextActionAt: next },
      {
        detail: `${explanation.text} Trying again at ${clock(next)}, attempt ${job.attempts + 1} of ${policy.redialAttempts}.`,
        attemptId,
      },
    );
  }
  const tail = explanation.redial ? ` Gave up after ${job.attempts} attempts.` : '';
  return store.updateJob(
    job.id,
    { ...base, status: 'failed', nextActionAt: null, waitReason: null },
    { detail: `${explanation.text}${tail}`, attemptId },
  );
}

/**
 * Time to the next poll of an in-flight fax: soon after the status last moved, then less
 * often the longer nothing happens, never more than pollMaxMs.
 */
export function pollDelay(policy: OutboxPolicy, job: JobRecord, at: number): number {
  const quiet = at - (job.progressAt ?? job.updatedAt);
  return Math.min(policy.pollMaxMs, Math.max(policy.pollMinMs, Math.round(quiet / 4)));
}

function clock(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}
