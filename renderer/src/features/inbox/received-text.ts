/**
 * A received fax in words: its badge (a word and a shape, in the colours the history uses),
 * the line under it, where its document is, who sent it, how long the call took, and the unread
 * count as a screen reader hears it. From the fax alone, so the list and the detail agree.
 */
import type { ReceivedFaxSummary, ReceivedStatus } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { clockTime } from '../history/format-time';
import { withoutStop } from '../history/job-text';
import type { BadgeKind } from '../history/status-badge';
import { durationWords } from '../../../../domain/duration-words';

export interface ReceivedBadge {
  kind: BadgeKind;
  label: string;
  /** A few words beside it (the failure, the document's state), or null. */
  note: string | null;
}

/** A step of a received fax's timeline, in the badge's kind and word for the state it brought. */
export function receivedStep(status: ReceivedStatus): { kind: BadgeKind; label: string } {
  const { kind, label } = receivedBadge({
    status,
    failureText: null,
    partial: false,
    documentProblem: null,
    archiveState: 'archived',
  });
  return { kind, label };
}

export function receivedBadge(
  fax: Pick<ReceivedFaxSummary, 'status' | 'failureText' | 'partial' | 'documentProblem' | 'archiveState'>,
): ReceivedBadge {
  switch (fax.status) {
    case 'receiving':
      return { kind: 'sending', label: 'Receiving', note: 'Pages are coming in' };
    case 'media.processing':
      return { kind: 'waiting', label: 'Receiving', note: 'Telnyx is preparing the document' };
    case 'failed':
      return { kind: 'failed', label: 'Failed', note: fax.failureText ? withoutStop(fax.failureText) : null };
    case 'received':
      return { kind: 'delivered', label: fax.partial ? 'Partly received' : 'Received', note: documentNote(fax) };
  }
}

/** The document's state in a few words, when it is not simply there. */
function documentNote(fax: Pick<ReceivedFaxSummary, 'documentProblem' | 'archiveState'>): string | null {
  if (fax.documentProblem) return 'Document cannot be shown';
  switch (fax.archiveState) {
    case 'downloading':
      return 'Document not downloaded yet — will retry';
    case 'awaiting':
      return 'Waiting for the document';
    case 'none':
      return 'No document';
    default:
      return null;
  }
}

/** Where the document is, as the detail says it ("Archive" fact). */
export function archiveText(fax: ReceivedFaxSummary, now: number = Date.now()): string {
  if (fax.documentProblem) return `Kept in Faxdesk's data folder, but not shown: ${withoutStop(fax.documentProblem)}.`;
  switch (fax.archiveState) {
    case 'archived':
      return fax.deletedAtTelnyx
        ? 'Archived on this desk. Deleted from Telnyx, which keeps no copy.'
        : 'Archived on this desk; Telnyx still has it too.';
    case 'downloading': {
      const when = fax.nextDownloadAt && fax.nextDownloadAt > now ? ` at ${clockTime(fax.nextDownloadAt)}` : '';
      const why = fax.downloadProblem ? ` ${fax.downloadProblem}` : '';
      return `Document not downloaded yet — will retry${when}.${why}`;
    }
    case 'awaiting':
      return 'Telnyx is still making the document; Faxdesk downloads it as soon as it is ready.';
    case 'none':
      return fax.status === 'failed'
        ? 'No document: the call failed before a page came.'
        : 'No document: Telnyx no longer has one, and Faxdesk did not archive one.';
  }
}

/**
 * The sender as the list and the detail show it: the address book's name for them as it was
 * when the fax arrived, their number, and the caller id their machine gave.
 */
export function senderText(fax: ReceivedFaxSummary, homeCountry: string | undefined): string {
  const number = /^\+\d+$/.test(fax.from) ? formatFaxNumber(fax.from, homeCountry) : fax.from || 'Unknown sender';
  const callerId = fax.callerId?.trim();
  const withCaller = callerId && callerId !== fax.from ? `${number} (${callerId})` : number;
  return fax.senderName ? `${fax.senderName} · ${withCaller}` : withCaller;
}

/** Reply needs a number to fax back to; a withheld or non-numeric sender has none. */
export function replyNumber(fax: ReceivedFaxSummary): string | null {
  return /^\+[1-9]\d{1,14}$/.test(fax.from) ? fax.from : null;
}

/** "42 seconds", "3 min 5 s". */
export function durationText(seconds: number | null): string | null {
  return seconds === null ? null : durationWords(seconds);
}

export function pagesText(fax: ReceivedFaxSummary): string {
  if (fax.pages === null) return 'Not known yet';
  const pages = `${fax.pages} ${fax.pages === 1 ? 'page' : 'pages'}`;
  return fax.partial ? `${pages} (only part of the fax arrived)` : pages;
}

/** The nav's count as a screen reader hears it: "Inbox, 3 unread faxes". */
export const unreadText = (count: number) => `${count} unread ${count === 1 ? 'fax' : 'faxes'}`;

/** A fax can be shown, saved and forwarded once its document is archived and readable. */
export const hasDocument = (fax: ReceivedFaxSummary) => fax.archiveState === 'archived' && !fax.documentProblem;
