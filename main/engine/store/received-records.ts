/**
 * The received-fax records — the fax and its timeline — each as one table of its fields
 * (columns.ts), as job-records.ts describes the sent ones. Adding a field is one line here and
 * a migration step.
 */
import type { ArchiveState, ReceivedStatus } from '../../../domain/received-fax';
import { flag, rowReader, value, type Column, type RecordOf } from './columns';

/** A time stored as a number that the record holds as "did it happen". */
function happened(name: string, sql?: string): Column<boolean> {
  return { name, sql, asStored: false, read: (stored) => stored !== null && stored !== undefined, write: () => null };
}

export const RECEIVED_COLUMNS = {
  id: value<string>('id'),
  telnyxFaxId: value<string>('telnyx_fax_id'),
  from: value<string>('from_number'),
  to: value<string>('to_number'),
  callerId: value<string | null>('caller_id'),
  /** The address book's name for `from` when the fax was first seen; kept as it was then. */
  senderName: value<string | null>('sender_name'),
  /** The desk's IANA time zone when the fax was first seen (null before it was kept): its report's times read in it. */
  timeZone: value<string | null>('time_zone'),
  connectionId: value<string | null>('connection_id'),
  status: value<ReceivedStatus>('status'),
  failureReason: value<string | null>('failure_reason'),
  pages: value<number | null>('pages'),
  callDurationSecs: value<number | null>('call_duration_secs'),
  partial: flag('partial'),
  receivedAt: value<number>('received_at'),
  documentId: value<number | null>('document_id'),
  archiveState: value<ArchiveState>('archive_state'),
  /** Archived but not readable (hostile or damaged): kept as evidence, never shown as a document. */
  documentProblem: value<string | null>('document_problem'),
  downloadProblem: value<string | null>('download_problem'),
  downloadFailures: value<number>('download_failures'),
  nextDownloadAt: value<number | null>('next_download_at'),
  readAt: value<number | null>('read_at'),
  /** A delete from Telnyx is due (Settings: delete once archived), not before this time. */
  telnyxDeleteAt: value<number | null>('telnyx_delete_at'),
  deletedAtTelnyx: value<number | null>('deleted_at_telnyx'),
  sandbox: flag('sandbox'),
  lastConfirmedAt: value<number | null>('last_confirmed_at'),
  /** While Telnyx is still receiving it: when to ask again. */
  nextCheckAt: value<number | null>('next_check_at'),
  createdAt: value<number>('created_at'),
  updatedAt: value<number>('updated_at'),
  /** Its document's words are in the search index; read with the fax. */
  textIndexed: happened(
    'text_indexed',
    "(SELECT CASE WHEN state = 'done' THEN 1 END FROM document_text WHERE document_text.document_id = received_faxes.document_id)",
  ),
};
export type ReceivedRecord = RecordOf<typeof RECEIVED_COLUMNS>;
export const toReceived = rowReader(RECEIVED_COLUMNS);

/** One line of a received fax's timeline. */
export const RECEIVED_EVENT_COLUMNS = {
  id: value<number>('id'),
  faxId: value<string>('fax_id'),
  at: value<number>('at'),
  status: value<ReceivedStatus>('status'),
  detail: value<string>('detail'),
};
export type ReceivedEventRecord = RecordOf<typeof RECEIVED_EVENT_COLUMNS>;
export const toReceivedEvent = rowReader(RECEIVED_EVENT_COLUMNS);
