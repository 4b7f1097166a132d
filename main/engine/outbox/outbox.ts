/**
 * The outbox: works every job to a final state, in this process, while it holds the outbox
 * lease. It wakes when jobs are queued, when the next job falls due, and every few seconds
 * to pick up jobs another process (the CLI, the app) queued in the same data folder.
 */
import { FaxdeskError } from '../errors';
import type { Receiver } from '../inbox/receiver';
import type { DocumentArchive } from '../store/document-archive';
import type { Db } from '../store/database';
import type { JobRecord } from '../store/job-records';
import type { JobStore } from '../store/job-store';
import { MediaRecords } from '../store/media-records';
import type { TelnyxClient } from '../telnyx/client';
import type { TelnyxClock } from '../telnyx/server-clock';
import type { MonotonicClock } from '../time/monotonic-clock';
import { Tracker } from '../tracking/tracker';
import type { Connectivity } from './connectivity';
import { toFailure } from './failure';
import { isCancellableAtTelnyx } from './telnyx-status';
import { MediaCleanup } from './media-cleanup';
import { OutboxLease } from './outbox-lease';
import { backoff, type OutboxPolicy } from './policy';
import { Submitter } from './submitter';
import { WaitRebase } from './wait-rebase';
import { FINAL_STATUSES } from '../../../domain/job-status';

export interface OutboxDeps {
  db: Db;
  store: JobStore;
  archive: DocumentArchive;
  policy: OutboxPolicy;
  connectivity: Connectivity;
  client: () => Promise<TelnyxClient>;
  /** Telnyx's time, for reconciliation (reconcile-clock.ts). */
  telnyxClock: TelnyxClock;
  /** For durations: waits keep their length when the desk's clock is set (wait-rebase.ts). */
  monotonic: MonotonicClock;
  now: () => number;
  random: () => number;
  log: (message: string, error?: unknown) => void;
  /** Receiving (inbox/receiver.ts) runs in the same pass, under the same lease and pauses. */
  receiver?: Receiver;
}

/** The longest the loop sleeps: how soon work queued by another process is noticed. */
const IDLE_WAKE_MS = 2_000;

export class Outbox {
  private readonly submitter: Submitter;
  readonly tracker: Tracker;
  private readonly lease: OutboxLease;
  private readonly mediaCleanup: MediaCleanup;
  private readonly waitRebase: WaitRebase;
  private readonly listeners = new Set<(job: JobRecord) => void>();
  private readonly deletedListeners = new Set<(id: string) => void>();
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private pass: Promise<void> | null = null;
  private again = false;
  private lastHeartbeat = 0;

  constructor(private readonly deps: OutboxDeps) {
    this.submitter = new Submitter(deps);
    this.tracker = new Tracker({ ...deps, changed: (job) => this.emit(job) });
    this.lease = new OutboxLease(deps.db, deps.policy.leaseMs, deps.now);
    this.mediaCleanup = new MediaCleanup({ ...deps, media: new MediaRecords(deps.db) });
    this.waitRebase = new WaitRebase(deps.db, deps.policy, deps.now, deps.monotonic);
  }

