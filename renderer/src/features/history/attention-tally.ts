/**
 * Which faxes need the person's attention, for the count on the "Outbox and history" tab. The
 * rule: a fax counts when it failed or became unconfirmed after the person last looked at
 * Outbox and history (or, before they first look, after the window opened), and stops counting
 * when they look, when it moves on (sent again, resolved) or when it is deleted. Fed by the
 * page's one job cache, which hears every `job.updated` whichever screen is open; plain
 * TypeScript, so the rule is tested on its own.
 */
import type { JobSummary } from '../../../../preload/contract';
import type { JobChange } from '../../data/job-cache';

const needsAttention = (job: JobSummary) => job.status === 'failed' || job.status === 'unconfirmed';

export class AttentionTally {
  private readonly ids = new Set<string>();
  private looking = false;

  constructor(private lookedAt: number) {}

  /** A change from the job cache; true when the count changed. Nothing counts while the person looks. */
  apply(change: JobChange): boolean {
    const before = this.ids.size;
    if (this.looking) return false;
    if (change.kind === 'deleted') this.ids.delete(change.id);
    else if (needsAttention(change.job) && change.job.updatedAt > this.lookedAt) this.ids.add(change.job.id);
    else this.ids.delete(change.job.id);
    return this.ids.size !== before;
  }

  /** The person opens the list (everything in it is seen) or leaves it (seen up to `at`). */
  setLooking(looking: boolean, at: number): void {
    this.looking = looking;
    this.lookedAt = at;
    this.ids.clear();
  }

  get count(): number {
    return this.ids.size;
  }
}
