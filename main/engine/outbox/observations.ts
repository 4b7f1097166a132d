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

/** One observation being applied: the job, what Telnyx said, and when it was heard. */
interface Observation extends ObservationContext {
  job: JobRecord;
  fax: TelnyxFax;
  status: string | null;
  at: number;
}

/** Applies one observation of the job's current fax. Returns the job as it now stands. */
export function applyObservation(context: ObservationContext, job: JobRecord, fax: TelnyxFax): JobRecord {
  const observation: Observation = { ...context, job, fax, status: fax.status ?? null, at: context.now() };
  if (!fax.id || fax.id !== job.telnyxFaxId || job.status !== 'sending') return job;
  if (telnyxRank(observation.status) <= telnyxRank(job.telnyxStatus)) return confirmUnchanged(observation);
  const attemptId = context.store.latestAttempt(job.id)?.id ?? null;
  return isTelnyxFinal(observation.status)
    ? recordFinal(observation, attemptId)
    : recordProgress(observation, attemptId);
}

/** Nothing new (an older, duplicate or out-of-order status): Telnyx still has the fax, and the next poll is set. */
function confirmUnchanged({ store, policy, job, at }: Observation): JobRecord {
  return store.updateJob(job.id, { lastConfirmedAt: at, nextActionAt: at + pollDelay(policy, job, at) });
}

function recordProgress({ store, policy, job, status, at }: Observation, attemptId: string | null): JobRecord {
  return store.updateJob(
    job.id,
    { telnyxStatus: status, lastConfirmedAt: at, progressAt: at, stalled: false, nextActionAt: at + policy.pollMinMs },
    { detail: PROGRESS_TEXT[status ?? ''] ?? `Telnyx status: ${status ?? 'unknown'}.`, attemptId },
  );
}

/** A final status closes the attempt, then the job: delivered, or failed (and perhaps to be redialled). */
function recordFinal(observation: Observation, attemptId: string | null): JobRecord {
  const { store, fax, status } = observation;
  const delivered = status === 'delivered';
  const failureReason = delivered ? null : (fax.failure_reason ?? null);
  if (attemptId) store.updateAttempt(attemptId, { phase: 'final', telnyxStatus: status, failureReason });
  return delivered ? recordDelivery(observation, attemptId) : recordFailure(observation, failureReason, attemptId);
}

function recordDelivery({ store, job, fax, status, at }: Observation, attemptId: string | null): JobRecord {
  const reported = typeof fax.page_count === 'number' ? fax.page_count : null;
  const pages = reported ?? job.pages;
  return store.updateJob(
    job.id,
    {
      // A fax from elsewhere may have no document to count: Telnyx's count stands for it.
      ...(job.origin === 'elsewhere' && reported !== null ? { telnyxPages: reported } : {}),
      status: 'delivered',
      telnyxStatus: status,
      failureReason: null,
      waitReason: null,
      lastConfirmedAt: at,
      progressAt: at,
      stalled: false,
      nextActionAt: null,
    },
    { detail: pages === null ? 'Delivered.' : `Delivered (${pages} ${pages === 1 ? 'page' : 'pages'}).`, attemptId },
  );
}

/** A failed fax ends cancelled (when that is what stopped it), waits for a redial, or fails for good. */
function recordFailure(
  { store, policy, job, status, at }: Observation,
  reason: string | null,
  attemptId: string | null,
) {
  const explanation = explainFailure(reason);
  const base = { telnyxStatus: status, failureReason: reason, lastConfirmedAt: at, progressAt: at, stalled: false };
  if (job.cancelRequested || reason === 'sender_canceled' || reason === 'user_canceled') {
    return store.updateJob(
      job.id,
      { ...base, status: 'cancelled', nextActionAt: null, waitReason: null },
      { detail: 'Cancelled: Telnyx stopped the fax.', attemptId },
    );
  }
  // Only this desk's own faxes are redialled: one sent from elsewhere is followed, never sent.
  if (explanation.redial && job.origin === 'desk' && job.attempts < policy.redialAttempts) {
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
  const tries = `${job.attempts} ${job.attempts === 1 ? 'attempt' : 'attempts'}`;
  const tail = explanation.redial && job.origin === 'desk' ? ` Gave up after ${tries}.` : '';
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
