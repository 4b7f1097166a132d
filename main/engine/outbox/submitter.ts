/**
 * Moving one job through submission exactly once (DESIGN.md §3).
 *
 *   waiting ──▶ attempt row (prepared) ──▶ upload (uploaded) ──▶ posting ──POST /v2/faxes──▶ submitted
 *                                                                  │ unclear answer / crash
 *                                                                  ▼
 *                                                 ambiguous ──list faxes, match client_state──▶ found: adopt
 *                                                        └── absent after the grace period ──▶ new attempt
 *                                                        └── cannot check ──▶ unconfirmed (a person decides)
 *
 * Every step is committed to SQLite before the network call it leads to, so a crash at any
 * point resumes from the last committed step; `posting` with no answer recorded is always
 * reconciled, never re-sent blindly. Reconciliation reasons in Telnyx's time, never the desk's
 * (reconcile-clock.ts), so a desk whose clock is wrong still sends each fax once.
 */
import { randomUUID } from 'node:crypto';
import type { DocumentArchive } from '../store/document-archive';
import type { AttemptRecord, JobRecord } from '../store/job-records';
import type { JobStore } from '../store/job-store';
import type { TelnyxClient } from '../telnyx/client';
import { TelnyxApiError } from '../telnyx/errors';
import type { TelnyxClock } from '../telnyx/server-clock';
import type { TelnyxFax } from '../telnyx/shapes';
import type { Connectivity } from './connectivity';
import { toFailure } from './failure';
import { applyObservation } from './observations';
import { backoff, type OutboxPolicy } from './policy';
import {
  hasFreshReading,
  judgeAbsence,
  searchSince,
  searchTime,
  telnyxTimeOfPosting,
  type SearchTime,
} from './reconcile-clock';

export interface SubmitterDeps {
  store: JobStore;
  archive: DocumentArchive;
  policy: OutboxPolicy;
  connectivity: Connectivity;
  client: () => Promise<TelnyxClient>;
  /** Telnyx's time, heard from its answers: what reconciliation reasons in. */
  telnyxClock: TelnyxClock;
  /** The desk's wall clock: timestamps and when the next step is due. */
  now: () => number;
  random: () => number;
}

/** client_state carries the attempt id, so a fax at Telnyx can always be traced to its attempt. */
export const clientStateFor = (attemptId: string) => Buffer.from(attemptId, 'utf8').toString('base64');

export class Submitter {
  constructor(private readonly deps: SubmitterDeps) {}

  /** Takes the job one or more steps further; returns it as it now stands. */
  async advance(job: JobRecord): Promise<JobRecord> {
    const { store } = this.deps;
    if (job.status === 'unconfirmed') return this.recheckUnconfirmed(job);
    if (job.status !== 'waiting' && job.status !== 'submitting') return job;

    let attempt = store.latestAttempt(job.id);
    const resumable = attempt && ['prepared', 'uploaded', 'posting', 'ambiguous'].includes(attempt.phase);
    if (job.status === 'waiting' && job.cancelRequested) return this.cancelBeforeSending(job, attempt);

    if (!resumable || !attempt) {
      if (store.inFlightCount() >= this.deps.policy.maxInFlight) {
        // Telnyx's concurrent-fax cap: look again once in-flight faxes have had time to finish.
        return store.updateJob(job.id, {
          waitReason: 'in_flight_cap',
          nextActionAt: this.deps.now() + this.deps.policy.pollMaxMs,
        });
      }
      attempt = store.startAttempt(
        job.id,
        { status: 'submitting', waitReason: null, failureReason: null, telnyxFaxId: null, telnyxStatus: null },
        { detail: 'Sending to Telnyx.' },
      );
    } else if (job.status === 'waiting') {
      store.updateJob(job.id, { status: 'submitting', waitReason: null });
    }
    return this.continueAttempt(store.require(job.id), attempt);
  }

  private async continueAttempt(job: JobRecord, attempt: AttemptRecord): Promise<JobRecord> {
    switch (attempt.phase) {
      case 'posting':
      case 'ambiguous':
        return this.reconcile(job, attempt);
      case 'prepared':
      case 'uploaded':
        if (job.cancelRequested) return this.cancelBeforeSending(job, attempt);
        return this.submit(job, attempt);
      default:
        return job;
    }
  }

