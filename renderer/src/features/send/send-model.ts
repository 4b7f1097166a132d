/**
 * The send form's data and the rules that decide whether a fax can go. Pure functions, so
 * the screen's components only show what these say.
 */
import { type DocumentInfo, type ForwardedDocument } from '../../../../preload/contract';
import { MAX_DOCUMENTS, MAX_RECIPIENTS, MAX_SEND_BYTES } from '../../../../domain/send-limits';

/** A file on the list: read, then checked by the engine (type and page count) and held for the send. */
export interface SendFile {
  id: string;
  name: string;
  size: number;
  /** Null when the file was refused before it was read (too large, unreadable). Kept for the thumbnail. */
  bytes: Uint8Array<ArrayBuffer> | null;
  /** What the main process holds the file under (documents:stage), once it was checked and can be faxed. */
  token: string | null;
  state: 'checking' | 'ready' | 'error';
  kind: DocumentInfo['kind'] | null;
  pages: number | null;
  /** Why it cannot be faxed, in words; set when state is 'error'. */
  error: string | null;
}

/** What Send opens with when it is not empty: a received fax forwarded, or a number replied to. */
export interface SendDraft {
  files: ForwardedDocument[];
  /** E.164 numbers to fax. */
  numbers: string[];
}

export interface Recipient {
  /** E.164. */
  number: string;
  name: string | null;
}

export interface CoverDraft {
  enabled: boolean;
  subject: string;
  message: string;
}

export interface ScheduleDraft {
  enabled: boolean;
  /** The value of a datetime-local input ("2025-03-04T14:30"), local time. */
  at: string;
}

/** 1536 -> "1.5 KB"; sizes people recognise from their file manager. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

export function pagesText(pages: number): string {
  return pages === 1 ? '1 page' : `${pages} pages`;
}

export function documentPages(files: SendFile[]): number {
  return files.reduce((sum, file) => sum + (file.state === 'ready' ? (file.pages ?? 0) : 0), 0);
}

export function totalBytes(files: SendFile[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}

/** The schedule as epoch ms, 'invalid' when it is on but empty or in the past, null when off. */
export function scheduledTime(schedule: ScheduleDraft, now: number): number | 'invalid' | null {
  if (!schedule.enabled) return null;
  const at = schedule.at ? new Date(schedule.at).getTime() : NaN;
  return Number.isFinite(at) && at > now ? at : 'invalid';
}

export function scheduleProblem(schedule: ScheduleDraft, now: number): string | null {
  if (scheduledTime(schedule, now) !== 'invalid') return null;
  return schedule.at ? 'That time has already passed. Choose a time in the future.' : 'Choose when to send the fax.';
}

/** A datetime-local value for `epochMs` in local time, e.g. for the input's `min`. */
export function toLocalInputValue(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export interface SendState {
  files: SendFile[];
  recipients: Recipient[];
  /** Text still in the number field, not yet added. */
  draftNumber: string;
  schedule: ScheduleDraft;
  now: number;
}

/** What still stands between this form and a fax that can go, first things first. */
export function sendBlockers({ files, recipients, draftNumber, schedule, now }: SendState): string[] {
  const blockers: string[] = [];
  if (files.length === 0) blockers.push('Add a document to fax.');
  else if (files.some((f) => f.state === 'error')) blockers.push('Remove the files that cannot be faxed.');
  else if (files.some((f) => f.state === 'checking')) blockers.push('Checking the documents…');
  if (files.length > MAX_DOCUMENTS) blockers.push(`One fax can combine at most ${MAX_DOCUMENTS} files.`);
  if (totalBytes(files) > MAX_SEND_BYTES) {
    blockers.push(
      `These files come to ${formatSize(totalBytes(files))} together, more than the 100 MB one send can carry. Remove some, or send them separately.`,
    );
  }
  if (draftNumber.trim()) blockers.push('Finish the fax number you are typing (press Enter to add it), or clear it.');
  else if (recipients.length === 0) blockers.push('Add a fax number.');
  if (recipients.length > MAX_RECIPIENTS) blockers.push(`One send can go to at most ${MAX_RECIPIENTS} numbers.`);
  if (scheduleProblem(schedule, now)) blockers.push('Choose a time in the future, or turn off Send later.');
  return blockers;
}

/** The cover page's sender line comes from settings.senderName: without it, the cover names nobody. */
export const NO_SENDER_NAME_WARNING =
  'The cover page will not say who it is from. Add your practice or firm name in Settings, or send it as it is.';

/** What the person should know before a fax goes, without keeping it from going. */
export function sendWarnings({ cover, senderName }: { cover: CoverDraft; senderName: string | null }): string[] {
  return cover.enabled && !senderName?.trim() ? [NO_SENDER_NAME_WARNING] : [];
}

/** The cover page as a send and its preview ask for it: null when off, empty fields as none. */
export function coverRequest(cover: CoverDraft): { subject: string | null; message: string | null } | null {
  return cover.enabled ? { subject: cover.subject.trim() || null, message: cover.message.trim() || null } : null;
}
