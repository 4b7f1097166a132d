/**
 * The faxes behind a list (history, the inbox), kept by position: only the rows around the view
 * are loaded, so a list of 100,000 can be dragged to its far end at once. A page that follows a
 * loaded fax is asked for by keyset (the faxes after that one), which stays exact while faxes
 * come and go; a page in the middle of nowhere is asked for by position. Every fax goes through
 * the page's cache of that kind of fax, which decides which version of it is shown; the cache's
 * changes apply without reloading — a changed fax is replaced where it stands, a new one that
 * fits the filters is put at the top. Plain TypeScript; React reads it through
 * useSyncExternalStore. What differs between lists comes in as FaxListSource.
 */
import type { CachedFax, FaxCache, FaxChange } from './fax-cache';

export type FaxPageRequest<Q> = Q & { before?: string; offset?: number; limit: number };

export interface FaxListPage<T> {
  items: T[];
  total: number;
}

/** What one kind of list brings: how a page is loaded, its cache, its filter, and its order. */
export interface FaxListSource<T extends CachedFax, Q> {
  loadPage: (request: FaxPageRequest<Q>) => Promise<FaxListPage<T>>;
  cache: FaxCache<T>;
  /** Whether a fax that appears live belongs in a list loaded with this query. */
  matches: (fax: T, query: Q) => boolean;
  /** What the list is ordered by, newest first (when it was created, or received). */
  orderOf: (fax: T) => number;
  /**
   * Whether a change may have brought a fax into a list loaded with this query although the page
   * cannot tell (its words were just read, and the list searches words): then the list asks the
   * engine again. `previous` is the version the page held before, if any.
   */
  mayNowMatch?: (fax: T, previous: T | undefined, query: Q) => boolean;
}

export interface FaxListSnapshot<T> {
  /**
   * The faxes by position, newest first; a fax not loaded yet is a hole (undefined). The array
   * is the store's own: read it, never change it.
   */
  rows: readonly (T | undefined)[];
  /** Where each loaded fax sits in `rows`. */
  indexOf: ReadonlyMap<string, number>;
  /** How many faxes the list has in all, loaded or not. */
  total: number;
  /** The first page is in, so `total` is known. */
  counted: boolean;
  loading: boolean;
  error: string | null;
  /** Faxes put at the top by live updates since the filters were set, so the view can keep its place. */
  addedAtTop: number;
  /** Changes whenever the filters do. */
  generation: number;
}

/** A screenful and then some. */
export const PAGE_SIZE = 200;
/** Live updates arrive in bursts (a send to 100 numbers); they are applied together. */
const LIVE_BATCH_MS = 50;
/** Faxes whose words are read one after another are looked for again together. */
const ASK_AGAIN_MS = 500;
/** How often a page asked for by position is asked again while the list's count disagrees. */
const POSITION_RETRIES = 3;

export class FaxListStore<T extends CachedFax, Q extends object> {
  private rows: (T | undefined)[] = [];
  private indexOf = new Map<string, number>();
  private snapshot: FaxListSnapshot<T>;
  private readonly listeners = new Set<() => void>();
  private query = {} as Q;
  private wanted = { from: 0, to: 0 };
  private pumping = false;
  private mismatches = 0;
  /** When the newest fax in the list was created: a live fax newer than this is new to the list. */
  private newest = -Infinity;
  /** Faxes the cache changed since the last flush; their current version is read from the cache then. */
  private readonly pending = new Set<string>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private askAgainTimer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;

  private readonly loadPage: FaxListSource<T, Q>['loadPage'];
  private readonly cache: FaxCache<T>;