  private async submit(job: JobRecord, attempt: AttemptRecord): Promise<JobRecord> {
    const { store, policy, archive, now } = this.deps;
    let client: TelnyxClient;
    try {
      client = await this.deps.client();
    } catch (error) {
      return this.waitForAccount(job, error);
    }

    if (attempt.phase === 'prepared' || !attempt.mediaName) {
      // Only this desk's own faxes are sent, and those always have their document.
      const document = job.documentId === null ? null : store.document(job.documentId);
      if (!document) throw new Error(`document ${job.documentId} of job ${job.id} is missing`);
      // A fresh name per upload: an upload lost in a crash leaves only an orphan that expires.
      const name = `faxdesk-${attempt.id}-${randomUUID().slice(0, 8)}`;
      try {
        const mediaName = await client.uploadMedia(archive.read(document.path), name, policy.mediaTtlSecs);
        attempt = store.updateAttempt(attempt.id, { phase: 'uploaded', mediaName });
      } catch (error) {
        return this.nothingSent(job, attempt, error, 'upload');
      }
    }

    // The last committed step before the fax can exist at Telnyx, dated on Telnyx's clock.
    const postedAt = await this.telnyxTimeOfPosting(client);
    attempt = store.updateAttempt(attempt.id, { phase: 'posting', postedAt });
    let fax: TelnyxFax;
    try {
      fax = await client.sendFax({
        connection_id: job.connectionId,
        from: job.from,
        to: job.to,
        quality: job.quality,
        media_name: attempt.mediaName ?? '',
        client_state: clientStateFor(attempt.id),
      });
    } catch (error) {
      const failure = toFailure(error);
      if (failure.code === null) throw failure.error;
      if (failure.telnyx?.mayHaveReachedTelnyx) {
        const unclear = store.updateAttempt(
          attempt.id,
          { phase: 'ambiguous' },
          {
            patch: { nextActionAt: now() },
            event: { detail: `No clear answer from Telnyx (${failure.message}) Checking whether the fax arrived.` },
          },
        );
        return this.reconcile(unclear.job, unclear.attempt);
      }
      return this.nothingSent(
        job,
        store.updateAttempt(attempt.id, { phase: 'uploaded', postedAt: null }),
        error,
        'send',
      );
    }
    return this.adopt(attempt, fax, 'Telnyx accepted the fax.');
  }

  /**
   * After an unclear answer: look for the fax by its client_state. Found means adopt it;
   * absent past the grace period means it was never created and a new attempt may go.
   */
  private async reconcile(job: JobRecord, attempt: AttemptRecord): Promise<JobRecord> {
    const { store, policy, now } = this.deps;
    let search: { found: TelnyxFax | null; searched: SearchTime };
    try {
      const client = await this.deps.client();
      search = await this.findByClientState(client, job, attempt);
    } catch (error) {
      return this.cannotCheck(attempt, error);
    }
    if (search.found) {
      return this.adopt(attempt, search.found, 'Found the fax at Telnyx after an unclear answer; it was sent once.');
    }
    const verdict = judgeAbsence(attempt.postedAt, search.searched, policy);
    if (verdict.kind === 'cannot_tell') return this.checkAgainOrAskAPerson(attempt, verdict.reason);
    if (verdict.kind === 'too_soon') {
      // Due again once the rest of the grace has passed at Telnyx; should the desk's clock move
      // in the meantime, the outbox keeps the wait to its length (wait-rebase.ts), and a check
      // that comes early only finds it too soon again.
      return store.updateAttempt(
        attempt.id,
        { phase: 'ambiguous' },
        { patch: { status: 'submitting', nextActionAt: now() + verdict.waitMs } },
      ).job;
    }
    return store.updateAttempt(
      attempt.id,
      { phase: 'absent' },
      {
        patch: { status: 'waiting', waitReason: 'queued', nextActionAt: now() },
        event: { detail: 'Telnyx has no record of that try, so it never went out. Sending it again.' },
      },
    ).job;
  }

