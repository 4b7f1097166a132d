/**
 * An InboxApi held in memory, for tests of the shell's inbox channels and of the page: the
 * engine's contract (main/engine/inbox/inbox-api.ts) without Telnyx, records or a reader.
 * Documents are files the test writes; `add` and `update` announce changes as the engine does.
 */
import { randomUUID } from 'node:crypto';
import type { InboxApi, InboxPage, InboxQuery, ReceivedFax, ReceivedFaxEvent } from '../../main/engine/inbox/inbox-api';

export function receivedFax(patch: Partial<ReceivedFax> = {}): ReceivedFax {
  return {
    id: randomUUID(),
    telnyxFaxId: randomUUID(),
    from: '+13125550199',
    to: '+12025550180',
    callerId: null,
    senderName: null,
    status: 'received',
    failureReason: null,
    failureText: null,
    pages: 1,
    receivedAt: 1_700_000_000_000,
    callDurationSecs: 42,
    partial: false,
    archiveState: 'archived',
    documentProblem: null,
    downloadProblem: null,
    nextDownloadAt: null,
    read: false,
    deletedAtTelnyx: false,
    sandbox: false,
    textIndexed: true,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...patch,
  };
}

export class FakeInbox implements InboxApi {
  readonly faxes = new Map<string, ReceivedFax>();
  readonly documents = new Map<string, string>();
  /** The words on each fax's pages, for search and matchedWords. */
  readonly words = new Map<string, string[]>();
  private readonly listeners = new Set<(fax: ReceivedFax) => void>();

  add(fax: ReceivedFax, options: { document?: string; words?: string[] } = {}): ReceivedFax {
    this.faxes.set(fax.id, fax);
    if (options.document) this.documents.set(fax.id, options.document);
    if (options.words) this.words.set(fax.id, options.words);
    this.announce(fax);
    return fax;
  }

  list(query: InboxQuery): InboxPage {
    const terms = query.search?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
    const all = [...this.faxes.values()]
      .filter((fax) => (query.unread ? !fax.read : true))
      .filter((fax) => !query.status || query.status.includes(fax.status))
      .filter((fax) => !query.to || query.to.includes(fax.to))
      .filter((fax) => terms.every((term) => this.textOf(fax).some((word) => word.startsWith(term))))
      .sort((a, b) => b.receivedAt - a.receivedAt);
    const start = query.before ? all.findIndex((fax) => fax.id === query.before) + 1 : (query.offset ?? 0);
    return { items: all.slice(start, start + query.limit), total: all.length };
  }

  get(idOrPrefix: string): ReceivedFax | null {
    return this.faxes.get(idOrPrefix) ?? null;
  }

  timeline(id: string): ReceivedFaxEvent[] {
    const fax = this.faxes.get(id);
    if (!fax) return [];
    return [
      { at: fax.receivedAt, status: 'receiving', detail: 'A fax call came in.' },
      { at: fax.updatedAt, status: fax.status, detail: `The fax is ${fax.status}.` },
    ];
  }

  matchedWords(id: string, search: string): string[] {
    const words = this.words.get(id) ?? [];
    const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
    return words.filter((word) => terms.some((term) => word.toLowerCase().startsWith(term)));
  }

  unreadCount(): number {
    return [...this.faxes.values()].filter((fax) => !fax.read).length;
  }

  markRead(id: string, read: boolean): ReceivedFax {
    const fax = this.faxes.get(id);
    if (!fax) throw new Error(`no fax ${id}`);
    return this.update({ ...fax, read, updatedAt: fax.updatedAt + 1 });
  }

  documentPath(id: string): string | null {
    return this.faxes.get(id)?.archiveState === 'archived' ? (this.documents.get(id) ?? null) : null;
  }

  receive(): Promise<void> {
    return Promise.resolve();
  }

  readWords(): Promise<void> {
    return Promise.resolve();
  }

  onUpdated(listener: (fax: ReceivedFax) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  update(fax: ReceivedFax): ReceivedFax {
    this.faxes.set(fax.id, fax);
    this.announce(fax);
    return fax;
  }

  private textOf(fax: ReceivedFax): string[] {
    return [fax.from.replace(/\D/g, ''), fax.to.replace(/\D/g, ''), ...(this.words.get(fax.id) ?? [])].map((w) =>
      w.toLowerCase(),
    );
  }

  private announce(fax: ReceivedFax): void {
    this.listeners.forEach((listener) => listener(fax));
  }
}