  constructor(private readonly source: FaxListSource<T, Q>) {
    this.loadPage = source.loadPage;
    this.cache = source.cache;
    this.connect();
    this.snapshot = this.make({
      total: 0,
      counted: false,
      loading: false,
      error: null,
      addedAtTop: 0,
      generation: 0,
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): FaxListSnapshot<T> => this.snapshot;

  /** New filters: start again from the newest fax. */
  setQuery(query: Q): void {
    this.query = query;
    this.wanted = { from: 0, to: 0 };
    this.mismatches = 0;
    this.newest = -Infinity;
    this.rows = [];
    this.indexOf = new Map();
    this.pending.clear();
    this.publish({
      total: 0,
      counted: false,
      loading: true,
      error: null,
      addedAtTop: 0,
      generation: this.snapshot.generation + 1,
    });
    void this.pump();
  }

  /** The view shows (or is about to show) the rows from `from` to `to`: load what is missing there. */
  want(from: number, to: number): void {
    this.wanted = { from: Math.max(0, from), to: Math.max(from, to) };
    void this.pump();
  }

  retry(): void {
    this.publish({ error: null });
    void this.pump();
  }

  private readonly onCacheChange = (change: FaxChange<T>): void => {
    if (change.kind === 'deleted') {
      this.remove(change.id);
      return;
    }
    if (!this.indexOf.has(change.job.id) && this.source.mayNowMatch?.(change.job, change.previous, this.query)) {
      this.askAgain();
      return;
    }
    this.pending.add(change.job.id);
    this.flushTimer ??= setTimeout(() => this.flush(), LIVE_BATCH_MS);
  };

  /** Loads the list again with the same filters, once for a burst of such changes. */
  private askAgain(): void {
    if (this.askAgainTimer) return;
    this.askAgainTimer = setTimeout(() => {
      this.askAgainTimer = null;
      if (this.snapshot.generation > 0) this.setQuery(this.query);
    }, ASK_AGAIN_MS);
  }

  /** A fax deleted from history: it leaves the list at once, and the rows below move up. */
  private remove(id: string): void {
    this.pending.delete(id);
    const at = this.indexOf.get(id);
    if (at === undefined) return;
    this.rows.splice(at, 1);
    this.reindex();
    this.publish({ total: Math.max(0, this.snapshot.total - 1) });
  }

  /** Follows the cache's changes; done on creation, and again if the store is used after dispose(). */
  connect(): void {
    this.unsubscribe ??= this.cache.subscribe(this.onCacheChange);
  }

  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.askAgainTimer) clearTimeout(this.askAgainTimer);
    this.askAgainTimer = null;
    this.pending.clear();
  }

  /** The first position in the wanted range with no fax loaded; null when all are in. */
  private nextMissing(): number | null {
    if (!this.snapshot.counted) return 0;
    const last = Math.min(this.wanted.to, this.snapshot.total - 1);
    for (let index = this.wanted.from; index <= last; index++) {
      if (this.rows[index] === undefined) return index;
    }
    return null;
  }

  private async pump(): Promise<void> {
    // Generation 0 has no filters yet: nothing to load until setQuery().
    if (this.pumping || this.snapshot.generation === 0) return;
    this.pumping = true;
    const generation = this.snapshot.generation;
    try {
      for (;;) {
        if (generation !== this.snapshot.generation || this.snapshot.error) return;
        const start = this.nextMissing();
        if (start === null) break;
        const above = start > 0 ? this.rows[start - 1] : undefined;
        const request: FaxPageRequest<Q> = {
          ...this.query,
          limit: PAGE_SIZE,
          ...(above ? { before: above.id } : start > 0 ? { offset: start } : {}),
        };
        if (!this.snapshot.loading) this.publish({ loading: true });
        let page: FaxListPage<T>;
        try {
          page = await this.loadPage(request);
        } catch (error) {
          if (generation === this.snapshot.generation) {
            this.publish({ loading: false, error: error instanceof Error ? error.message : String(error) });
          }
          return;
        }
        if (generation !== this.snapshot.generation) return;
        if (request.offset !== undefined && page.total !== this.snapshot.total) {
          // Faxes came or went that this list has not been told of yet, so positions here and in
          // the engine differ. Their updates are on the way: wait for them, then ask again.
          if (++this.mismatches <= POSITION_RETRIES) {
            await new Promise((resolve) => setTimeout(resolve, LIVE_BATCH_MS * 2));
            continue;
          }
          // Still different (a fax left the filters but keeps its row here): what is loaded can
          // no longer be placed by position, so the list starts over at the engine's count.
          this.rows = [];
          this.indexOf = new Map();
          this.publish({ total: page.total, addedAtTop: 0 });
        }
        this.mismatches = 0;
        this.place(start, page, request.limit);
      }
      if (this.snapshot.loading) this.publish({ loading: false });
    } finally {
      this.pumping = false;
      // The filters changed while a page was on its way: load for the new ones.
      if (generation !== this.snapshot.generation) void this.pump();
    }
  }