  /**
   * Telnyx's time as the create leaves. The upload's answer has just told it; when there was no
   * upload in this process (resuming after a restart), a cheap read asks Telnyx first. Null when
   * it still cannot be known: the fax goes anyway, and should its answer be lost, the job ends
   * unconfirmed rather than risk a second fax.
   */
  private async telnyxTimeOfPosting(client: TelnyxClient): Promise<number | null> {
    const { telnyxClock, policy } = this.deps;
    if (!hasFreshReading(telnyxClock)) {
      // Whatever goes wrong here, the create's own answer will say it more plainly.
      await client.verifyCredentials().catch(() => undefined);
    }
    return telnyxTimeOfPosting(telnyxClock, policy);
  }

  /** Looks for the attempt's fax by its client_state, and says when (on Telnyx's clock) it looked. */
  private async findByClientState(
    client: TelnyxClient,
    job: JobRecord,
    attempt: AttemptRecord,
  ): Promise<{ found: TelnyxFax | null; searched: SearchTime }> {
    const clientState = clientStateFor(attempt.id);
    const since = searchSince(attempt.postedAt, this.deps.policy);
    const filter = {
      to: { eq: job.to },
      direction: { eq: 'outbound' as const },
      ...(since === null ? {} : { created_at: { gte: since } }),
    };
    const { telnyxClock } = this.deps;
    let searched: SearchTime = { telnyxTime: null, skewMs: null };
    // Pages run newest first: every fax created before the first page was asked for is there to see.
    const askedAt = telnyxClock.stamp();
    for (let page = 1; page <= 40; page++) {
      const { faxes, totalPages } = await client.listFaxes(filter, page, 250);
      if (page === 1) searched = searchTime(telnyxClock, askedAt);
      const match = faxes.find((fax) => fax.client_state === clientState);
      if (match) return { found: match, searched };
      if (page >= totalPages) return { found: null, searched };
    }
    throw new TelnyxApiError('telnyx_unavailable', 'Too many faxes to search through.', {
      status: null,
      mayHaveReachedTelnyx: false,
      retryAfterMs: null,
      field: null,
    });
  }

  private adopt(attempt: AttemptRecord, fax: TelnyxFax, detail: string): JobRecord {
    const { store, now } = this.deps;
    const at = now();
    const { job: submitted } = store.updateAttempt(
      attempt.id,
      { phase: 'submitted', telnyxFaxId: fax.id ?? null, telnyxStatus: 'queued', checkFailures: 0 },
      {
        patch: {
          status: 'sending',
          telnyxFaxId: fax.id ?? null,
          telnyxStatus: 'queued',
          lastConfirmedAt: at,
          progressAt: at,
          waitReason: null,
          nextActionAt: at + this.deps.policy.pollMinMs,
        },
        event: { detail },
      },
    );
    // The fax may already be further along (found late by reconciliation).
    const adopted = applyObservation(this.deps, submitted, fax);
    return adopted;
  }

  /** Nothing reached Telnyx: wait and try again, or give up if Telnyx refused for good. */
  private nothingSent(job: JobRecord, attempt: AttemptRecord, error: unknown, step: 'upload' | 'send'): JobRecord {
    const { store, policy, now, random, connectivity } = this.deps;
    const failure = toFailure(error);
    if (failure.code === null) throw failure.error;
    const at = now();
    switch (failure.code) {
      case 'rate_limited': {
        const wait = failure.telnyx?.retryAfterMs ?? backoff(1, 1000, 60_000, random);
        return store.updateJob(
          job.id,
          { status: 'waiting', waitReason: 'rate_limited', nextActionAt: at + wait + Math.round(random() * 1000) },
          { detail: 'Telnyx asked Faxdesk to slow down; the fax waits its turn.', attemptId: attempt.id },
        );
      }
      case 'offline':
      case 'telnyx_unavailable': {
        const wait = backoff(connectivity.get().failures, policy.offlineRetryMinMs, policy.offlineRetryMaxMs, random);
        const first = job.waitReason !== 'offline';
        return store.updateJob(
          job.id,
          { status: 'waiting', waitReason: 'offline', nextActionAt: at + wait },
          first ? { detail: `${failure.message} The fax waits and goes out when Telnyx can be reached.` } : undefined,
        );
      }
      case 'bad_credentials':
      case 'no_permission':
      case 'not_connected':
        return this.waitForAccount(job, failure.error);
      default: {
        store.updateAttempt(attempt.id, { phase: 'refused', failureReason: 'request_refused' });
        return store.updateJob(
          job.id,
          { status: 'failed', failureReason: 'request_refused', waitReason: null, nextActionAt: null },
          {
            detail: `Telnyx refused to ${step === 'upload' ? 'take the document' : 'send the fax'}: ${failure.message}`,
            attemptId: attempt.id,
          },
        );
      }
    }
  }

