/**
 * Moves faxes through Telnyx's status sequences on a timer, one step every `stepMs`:
 *   outbound: queued → media.processed → originated → sending → delivered | failed
 *   inbound:  receiving → media.processing → received | failed
 * Which branch an outbound fax takes is decided when it is created (test-numbers.ts). A
 * document problem fails it straight after `queued`. A cancelled fax becomes `failed` with
 * `sender_canceled` (API-NOTES §4.1; the live API does not document the result).
 */
import type { FaxRecord, FaxStatus } from './fax-record';
import { CANCELLABLE_STATUSES } from './fax-record';
import type { Scheduler } from './scheduler';
import { isoTime } from './scheduler';
import type { LinkSigner } from './signed-links';
import type { DialScript } from './test-numbers';
import { slowSendingMs } from './test-numbers';

export const DEFAULT_STEP_MS = 1500;
/** Telnyx refuses documents over this many pages (SendFax description). */
export const MAX_PAGES = 350;

interface Step {
  status: FaxStatus;
  failureReason?: string;
  /** Shows page_count from this step on. */
  revealsPages?: boolean;
  /** Publishes the received document's media_url. */
  publishesMedia?: boolean;
  /** The inbound call has ended: shows call_duration_secs. */
  endsCall?: boolean;
  /** How long the fax stays in the previous state before this step; default one step. */
  waitMs?: (stepMs: number) => number;
}

export interface LifecycleSettings {
  stepMs: number;
  now: () => number;
  /** How long a received fax's media_url stays valid. */
  mediaUrlTtlMs: number;
}

export class FaxLifecycle {
  private stepMs = DEFAULT_STEP_MS;
  private readonly now: () => number;
  private readonly mediaUrlTtlMs: number;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly signer: LinkSigner,
    settings: LifecycleSettings,
  ) {
    this.setStepMs(settings.stepMs);
    this.now = settings.now;
    this.mediaUrlTtlMs = settings.mediaUrlTtlMs;
  }

  setStepMs(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`stepMs must be a non-negative number, got ${ms}`);
    this.stepMs = ms;
  }

  currentStepMs(): number {
    return this.stepMs;
  }

  startOutbound(record: FaxRecord, script: DialScript): void {
    this.run(record, outboundSteps(record, script));
  }

  startInbound(record: FaxRecord, failureReason: string | undefined): void {
    const last: Step = failureReason
      ? { status: 'failed', failureReason, endsCall: true }
      : { status: 'received', revealsPages: true, publishesMedia: true, endsCall: true };
    this.run(record, [{ status: 'media.processing', revealsPages: true }, last]);
  }

  /** Cancels an outbound fax in a cancellable state; returns false when its state does not allow it. */
  cancel(record: FaxRecord): boolean {
    if (record.fax.direction !== 'outbound' || !CANCELLABLE_STATUSES.has(record.fax.status)) return false;
    record.stopTimer?.();
    record.stopTimer = undefined;
    this.apply(record, { status: 'failed', failureReason: 'sender_canceled' });
    return true;
  }

  /** Issues a fresh signed media_url for a received fax (RefreshFax), valid for the fax's own lifetime if it has one. */
  refreshMediaUrl(record: FaxRecord): void {
    const ttlMs = record.mediaUrlTtlMs ?? this.mediaUrlTtlMs;
    record.fax.media_url = this.signer.inboundMediaUrl(record.fax.id, this.now() + ttlMs);
  }

  private run(record: FaxRecord, steps: Step[]): void {
    const [next, ...rest] = steps;
    if (!next) {
      record.stopTimer = undefined;
      return;
    }
    const wait = next.waitMs ? next.waitMs(this.stepMs) : this.stepMs;
    record.stopTimer = this.scheduler.after(wait, () => {
      this.apply(record, next);
      this.run(record, rest);
    });
  }

  private apply(record: FaxRecord, step: Step): void {
    const fax = record.fax;
    fax.status = step.status;
    fax.updated_at = isoTime(this.now());
    if (step.revealsPages) fax.page_count = record.pageCount;
    if (step.failureReason) {
      fax.failure_reason = step.failureReason;
      fax.internal_failure_reason = step.failureReason;
    }
    if (step.publishesMedia) this.refreshMediaUrl(record);
    if (step.endsCall && record.callDurationSecs !== undefined) fax.call_duration_secs = record.callDurationSecs;
  }
}

function outboundSteps(record: FaxRecord, script: DialScript): Step[] {
  if (!record.readable) return [{ status: 'failed', failureReason: 'file_format_invalid' }];
  if (record.pageCount > MAX_PAGES) {
    return [{ status: 'failed', failureReason: 'page_count_limit_exceeded', revealsPages: true }];
  }
  const steps: Step[] = [{ status: 'media.processed', revealsPages: true }, { status: 'originated' }];
  if (script.failure?.after === 'originated')
    return [...steps, { status: 'failed', failureReason: script.failure.reason }];
  steps.push({ status: 'sending' });
  const afterSending = script.slowSending ? { waitMs: slowSendingMs } : {};
  if (script.failure?.after === 'sending') {
    return [...steps, { status: 'failed', failureReason: script.failure.reason, ...afterSending }];
  }
  return [...steps, { status: 'delivered', ...afterSending }];
}
