/**
 * Deletes each document Faxdesk uploaded to Telnyx media storage once its fax is final, so a
 * patient record does not wait out its time to live there (DESIGN.md §6).
 *
 * When: only once the JOB is final — delivered, failed for good, or cancelled. While a busy line
 * is redialled the job is waiting, not final, and its uploads stay. A fax cancelled after its
 * upload has an attempt "Send again" could resume; that attempt is closed in the same
 * transaction that checks the job is final (MediaRecords.release), so nothing ever resumes with
 * media that is being deleted.
 *
 * Never in the way: a round runs beside the outbox's passes rather than inside them, so sending
 * never waits for it; a delete that fails (offline, 5xx, refused) is tried again later with
 * back-off and never touches the fax's status; Telnyx's 404 means the media is already gone.
 * Only the process holding the outbox lease starts rounds (the outbox calls `kick` from its
 * pass), and a delete twice over is harmless.
 */
import type { MediaRecords, PendingMedia } from '../store/media-records';
import type { TelnyxClient } from '../telnyx/client';
import type { MonotonicClock } from '../time/monotonic-clock';
import type { Connectivity } from './connectivity';
import { toFailure, type Failure } from './failure';
import { backoff, type OutboxPolicy } from './policy';

export interface MediaCleanupDeps {
  media: MediaRecords;
  policy: Pick<OutboxPolicy, 'mediaTtlSecs' | 'offlineRetryMinMs' | 'offlineRetryMaxMs'>;
  connectivity: Connectivity;
  client: () => Promise<TelnyxClient>;
  /** The wall clock: when a failed delete may be tried again is kept in the records. */
  now: () => number;
  /** For the quiet spell after Telnyx could not be reached, which lives only in memory. */
  monotonic: MonotonicClock;
  random: () => number;
  log: (message: string, error?: unknown) => void;
}

export interface CleanupStats {
  deleted: number;
  alreadyGone: number;
  expired: number;
  failed: number;
}

/** Deletes per round: a backlog (a desk back from days offline) drains without crowding sends. */
const PER_ROUND = 20;
/** How long stopping waits for deletes in flight before aborting them. */
const STOP_GRACE_MS = 3_000;
/** The longest a failed delete waits before the next try. */
const RETRY_MAX_MS = 60 * 60_000;
/**
 * Slack before media is taken as expired by its time to live without asking: the desk's clock
 * may be off from Telnyx's by hours (a clock on local time taken for UTC).
 */
const EXPIRY_MARGIN_MS = 2 * 24 * 60 * 60_000;

export class MediaCleanup {
  private round: Promise<CleanupStats> | null = null;
  private abort: AbortController | null = null;
  /** After Telnyx could not be reached, no round before this time (monotonic). */
  private quietUntil = -Infinity;
  private unreachable = 0;

  constructor(private readonly deps: MediaCleanupDeps) {}

  /** Starts a round in the background unless one is running; returns at once. */
  kick(): void {
    if (this.round || this.deps.monotonic() < this.quietUntil) return;
    void this.run().catch((error: unknown) => this.deps.log('Deleting uploaded documents failed.', error));
  }

  /** One full round, after any round already running: for `faxdesk sync` and tests. */
  async run(): Promise<CleanupStats> {
    while (this.round) await this.round.catch(() => undefined);
    this.round = this.deleteDue().finally(() => {
      this.round = null;
      this.abort = null;
    });
    return this.round;
  }

  /**
   * Lets a round in flight finish for up to `graceMs` — the command line exits right after a
   * fax is final, and should not leave its upload behind — then aborts what is left, to be
   * tried again another time.
   */
  async stop(graceMs = STOP_GRACE_MS): Promise<void> {
    const round = this.round;
    if (!round) return;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([round.catch(() => undefined), late]);
    clearTimeout(timer);
    this.abort?.abort();
    await round.catch(() => undefined);
  }

  private async deleteDue(): Promise<CleanupStats> {
    const { media, policy, connectivity, now } = this.deps;
    const stats: CleanupStats = { deleted: 0, alreadyGone: 0, expired: 0, failed: 0 };
    const at = now();
    stats.expired = media.markExpired(at - policy.mediaTtlSecs * 1000 - EXPIRY_MARGIN_MS, at);
    // Telnyx asked for a pause: sending comes first when it ends.
    if (connectivity.waitMs() > 0) return stats;
    const due = media.due(at, PER_ROUND);
    if (due.length === 0) return stats;
    let client: TelnyxClient;
    try {
      client = await this.deps.client();
    } catch {
      return stats; // not connected (signed out): the uploads wait for the account
    }
    const abort = new AbortController();
    this.abort = abort;
    for (const item of due) {
      if (!media.release(item)) continue;
      const outcome = await this.deleteOne(client, item, abort.signal);
      if (outcome === 'stopped') break;
      if (outcome === 'deleted') stats.deleted++;
      else if (outcome === 'already_gone') stats.alreadyGone++;
      else {
        stats.failed++;
        // Unreachable or told to slow down: the rest of the round would only fail the same way.
        if (outcome === 'unreachable' || connectivity.waitMs() > 0) break;
      }
    }
    return stats;
  }

  private async deleteOne(
    client: TelnyxClient,
    item: PendingMedia,
    signal: AbortSignal,
  ): Promise<'deleted' | 'already_gone' | 'failed' | 'unreachable' | 'stopped'> {
    const { media, connectivity, now } = this.deps;
    try {
      // The client turns every failure into a TelnyxApiError, and tells Connectivity.
      await client.deleteMedia(item.name, { signal });
    } catch (error) {
      if (signal.aborted) return 'stopped';
      const failure = toFailure(error);
      if (failure.code === null) throw failure.error;
      if (failure.code === 'not_found') {
        this.unreachable = 0;
        media.gone(item, 'already_gone', now());
        return 'already_gone';
      }
      const unreachable = connectivity.get().online === false;
      this.retryLater(item, failure, unreachable);
      return unreachable ? 'unreachable' : 'failed';
    }
    this.unreachable = 0;
    media.gone(item, 'deleted', now());
    return 'deleted';
  }

  private retryLater(item: PendingMedia, failure: Failure, unreachable: boolean): void {
    const { media, policy, now, random, log } = this.deps;
    const failures = item.failures + 1;
    const wait = Math.max(
      backoff(failures, policy.offlineRetryMinMs, RETRY_MAX_MS, random),
      failure.telnyx?.retryAfterMs ?? 0,
    );
    media.failed(item, now() + wait);
    if (unreachable) {
      // One try per quiet spell while offline, not one per pass.
      this.unreachable++;
      this.quietUntil =
        this.deps.monotonic() + backoff(this.unreachable, policy.offlineRetryMinMs, policy.offlineRetryMaxMs, random);
    }
    log(
      `Could not delete the uploaded document ${item.name} from Telnyx media storage (try ${failures}): ` +
        `${failure.message} Faxdesk will try again; it never changes the fax.`,
    );
  }
}