  private waitForAccount(job: JobRecord, error: unknown): JobRecord {
    const { store, policy, now } = this.deps;
    const { message } = toFailure(error);
    const first = job.waitReason !== 'account';
    return store.updateJob(
      job.id,
      { status: 'waiting', waitReason: 'account', nextActionAt: now() + policy.accountRetryMs },
      first ? { detail: `${message} The fax waits until the account works again.` } : undefined,
    );
  }

  /** Reconciliation could not run: try again a few times, then leave the decision to a person. */
  private cannotCheck(attempt: AttemptRecord, error: unknown): JobRecord {
    const failure = toFailure(error);
    if (failure.code === null) throw failure.error;
    return this.checkAgainOrAskAPerson(attempt, null);
  }

  /**
   * A check that settled nothing (Telnyx out of reach, or its answer not enough to prove the fax
   * absent): look again a few times, backing off, then mark the job unconfirmed, saying why
   * when the reason is not simply that Telnyx could not be reached.
   */
  private checkAgainOrAskAPerson(attempt: AttemptRecord, reason: string | null): JobRecord {
    const { store, policy, now, random } = this.deps;
    const failures = attempt.checkFailures + 1;
    const wait = backoff(failures, policy.offlineRetryMinMs, policy.offlineRetryMaxMs, random);
    if (failures < policy.reconcileTriesBeforeUnconfirmed) {
      return store.updateAttempt(
        attempt.id,
        { phase: 'ambiguous', checkFailures: failures },
        { patch: { nextActionAt: now() + wait } },
      ).job;
    }
    return store.updateAttempt(
      attempt.id,
      { phase: 'ambiguous', checkFailures: failures },
      {
        patch: { status: 'unconfirmed', waitReason: null, nextActionAt: now() + policy.offlineRetryMaxMs },
        event: {
          detail:
            `Faxdesk could not confirm whether this fax reached Telnyx.${reason ? ` ${reason}` : ''} ` +
            'Check with the recipient before sending it again; Faxdesk keeps checking in the background.',
        },
      },
    ).job;
  }

  /** An unconfirmed job is re-checked quietly; finding the fax resolves it, anything else waits for a person. */
  private async recheckUnconfirmed(job: JobRecord): Promise<JobRecord> {
    const { store, policy, now } = this.deps;
    const attempt = store.latestAttempt(job.id);
    if (!attempt || (attempt.phase !== 'ambiguous' && attempt.phase !== 'posting')) {
      return store.updateJob(job.id, { nextActionAt: null });
    }
    try {
      const client = await this.deps.client();
      const { found, searched } = await this.findByClientState(client, job, attempt);
      if (found) return this.adopt(attempt, found, 'Telnyx has this fax after all; it was sent once.');
      if (judgeAbsence(attempt.postedAt, searched, policy).kind === 'absent') {
        return store.updateJob(
          job.id,
          { nextActionAt: null, lastConfirmedAt: now() },
          { detail: 'Telnyx has no record of this fax: it did not go out. Use Send again to send it.' },
        );
      }
    } catch {
      // Telnyx out of reach, or no account: nothing is decided, and the next check comes later.
    }
    return store.updateJob(job.id, { nextActionAt: now() + policy.offlineRetryMaxMs });
  }

  private cancelBeforeSending(job: JobRecord, attempt: AttemptRecord | null): JobRecord {
    const { store } = this.deps;
    if (attempt && (attempt.phase === 'prepared' || attempt.phase === 'uploaded')) {
      store.updateAttempt(attempt.id, { phase: 'refused', failureReason: 'user_canceled' });
    }
    return store.updateJob(
      job.id,
      { status: 'cancelled', waitReason: null, nextActionAt: null, failureReason: null },
      { detail: 'Cancelled before it was sent.' },
    );
  }
}
