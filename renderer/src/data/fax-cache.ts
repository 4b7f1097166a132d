/**
 * The page's one copy of each fax it has been told about, whoever told it: a page of the list,
 * a fax's detail, the answer to an action (cancel, send again, mark read) or a live event.
 * Every report goes through `offer`, so there is one rule for which version of a fax is shown,
 * and a change is applied once however many of those channels carry it. One rule for both
 * directions: sent faxes (job-cache.ts) and received ones (inbox-cache.ts). Plain TypeScript;
 * React reads each through its provider.
 */

/** What a cached fax needs: an id, and when the main process last changed it. */
export interface CachedFax {
  id: string;
  updatedAt: number;
}

/**
 * What happened to a fax in the cache; sent to subscribers as it happens. `job` is the fax now
 * held, `previous` the version it replaced (none when the page had not held it).
 */
export type FaxChange<T extends CachedFax> =
  { kind: 'updated'; job: T; previous?: T } | { kind: 'deleted'; id: string };

/**
 * Whether `report` should replace `held`, the version the page has now.
 *
 * A report with a later `updatedAt` wins. On the same `updatedAt` the report that arrived
 * later wins if it says something different: the main process answers calls and sends events
 * in the order it writes the records, so of two different reports stamped with the same
 * millisecond the later one to arrive is the later write. A report equal to the one held
 * changes nothing, which is what makes a cancel (answered, then sent as an event, then read
 * again with the timeline) apply once.
 */
export function supersedes<T extends CachedFax>(report: T, held: T | undefined): boolean {
  if (!held) return true;
  if (report.updatedAt !== held.updatedAt) return report.updatedAt > held.updatedAt;
  return !sameReport(report, held);
}

/** Field by field; arrays (a sent fax's `files`) are compared item by item. */
function sameReport<T extends CachedFax>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((key) => {
    const left = a[key];
    const right = b[key];
    if (Array.isArray(left) && Array.isArray(right)) {
      return left.length === right.length && left.every((item, index) => item === right[index]);
    }
    return left === right;
  });
}

export class FaxCache<T extends CachedFax> {
  private readonly jobs = new Map<string, T>();
  private readonly listeners = new Set<(change: FaxChange<T>) => void>();

  /** A report of a fax from anywhere; returns the version now held, which is the one to show. */
  offer(report: T): T {
    const held = this.jobs.get(report.id);
    if (!supersedes(report, held)) return held ?? report;
    this.jobs.set(report.id, report);
    this.notify(held ? { kind: 'updated', job: report, previous: held } : { kind: 'updated', job: report });
    return report;
  }

  /** The fax was deleted from history (told by the answer to the delete and again by its event: once is enough). */
  delete(id: string): void {
    if (!this.jobs.delete(id)) return;
    this.notify({ kind: 'deleted', id });
  }

  get(id: string): T | undefined {
    return this.jobs.get(id);
  }

  readonly subscribe = (listener: (change: FaxChange<T>) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify(change: FaxChange<T>): void {
    this.listeners.forEach((listener) => listener(change));
  }
}