  private place(start: number, page: FaxListPage<T>, limit: number): void {
    let moved = false;
    page.items.forEach((reported, k) => {
      const at = start + k;
      // A live update that came in while the page was on its way may be newer than the page: the cache knows.
      const job = this.cache.offer(reported);
      if (at === 0) this.newest = Math.max(this.newest, this.source.orderOf(job));
      const was = this.indexOf.get(job.id);
      if (was !== undefined && was !== at) {
        // Faxes came or went while this page was asked for by position: the fax takes its new
        // place, and its old one is loaded again when it is in view.
        this.rows[was] = undefined;
        moved = true;
      }
      const current = this.rows[at];
      if (current && current.id !== job.id) this.indexOf.delete(current.id);
      this.rows[at] = job;
      this.indexOf.set(job.id, at);
    });
    let total = this.snapshot.counted ? this.snapshot.total : page.total;
    if (page.items.length < limit) {
      // The list ends here (it may have become shorter than it was).
      total = start + page.items.length;
      if (this.rows.length > total) {
        this.rows.length = total;
        moved = true;
      }
    } else if (total < start + page.items.length) {
      total = start + page.items.length;
    }
    if (moved) this.reindex();
    this.publish({ counted: true, total });
    if (this.pending.size > 0) this.flushTimer ??= setTimeout(() => this.flush(), LIVE_BATCH_MS);
  }

  private flush(): void {
    this.flushTimer = null;
    // Before the first page there is nothing to place a fax against; it is placed once that page is in.
    if (!this.snapshot.counted) return;
    const newest = this.newest;
    const fresh: T[] = [];
    let changed = false;
    for (const id of this.pending) {
      const job = this.cache.get(id);
      if (!job) continue;
      const at = this.indexOf.get(id);
      if (at !== undefined) {
        // Rows stay where they are even if they no longer fit the filters: nothing jumps under the pointer.
        if (this.rows[at] !== job) {
          this.rows[at] = job;
          changed = true;
        }
      } else if (this.source.orderOf(job) >= newest && this.source.matches(job, this.query)) {
        fresh.push(job);
      }
      // Anything else is an older fax further down, not loaded yet: it arrives current with its page.
    }
    this.pending.clear();
    if (fresh.length > 0) {
      // Newest first; faxes of one send share their creation time and arrive in the order they were made.
      const order = this.source.orderOf;
      fresh.reverse().sort((a, b) => order(b) - order(a));
      this.newest = Math.max(this.newest, fresh[0] ? order(fresh[0]) : -Infinity);
      this.rows.unshift(...fresh);
      this.reindex();
      this.publish({
        total: this.snapshot.total + fresh.length,
        addedAtTop: this.snapshot.addedAtTop + fresh.length,
      });
    } else if (changed) {
      this.publish({});
    }
  }

  private reindex(): void {
    this.indexOf = new Map();
    // forEach skips the holes: only loaded faxes are indexed.
    this.rows.forEach((job, index) => {
      if (job) this.indexOf.set(job.id, index);
    });
  }

  private make(state: Omit<FaxListSnapshot<T>, 'rows' | 'indexOf'>): FaxListSnapshot<T> {
    return { ...state, rows: this.rows, indexOf: this.indexOf };
  }

  private publish(patch: Partial<Omit<FaxListSnapshot<T>, 'rows' | 'indexOf'>>): void {
    this.snapshot = this.make({ ...this.snapshot, ...patch });
    this.listeners.forEach((listener) => listener());
  }
}
