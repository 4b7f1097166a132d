/**
 * Finds the account's received faxes by listing them: a desktop has no public address for
 * Telnyx's webhooks. Runs inside the outbox's pass, at most every `inboxListEveryMs` (and
 * always for `faxdesk sync`), so one listing is one request whatever the account holds:
 *
 * - New faxes: `created_at > cursor − overlap`, newest first, every page. The cursor ('inbound'
 *   in sync_cursors) is the newest created_at seen, moved only once every page was read; the
 *   overlap catches a fax Telnyx lists a little after its created_at, and what it shows again
 *   is known by its Telnyx id (InboxIntake).
 * - The account's history, once: the first listing reads every received fax the account still
 *   has, `inboxHistoryPagesPerPass` pages per pass (1,000 faxes) going back in time from the
 *   newest, and goes on at later passes (and after a restart) from the oldest it reached, until
 *   the last page. New faxes are meanwhile found by the cursor, set from the first page.
 */
import type { OutboxPolicy } from '../outbox/policy';
import { backoff } from '../outbox/policy';
import type { ReceivedHistory } from '../store/received-history';
import type { SyncCursors } from '../store/sync-cursors';
import type { ListFaxesFilter, TelnyxClient } from '../telnyx/client';
import type { TelnyxFax } from '../telnyx/shapes';
import type { MonotonicClock } from '../time/monotonic-clock';
import type { InboxIntake } from './inbox-intake';

export interface InboxListingDeps {
  cursors: SyncCursors;
  history: ReceivedHistory;
  intake: InboxIntake;
  policy: Pick<
    OutboxPolicy,
    'inboxListEveryMs' | 'inboxOverlapMs' | 'inboxHistoryPagesPerPass' | 'inboxPageSize' | 'offlineRetryMaxMs'
  >;
  monotonic: MonotonicClock;
  random: () => number;
}

/** Pages of new faxes read in one listing: far more than arrive between two. */
const MOST_NEW_PAGES = 40;
const INBOUND = { direction: { eq: 'inbound' } } as const;

export class InboxListing {
  private nextAt = -Infinity;
  private failures = 0;

  constructor(private readonly deps: InboxListingDeps) {}

  /**
   * Lists when due (or `force`); returns the requests made. A listing that fails is tried
   * again with back-off; the error goes to the caller.
   */
  async list(client: TelnyxClient, force: boolean): Promise<number> {
    const { monotonic, policy, random } = this.deps;
    if (!force && monotonic() < this.nextAt) return 0;
    const requests = { count: 0 };
    try {
      const readNewest = !this.deps.history.get().finished && (await this.readHistory(client, requests));
      if (!readNewest) await this.readNew(client, requests);
      this.failures = 0;
      this.nextAt = monotonic() + policy.inboxListEveryMs;
    } catch (error) {
      this.failures++;
      const wait = backoff(this.failures, policy.inboxListEveryMs, policy.offlineRetryMaxMs, random);
      this.nextAt = monotonic() + wait;
      throw error;
    }
    return requests.count;
  }

  /** Some pages of the history; true when they began at the newest fax (the first of all). */
  private async readHistory(client: TelnyxClient, requests: { count: number }): Promise<boolean> {
    const { history, cursors, policy } = this.deps;
    const { beforeAt } = history.get();
    const filter: ListFaxesFilter =
      beforeAt === null ? INBOUND : { ...INBOUND, created_at: { lte: new Date(beforeAt).toISOString() } };
    let oldest = beforeAt;
    let newest: number | null = null;
    let finished = false;
    for (let page = 1; page <= policy.inboxHistoryPagesPerPass; page++) {
      requests.count++;
      const { faxes, totalPages } = await client.listFaxes(filter, page, policy.inboxPageSize);
      for (const at of this.take(faxes)) {
        oldest = oldest === null ? at : Math.min(oldest, at);
        newest = newest === null ? at : Math.max(newest, at);
      }
      if (page >= totalPages || faxes.length < policy.inboxPageSize) {
        finished = true;
        break;
      }
    }
    history.readTo(oldest, finished);
    if (beforeAt === null && newest !== null) cursors.advance('inbound', newest);
    return beforeAt === null;
  }

  private async readNew(client: TelnyxClient, requests: { count: number }): Promise<void> {
    const { cursors, policy } = this.deps;
    const cursor = cursors.get('inbound');
    const filter: ListFaxesFilter =
      cursor === null
        ? INBOUND
        : { ...INBOUND, created_at: { gt: new Date(cursor - policy.inboxOverlapMs).toISOString() } };
    let newest: number | null = null;
    for (let page = 1; page <= MOST_NEW_PAGES; page++) {
      requests.count++;
      const { faxes, totalPages } = await client.listFaxes(filter, page, policy.inboxPageSize);
      for (const at of this.take(faxes)) newest = newest === null ? at : Math.max(newest, at);
      if (page >= totalPages || faxes.length < policy.inboxPageSize) {
        // Every page read: nothing before the newest is left unseen.
        if (newest !== null) cursors.advance('inbound', newest);
        return;
      }
    }
  }

  /** Hands each fax to the intake; yields the created_at of each (kept or not: it was seen). */
  private *take(faxes: TelnyxFax[]): Generator<number> {
    for (const fax of faxes) {
      this.deps.intake.see(fax);
      const at = Date.parse(fax.created_at ?? '');
      if (!Number.isNaN(at)) yield at;
    }
  }
}
