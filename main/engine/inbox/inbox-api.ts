/**
 * What the engine offers about received faxes (`engine.inbox`): the records the inbox shows,
 * their timeline, read/unread, and their archived documents. The shell's IPC handlers and the
 * command line use only this.
 */
import type { ArchiveState, ReceivedStatus } from '../../../domain/received-fax';

/** One received fax as the engine keeps it. Times are epoch milliseconds. */
export interface ReceivedFax {
  /** Faxdesk's own id (a UUID), as for sent faxes. */
  id: string;
  telnyxFaxId: string;
  /** The sender's number as Telnyx reports it (E.164, or as given when not a number). */
  from: string;
  /** Which of the account's numbers it came to. */
  to: string;
  /** The caller id the sending machine gave, when Telnyx reports one. */
  callerId: string | null;
  /** The address book's name for `from` when the fax arrived (renaming the contact later does not change it). */
  senderName: string | null;
  status: ReceivedStatus;
  /** Telnyx's failure_reason for a failed call. */
  failureReason: string | null;
  /** The failure in words, from the receiving side; null unless the call failed. */
  failureText: string | null;
  /** Pages in the archived document (or as Telnyx reported them before it was archived). */
  pages: number | null;
  /** When the call began (Telnyx's created_at). */
  receivedAt: number;
  callDurationSecs: number | null;
  /** Telnyx marked it partial: only part of the fax arrived. */
  partial: boolean;
  archiveState: ArchiveState;
  /**
   * Archived, but the bounded reader would not take the document (hostile or damaged): it is
   * kept in the data folder as evidence and never shown as a readable document. In words.
   */
  documentProblem: string | null;
  /** Why the last download did not work, in words, while it is retried. */
  downloadProblem: string | null;
  /** When the next download is tried (archiveState 'downloading'). */
  nextDownloadAt: number | null;
  /** Read on this desk: read/unread is kept per desk, not shared through Telnyx. */
  read: boolean;
  /** Deleted from Telnyx after it was archived (Settings: delete from Telnyx once archived). */
  deletedAtTelnyx: boolean;
  /** Received through the built-in sandbox: nothing was really faxed. */
  sandbox: boolean;
  /** The words found in it (OCR or text layer) have been indexed for search. */
  textIndexed: boolean;
  createdAt: number;
  updatedAt: number;
}

/** One line of a received fax's timeline. */
export interface ReceivedFaxEvent {
  at: number;
  status: ReceivedStatus;
  detail: string;
}

export interface InboxQuery {
  unread?: boolean;
  /** Words: the sender, the number it came to, and the words on its pages. */
  search?: string;
  status?: ReceivedStatus[];
  /** Only faxes to these of the account's numbers. */
  to?: string[];
  receivedFrom?: number;
  receivedTo?: number;
  /** Keyset paging: the faxes after this one (newest first). */
  before?: string;
  offset?: number;
  limit: number;
}

export interface InboxPage {
  items: ReceivedFax[];
  total: number;
}

export interface InboxApi {
  list(query: InboxQuery): InboxPage;
  /** By id, or an unambiguous prefix of it (at least 4 characters), as for sent faxes. */
  get(idOrPrefix: string): ReceivedFax | null;
  timeline(id: string): ReceivedFaxEvent[];
  /** The words of a search that this fax's pages contain, for "matched: invoice, 4471". */
  matchedWords(id: string, search: string): string[];
  unreadCount(): number;
  markRead(id: string, read: boolean): ReceivedFax;
  /** The archived PDF's absolute path, or null while it is not archived. */
  documentPath(id: string): string | null;
  /** Lists Telnyx now for new faxes and downloads what is due; `faxdesk sync` and tests. */
  receive(): Promise<void>;
  /**
   * Reads the words of every document (sent or received) still waiting for them, now, for
   * search. The app does this beside the outbox by itself; OCR takes seconds a page.
   */
  readWords(): Promise<void>;
  /** Every change to a received fax (new, status, archived, read). */
  onUpdated(listener: (fax: ReceivedFax) => void): () => void;
}
