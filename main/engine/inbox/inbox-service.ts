/**
 * `engine.inbox`: the InboxApi (inbox-api.ts) over the received-fax records, which the engine
 * opens on first use. Read/unread is this desk's own; everything else comes from Telnyx.
 */
import { FaxdeskError } from '../errors';
import type { DocumentArchive } from '../store/document-archive';
import type { DocumentTable } from '../store/document-table';
import type { DocumentText } from '../store/document-text';
import type { ReceivedList } from '../store/received-list';
import type { ReceivedRecord } from '../store/received-records';
import type { ReceivedTable } from '../store/received-table';
import type { InboxApi, ReceivedFax } from './inbox-api';
import { explainInboundFailure } from './inbound-failure';

export interface InboxRecords {
  received: ReceivedTable;
  receivedList: ReceivedList;
  documents: DocumentTable;
  documentText: DocumentText;
  archive: DocumentArchive;
}

export interface InboxServiceDeps {
  records: () => InboxRecords;
  /** Lists and downloads now, in the pass that holds the outbox lease. */
  receive: () => Promise<void>;
  /** Reads the words of the documents waiting for them, in the pass that holds the outbox lease. */
  readWords: () => Promise<void>;
  now: () => number;
}

/** Who hears about changed received faxes; it outlives the records, like JobEvents. */
export class InboxEvents {
  private readonly listeners = new Set<(fax: ReceivedFax) => void>();

  updated(fax: ReceivedRecord): void {
    if (this.listeners.size === 0) return;
    const view = toReceivedFax(fax);
    this.listeners.forEach((listener) => listener(view));
  }

  onUpdated(listener: (fax: ReceivedFax) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The record as the API shows it: what is kept for the engine's own work stays inside. */
export function toReceivedFax(fax: ReceivedRecord): ReceivedFax {
  return {
    id: fax.id,
    telnyxFaxId: fax.telnyxFaxId,
    from: fax.from,
    to: fax.to,
    callerId: fax.callerId,
    senderName: fax.senderName,
    status: fax.status,
    failureReason: fax.failureReason,
    failureText: fax.status === 'failed' ? explainInboundFailure(fax.failureReason) : null,
    pages: fax.pages,
    receivedAt: fax.receivedAt,
    callDurationSecs: fax.callDurationSecs,
    partial: fax.partial,
    archiveState: fax.archiveState,
    documentProblem: fax.documentProblem,
    downloadProblem: fax.downloadProblem,
    nextDownloadAt: fax.nextDownloadAt,
    read: fax.readAt !== null,
    deletedAtTelnyx: fax.deletedAtTelnyx !== null,
    sandbox: fax.sandbox,
    textIndexed: fax.textIndexed,
    createdAt: fax.createdAt,
    updatedAt: fax.updatedAt,
  };
}

export function createInboxService(deps: InboxServiceDeps, events: InboxEvents): InboxApi {
  const { records, now } = deps;
  const find = (idOrPrefix: string): ReceivedRecord | null => {
    const { received } = records();
    const exact = received.get(idOrPrefix);
    if (exact || idOrPrefix.length < 4) return exact;
    const matches = received.withIdPrefix(idOrPrefix.toLowerCase(), 2);
    return matches.length === 1 ? (matches[0] ?? null) : null;
  };
  const require = (id: string): ReceivedRecord => {
    const fax = records().received.get(id);
    if (!fax) throw new FaxdeskError('job_not_found', 'That fax is not in your inbox.');
    return fax;
  };
  return {
    list: (query) => {
      const { receivedList } = records();
      const { before: _before, offset: _offset, limit: _limit, ...filters } = query;
      return { items: receivedList.list(query).map(toReceivedFax), total: receivedList.count(filters) };
    },
    get: (idOrPrefix) => {
      const fax = find(idOrPrefix);
      return fax ? toReceivedFax(fax) : null;
    },
    timeline: (id) =>
      records()
        .received.events(id)
        .map(({ at, status, detail }) => ({ at, status, detail })),
    matchedWords: (id, search) => {
      const fax = records().received.get(id);
      return fax?.documentId ? records().documentText.matchedWords(fax.documentId, search) : [];
    },
    unreadCount: () => records().receivedList.unreadCount(),
    markRead: (id, read) => {
      const fax = require(id);
      if ((fax.readAt !== null) === read) return toReceivedFax(fax);
      const updated = records().received.update(id, { readAt: read ? now() : null });
      events.updated(updated);
      return toReceivedFax(updated);
    },
    documentPath: (id) => {
      const fax = records().received.get(id);
      if (!fax || fax.archiveState !== 'archived' || fax.documentProblem || fax.documentId === null) return null;
      const document = records().documents.get(fax.documentId);
      return document ? records().archive.absolutePath(document.path) : null;
    },
    receive: () => deps.receive(),
    readWords: () => deps.readWords(),
    onUpdated: (listener) => events.onUpdated(listener),
  };
}
