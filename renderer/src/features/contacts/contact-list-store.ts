/**
 * The contacts behind the address book's list, kept by position and loaded a page at a time
 * around the view, so 10,000 contacts scroll like ten. Contacts are ordered by name and change
 * rarely (a save, an import), so unlike the fax lists a change reloads what is in view rather
 * than patching rows. Plain TypeScript; React reads it through useSyncExternalStore.
 */
import type { ContactPageView, ContactView } from '../../../../preload/contract';

export interface ContactListQuery {
  search?: string;
  groupId?: string;
}

export interface ContactListSnapshot {
  /** Contacts by position; a hole (undefined) is not loaded yet. Read it, never change it. */
  rows: readonly (ContactView | undefined)[];
  total: number;
  /** The first page is in, so `total` is known. */
  counted: boolean;
  error: string | null;
  /** Changes whenever the query does. */
  generation: number;
}

export type LoadContactPage = (
  request: ContactListQuery & { offset: number; limit: number },
) => Promise<ContactPageView>;

export const CONTACT_PAGE_SIZE = 100;

export class ContactListStore {
  private snapshot: ContactListSnapshot = { rows: [], total: 0, counted: false, error: null, generation: 0 };
  private readonly listeners = new Set<() => void>();
  private query: ContactListQuery = {};
  private wanted = { from: 0, to: 0 };
  /** Pages asked for and not answered yet, by their first row, for this generation. */
  private readonly loading = new Set<number>();

  constructor(private readonly loadPage: LoadContactPage) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ContactListSnapshot => this.snapshot;

  /** A new search or group: start again from the first contact. */
  setQuery(query: ContactListQuery): void {
    this.query = query;
    this.wanted = { from: 0, to: 0 };
    this.restart();
  }

  /** Something changed in the address book: what is in view is read again, keeping the place. */
  reload(): void {
    this.restart({ keepRows: true });
  }

  /** The view shows rows `from` to `to`: load the pages missing there. */
  want(from: number, to: number): void {
    this.wanted = { from: Math.max(0, from), to: Math.max(from, to) };
    this.pump();
  }

  private restart({ keepRows = false } = {}): void {
    this.loading.clear();
    this.publish({
      rows: keepRows ? this.snapshot.rows : [],
      counted: keepRows && this.snapshot.counted,
      total: keepRows ? this.snapshot.total : 0,
      error: null,
      generation: this.snapshot.generation + 1,
    });
    // Every page is stale now, loaded or not: the first pass asks for each page in view again.
    this.pump(true);
  }

  private pump(again = false): void {
    const { rows, total, counted } = this.snapshot;
    const first = Math.floor(this.wanted.from / CONTACT_PAGE_SIZE) * CONTACT_PAGE_SIZE;
    // Until a page has told the total, only the first page is asked for; a reload always asks for one.
    const last = counted ? Math.max(again ? first : -1, Math.min(this.wanted.to, total - 1)) : first;
    for (let offset = first; offset <= last; offset += CONTACT_PAGE_SIZE) {
      const end = Math.min(offset + CONTACT_PAGE_SIZE, total);
      const missing =
        again ||
        !counted ||
        rows.slice(offset, end).length < end - offset ||
        rows.slice(offset, end).includes(undefined);
      if (missing && !this.loading.has(offset)) void this.load(offset);
    }
  }

  private async load(offset: number): Promise<void> {
    const generation = this.snapshot.generation;
    this.loading.add(offset);
    try {
      const page = await this.loadPage({ ...this.query, offset, limit: CONTACT_PAGE_SIZE });
      if (generation !== this.snapshot.generation) return;
      const rows = this.snapshot.rows.slice(0, page.total);
      rows.length = page.total;
      page.items.forEach((contact, index) => (rows[offset + index] = contact));
      this.loading.delete(offset);
      this.publish({ rows, total: page.total, counted: true });
      this.pump();
    } catch (error) {
      if (generation !== this.snapshot.generation) return;
      this.loading.delete(offset);
      this.publish({ error: error instanceof Error ? error.message : String(error) });
    }
  }

  private publish(patch: Partial<ContactListSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}
