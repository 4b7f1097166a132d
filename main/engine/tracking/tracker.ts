/**
 * Follows faxes Telnyx has until they are final. Each fax is polled on its own schedule
 * (soon after its status moved, less often the longer it stays put). When many are due at
 * once, one paged list request over their created_at window replaces a request per fax.
 * A fax whose status has not moved for a long time is flagged as stalled, not left spinning.
 */
import type { Connectivity } from '../outbox/connectivity';
import { toFailure } from '../outbox/failure';
import { applyObservation, pollDelay } from '../outbox/observations';
import type { OutboxPolicy } from '../outbox/policy';
import type { JobRecord } from '../store/job-records';
import type { JobStore } from '../store/job-store';
import type { TelnyxClient } from '../telnyx/client';
import type { TelnyxFax } from '../telnyx/shapes';

export interface TrackerDeps {
  store: JobStore;
  policy: OutboxPolicy;
  connectivity: Connectivity;
  client: () => Promise<TelnyxClient>;
  now: () => number;
  /** Called with every job this pass changed. */
  changed: (job: JobRecord) => void;
}

export interface PollStats {
  requests: number;
  observed: number;
}

export class Tracker {
  constructor(private readonly deps: TrackerDeps) {}

  /** Polls the in-flight faxes that are due (all of them when `all`). */
  async poll(all = false): Promise<PollStats> {
    const { store, now } = this.deps;
    const at = now();
    const due = store.inFlight().filter((job) => all || (job.nextActionAt ?? 0) <= at);
    const stats: PollStats = { requests: 0, observed: 0 };
    if (due.length === 0) return stats;
    let client: TelnyxClient;
    try {
      client = await this.deps.client();
    } catch {
      return stats;
    }
    const remaining = due.length > this.deps.policy.listPollThreshold ? await this.pollByList(client, due, stats) : due;
    for (const job of remaining) {
      try {
        stats.requests++;
        const fax = await client.retrieveFax(job.telnyxFaxId ?? '');
        this.observe(job, fax, stats);
      } catch (error) {
        this.failedPoll(job, error);
        if (this.deps.connectivity.get().online === false) break;
      }
    }
    return stats;
  }

  /** One observation from outside the poll (e.g. right after a cancel). */
  observe(job: JobRecord, fax: TelnyxFax, stats?: PollStats): JobRecord {
    const before = this.deps.store.require(job.id);
    let after = applyObservation(this.deps, before, fax);
    after = this.flagStall(after);
    if (stats) stats.observed++;
    if (after.updatedAt !== before.updatedAt || after.status !== before.status) this.deps.changed(after);
    return after;
  }

  /** Returns the jobs the list did not cover (outside its window or page budget). */
  private async pollByList(client: TelnyxClient, due: JobRecord[], stats: PollStats): Promise<JobRecord[]> {
    const byFaxId = new Map(due.map((job) => [job.telnyxFaxId ?? '', job]));
    const oldest = Math.min(...due.map((job) => job.createdAt));
    const since = new Date(oldest - this.deps.policy.reconcileMarginMs).toISOString();
    try {
      for (let page = 1; page <= 20 && byFaxId.size > 0; page++) {
        stats.requests++;
        const { faxes, totalPages } = await client.listFaxes(
          { direction: { eq: 'outbound' }, created_at: { gte: since } },
          page,
          250,
        );
        for (const fax of faxes) {
          const job = byFaxId.get(fax.id ?? '');
          if (!job) continue;
          byFaxId.delete(fax.id ?? '');
          this.observe(job, fax, stats);
        }
        if (page >= totalPages) break;
      }
    } catch (error) {
      for (const job of due) this.failedPoll(job, error);
      return [];
    }
    return [...byFaxId.values()];
  }

  private failedPoll(job: JobRecord, error: unknown): void {
    const { store, policy, now } = this.deps;
    const failure = toFailure(error);
    if (failure.code === null) throw failure.error;
    if (failure.code === 'not_found') {
      // Deleted at Telnyx (or a sandbox that was restarted): its outcome can no longer be known.
      const updated = store.updateJob(
        job.id,
        { status: 'unconfirmed', nextActionAt: null, waitReason: null },
        { detail: 'Telnyx no longer has a record of this fax, so its outcome cannot be confirmed.' },
      );
      this.deps.changed(updated);
      return;
    }
    const wait = failure.telnyx?.retryAfterMs ?? pollDelay(policy, job, now()) * 2;
    store.updateJob(job.id, { nextActionAt: now() + Math.min(wait, policy.pollMaxMs * 5) });
  }

  private flagStall(job: JobRecord): JobRecord {
    const { store, policy, now } = this.deps;
    if (job.status !== 'sending' || job.stalled) return job;
    const quietFor = now() - (job.progressAt ?? job.updatedAt);
    if (quietFor < policy.stallAfterMs) return job;
    return store.updateJob(
      job.id,
      { stalled: true },
      {
        detail: `No progress from Telnyx for ${Math.round(quietFor / 60_000)} minutes. Faxdesk keeps checking; you can cancel it.`,
      },
    );
  }
}
