/**
 * The faxes behind the history list: loaded page by page (keyset on the last id) as the view
 * scrolls towards rows it does not have yet, and kept current by live updates without
 * reloading — a changed fax is replaced where it stands, a new one that fits the filters is
 * put at the top. Plain TypeScript; React reads it through useSyncExternalStore.
 */
import type { JobPage, JobSummary } from '../../../../preload/contract';
import { matchesQuery, type ListQuery } from './job-query';

export type PageRequest = ListQuery & { before?: string; limit: number };

export interface JobListSnapshot {
  /** The loaded faxes, newest first. The array is the store's own: read it, never change it. */
  rows: readonly JobSummary[];
  /** Where each loaded fax sits in `rows`. */
  indexOf: ReadonlyMap<string, number>;
  /** How many faxes the list has in all, loaded or not. */
  total: number;
  complete: boolean;
  loading: boolean;
  error: string | null;
  /** Faxes put at the top by live updates since the filters were set, so the view can keep its place. */
  addedAtTop: number;
  /** Changes whenever the filters do. */
  generation: number;
}

/** A screenful and then some; when the view jumps far ahead, bigger pages catch up sooner. */
export const PAGE_SIZE = 200;
const CATCH_UP_PAGE_SIZE = 500;
/** Live updates arrive in bursts (a send to 100 numbers); they are applied together. */
const LIVE_BATCH_MS = 50;

export class JobListStore {
  private rows: JobSummary[] = [];
  private indexOf = new Map<string, number>();
  private snapshot: JobListSnapshot;
  private readonly listeners = new Set<() => void>();
  private query: ListQuery = {};
  private wanted = 0;
  private pumping = false;
  private readonly pending = new Map<string, JobSummary>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly loadPage: (request: PageRequest) => Promise<JobPage>) {
    this.snapshot = this.make({ total: 0, complete: false, loading: false, error: null, addedAtTop: 0, generation: 0 });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): JobListSnapshot => this.snapshot;

  /** New filters: start again from the newest fax. */
  setQuery(query: ListQuery): void {
    this.query = query;
    this.wanted = 0;
    this.rows = [];
    this.indexOf = new Map();
    this.pending.clear();
    this.publish({
      total: 0,
      complete: false,
      loading: true,
      error: null,
      addedAtTop: 0,
      generation: this.snapshot.generation + 1,
    });
    void this.pump();
  }

  /** The view shows (or is about to show) the row at `index`: load up to it. */
  want(index: number): void {
    if (index > this.wanted) this.wanted = index;
    void this.pump();
  }

  retry(): void {
    this.publish({ error: null });
    void this.pump();
  }

  /** A fax as the main process now reports it (a live update, or the answer to an action). */
  apply(job: JobSummary): void {
    this.pending.set(job.id, job);
    this.flushTimer ??= setTimeout(() => this.flush(), LIVE_BATCH_MS);
  }

  /** A fax deleted from history: it leaves the list at once, and the rows below move up. */
  remove(id: string): void {
    this.pending.delete(id);
    const at = this.indexOf.get(id);
    if (at === undefined) return;
    this.rows.splice(at, 1);
    this.indexOf = new Map(this.rows.map((job, index) => [job.id, index]));
    this.publish({ total: Math.max(0, this.snapshot.total - 1) });
  }

  dispose(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.pending.clear();
  }

  private async pump(): Promise<void> {
    // Generation 0 has no filters yet: nothing to load until setQuery().
    if (this.pumping || this.snapshot.generation === 0) return;
    this.pumping = true;
    const generation = this.snapshot.generation;
    try {
      while (
        generation === this.snapshot.generation &&
        !this.snapshot.complete &&
        !this.snapshot.error &&
        this.rows.length <= this.wanted
      ) {
        const limit = this.wanted - this.rows.length >= PAGE_SIZE ? CATCH_UP_PAGE_SIZE : PAGE_SIZE;
        const before = this.rows.at(-1)?.id;
        if (!this.snapshot.loading) this.publish({ loading: true });
        let page: JobPage;
        try {
          page = await this.loadPage({ ...this.query, limit, ...(before ? { before } : {}) });
        } catch (error) {
          if (generation === this.snapshot.generation) {
            this.publish({ loading: false, error: error instanceof Error ? error.message : String(error) });
          }
          return;
        }
        if (generation !== this.snapshot.generation) return;
        this.append(page, limit, before === undefined);
      }
      if (generation === this.snapshot.generation && this.snapshot.loading) this.publish({ loading: false });
    } finally {
      this.pumping = false;
      // The filters changed while a page was on its way: load for the new ones.
      if (generation !== this.snapshot.generation) void this.pump();
    }
  }

  private append(page: JobPage, limit: number, first: boolean): void {
    for (const job of page.jobs) {
      const at = this.indexOf.get(job.id);
      if (at === undefined) {
        this.indexOf.set(job.id, this.rows.length);
        this.rows.push(job);
      } else if (job.updatedAt > (this.rows[at]?.updatedAt ?? 0)) {
        // Already here through a live update that came in while the page was on its way.
        this.rows[at] = job;
      }
    }
    const complete = page.jobs.length < limit;
    // Only the first page's total is the whole list's: with `before`, the engine counts from that fax on.
    const total = first ? page.total : this.snapshot.total;
    this.publish({ complete, total: complete ? this.rows.length : Math.max(total, this.rows.length) });
    if (this.pending.size > 0) this.flushTimer ??= setTimeout(() => this.flush(), LIVE_BATCH_MS);
  }

  private flush(): void {
    this.flushTimer = null;
    // Before the first page there is nothing to place a fax against; it is placed once that page is in.
    if (this.rows.length === 0 && !this.snapshot.complete) return;
    const newest = this.rows[0]?.createdAt ?? -Infinity;
    const fresh: JobSummary[] = [];
    let changed = false;
    for (const job of this.pending.values()) {
      const at = this.indexOf.get(job.id);
      if (at !== undefined) {
        // Rows stay where they are even if they no longer fit the filters: nothing jumps under the pointer.
        if (job.updatedAt >= (this.rows[at]?.updatedAt ?? 0)) {
          this.rows[at] = job;
          changed = true;
        }
      } else if (job.createdAt >= newest && matchesQuery(job, this.query)) {
        fresh.push(job);
      }
      // Anything else is an older fax further down, not loaded yet: it arrives current with its page.
    }
    this.pending.clear();
    if (fresh.length > 0) {
      // Newest first; faxes of one send share their creation time and arrive in the order they were made.
      fresh.reverse().sort((a, b) => b.createdAt - a.createdAt);
      this.rows.unshift(...fresh);
      this.indexOf = new Map(this.rows.map((job, index) => [job.id, index]));
      this.publish({
        total: this.snapshot.total + fresh.length,
        addedAtTop: this.snapshot.addedAtTop + fresh.length,
      });
    } else if (changed) {
      this.publish({});
    }
  }

  private make(state: Omit<JobListSnapshot, 'rows' | 'indexOf'>): JobListSnapshot {
    return { ...state, rows: this.rows, indexOf: this.indexOf };
  }

  private publish(patch: Partial<Omit<JobListSnapshot, 'rows' | 'indexOf'>>): void {
    this.snapshot = this.make({ ...this.snapshot, ...patch });
    this.listeners.forEach((listener) => listener());
  }
}