  onJobUpdated(listener: (job: JobRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(job: JobRecord): void {
    for (const listener of this.listeners) listener(job);
  }

  /** Runs the outbox in the background until stop(). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.pass;
    await this.mediaCleanup.stop();
    await this.deps.receiver?.stop();
    this.lease.release();
  }

  /** Asks for a pass now (jobs were queued or changed). */
  wake(): void {
    if (!this.running) return;
    if (this.pass) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pass = this.runPass().finally(() => {
      this.pass = null;
      if (!this.running) return;
      if (this.again) {
        this.again = false;
        this.wake();
      } else {
        this.schedule();
      }
    });
  }

  /**
   * One full pass, for `faxdesk sync` and tests: resume every due job, reconcile unclear
   * ones, refresh every in-flight fax, and receive (list, download, read the words). Returns
   * false when another process holds the lease.
   */
  async sync(): Promise<boolean> {
    return this.inPassSlot(async () => {
      await this.advanceDue();
      await this.tracker.poll(true);
      await this.deps.receiver?.pass(true);
      await this.mediaCleanup
        .run()
        .catch((error: unknown) => this.deps.log('Deleting uploaded documents failed.', error));
    });
  }

  /** Lists received faxes now and archives what is due; false when another process holds the lease. */
  async receive(): Promise<boolean> {
    return this.inPassSlot(async () => {
      await this.deps.receiver?.pass(true);
    });
  }

  /** Runs `work` as this process's only pass, holding the lease. */
  private async inPassSlot(work: () => Promise<void>): Promise<boolean> {
    // Passes never overlap, so no job is ever advanced twice at once in this process.
    while (this.pass) await this.pass;
    let ran = false;
    this.pass = (async () => {
      if (!this.lease.acquire()) return;
      ran = true;
      await work();
    })().finally(() => {
      this.pass = null;
      if (this.running) {
        this.again = false;
        this.wake();
      }
    });
    await this.pass;
    return ran;
  }

  /**
   * Takes the outbox lease (or renews it) unless another process holds it; true when this
   * process now holds it, and so is the one that sends.
   */
  acquireLease(): boolean {
    return this.lease.acquire();
  }

  async cancel(jobId: string): Promise<JobRecord> {
    const { store, now } = this.deps;
    const job = store.get(jobId);
    if (!job) throw new FaxdeskError('job_not_found', 'That fax is not in your history.');
    let result: JobRecord;
    switch (job.status) {
      case 'waiting':
      case 'unconfirmed':
        result = store.updateJob(
          job.id,
          { status: 'cancelled', waitReason: null, nextActionAt: null, cancelRequested: true },
          {
            detail:
              job.status === 'unconfirmed'
                ? 'Cancelled by you. If Telnyx did receive it, Faxdesk could not stop it.'
                : 'Cancelled before it was sent.',
          },
        );
        break;
      case 'submitting':
        // The submission finishes or stops at its next safe point, then the cancel applies.
        result = store.updateJob(
          job.id,
          { cancelRequested: true, nextActionAt: now() },
          { detail: 'Cancel requested.' },
        );
        break;
      case 'sending':
        result = await this.cancelAtTelnyx(job);
        break;
      default:
        throw new FaxdeskError('not_possible', `This fax is already ${job.status}; there is nothing to cancel.`);
    }
    this.emit(result);
    this.wake();
    return result;
  }

  /** "Send again": a new attempt of the same job, for failed, cancelled and unconfirmed faxes. */
  resend(jobId: string): JobRecord {
    const { store, now } = this.deps;
    const job = store.get(jobId);
    if (!job) throw new FaxdeskError('job_not_found', 'That fax is not in your history.');
    if (job.status !== 'failed' && job.status !== 'cancelled' && job.status !== 'unconfirmed') {
      throw new FaxdeskError(
        'not_possible',
        `This fax is ${job.status}; only failed, cancelled or unconfirmed faxes can be sent again.`,
      );
    }
    const attempt = store.latestAttempt(job.id);
    if (attempt && (attempt.phase === 'posting' || attempt.phase === 'ambiguous')) {
      // The person has decided: the unclear try is closed, and a new one goes out.
      store.updateAttempt(attempt.id, { phase: 'final', failureReason: 'unconfirmed' });
    }
    const result = store.updateJob(
      job.id,
      {
        status: 'waiting',
        waitReason: 'queued',
        nextActionAt: now(),
        failureReason: null,
        cancelRequested: false,
        stalled: false,
        redials: 0,
        telnyxStatus: null,
        telnyxFaxId: null,
      },
      { detail: 'Sending again, as you asked.' },
    );
    this.emit(result);
    this.wake();
    return result;
  }

  /**
   * "Delete from history": only for a fax that is finished. One that may still be sent (or may
   * have been, when unconfirmed) must be cancelled first, so nothing goes out that the history
   * no longer shows. Waits for a running pass, so no step is ever left holding a deleted job.
   */
  async remove(jobId: string): Promise<void> {
    const { store, archive } = this.deps;
    while (this.pass) await this.pass;
    const job = store.get(jobId);
    if (!job) throw new FaxdeskError('job_not_found', 'That fax is not in your history.');
    if (!FINAL_STATUSES.has(job.status)) {
      throw new FaxdeskError(
        'not_possible',
        job.status === 'unconfirmed'
          ? 'Faxdesk is still checking whether this fax went out. Cancel it first, then delete it.'
          : `This fax is still ${job.status === 'waiting' ? 'waiting to be sent' : 'being sent'}. Cancel it first, then delete it.`,
      );
    }
    const orphan = store.deleteJob(job.id);
    // The rows go first: a crash between the two leaves a stray file, never a record without its document.
    if (orphan) archive.remove(orphan.path);
    for (const listener of this.deletedListeners) listener(job.id);
  }

  onJobDeleted(listener: (id: string) => void): () => void {
    this.deletedListeners.add(listener);
    return () => this.deletedListeners.delete(listener);
  }

  private async cancelAtTelnyx(job: JobRecord): Promise<JobRecord> {
    const { store, now } = this.deps;
    if (!isCancellableAtTelnyx(job.telnyxStatus) || !job.telnyxFaxId) {
      throw new FaxdeskError('not_possible', 'Telnyx can no longer cancel this fax.');
    }
    const client = await this.deps.client();
    try {
      await client.cancelFax(job.telnyxFaxId);
    } catch (error) {
      const failure = toFailure(error);
      if (failure.code === 'invalid_parameters') {
        await this.tracker.poll(true).catch(() => undefined);
        throw new FaxdeskError('not_possible', 'Too late to cancel: Telnyx has already finished this fax.');
      }
      throw failure.error;
    }
    const updated = store.updateJob(
      job.id,
      { cancelRequested: true, nextActionAt: now() },
      { detail: 'Cancel requested; Telnyx is stopping the fax.' },
    );
    try {
      const client2 = await this.deps.client();
      return this.tracker.observe(updated, await client2.retrieveFax(job.telnyxFaxId));
    } catch {
      return updated;
    }
  }

  private async runPass(): Promise<void> {
    try {
      if (!this.lease.acquire()) return;
      if (this.deps.connectivity.waitMs() > 0) return;
      await this.advanceDue();
      await this.tracker.poll(false);
      // Listing is throttled inside; downloads and the words index run beside the pass.
      await this.deps.receiver?.pass(false);
      // Uploads of faxes now final are deleted beside the passes, never holding them up.
      this.mediaCleanup.kick();
      await this.heartbeat();
    } catch (error) {
      this.deps.log('The outbox pass failed; it will run again shortly.', error);
    }
  }

  /**
   * Keeps "online / last checked with Telnyx" true when nothing is being sent: a cheap
   * authenticated read now and then, and more often while Telnyx cannot be reached, so
   * the offline banner clears by itself when the connection returns.
   */
  private async heartbeat(): Promise<void> {
    const { connectivity, policy, now, random } = this.deps;
    const state = connectivity.get();
    const interval =
      state.online === false
        ? backoff(state.failures, policy.offlineRetryMinMs, policy.offlineRetryMaxMs, random)
        : policy.heartbeatMs;
    const at = now();
    if (at - (state.lastContactAt ?? 0) < interval || at - this.lastHeartbeat < interval) return;
    let client: TelnyxClient;
    try {
      client = await this.deps.client();
    } catch {
      return; // not connected yet: nothing to check
    }
    this.lastHeartbeat = at;
    try {
      // Its outcome, whatever it is, reaches Connectivity from the client.
      await client.verifyCredentials();
    } catch (error) {
      const failure = toFailure(error);
      if (failure.code === null) throw failure.error;
    }
  }

  /** Jobs whose time has come (scheduled sends and redials wait for theirs). */
  private async advanceDue(): Promise<void> {
    const { store, now, policy } = this.deps;
    this.waitRebase.apply();
    const due = store.due(now(), 500);
    let index = 0;
    const worker = async () => {
      while (index < due.length) {
        const job = due[index++];
        if (!job) break;
        if (this.deps.connectivity.waitMs() > 0) return;
        try {
          let result = await this.submitter.advance(job);
          if (result.status === 'sending' && result.cancelRequested && isCancellableAtTelnyx(result.telnyxStatus)) {
            result = await this.cancelAtTelnyx(result).catch(() => store.require(job.id));
          }
          this.emit(result);
        } catch (error) {
          this.deps.log(`Job ${job.id} could not move on; retrying later.`, error);
          // What the engine did not raise on purpose (a bug, a disk error) holds the job back a
          // minute, rather than fail the same way at every pass.
          if (toFailure(error).code !== null) continue;
          store.updateJob(job.id, { nextActionAt: now() + 60_000 });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, policy.concurrency) }, worker));
  }

  private schedule(): void {
    const next = this.deps.store.nextDueAt();
    const untilDue = next === null ? IDLE_WAKE_MS : next - this.deps.now();
    const delay = Math.max(this.deps.connectivity.waitMs(), Math.min(IDLE_WAKE_MS, Math.max(10, untilDue)));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.wake();
    }, delay);
    this.timer.unref?.();
  }
}
