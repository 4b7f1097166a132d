/**
 * The stored records — documents, jobs, attempts and timeline events — each as one table of
 * its fields (columns.ts), from which its type and its mapping from SQLite rows follow.
 */
import type { FaxQuality } from '../../../domain/fax-quality';
import type { JobStatus, WaitReason } from '../../../domain/job-status';
import type { JobOrigin } from '../../../domain/job-origin';
import { flag, json, rowReader, value, type RecordOf } from './columns';

export const DOCUMENT_COLUMNS = {
  id: value<number>('id'),
  sha256: value<string>('sha256'),
  /** Relative to the data folder. */
  path: value<string>('path'),
  pages: value<number>('pages'),
  bytes: value<number>('bytes'),
  /** The files it was made from, in order. */
  sourceNames: json<string[]>('source_names'),
};
export type DocumentRecord = RecordOf<typeof DOCUMENT_COLUMNS>;
export const toDocument = rowReader(DOCUMENT_COLUMNS);

export const JOB_COLUMNS = {
  id: value<string>('id'),
  /** The jobs of one send share it (and their document). */
  batchId: value<string>('batch_id'),
  /** Null only for a fax sent from elsewhere whose document Telnyx did not give: this desk's own always have one. */
  documentId: value<number | null>('document_id'),
  to: value<string>('to_number'),
  contactName: value<string | null>('contact_name'),
  /** The address book's name for `to` when the fax was queued; kept as it was then. */
  recipientName: value<string | null>('recipient_name'),
  /** The desk's IANA time zone when the fax was queued (null before it was kept): its report's times read in it. */
  timeZone: value<string | null>('time_zone'),
  from: value<string>('from_number'),
  connectionId: value<string>('connection_id'),
  quality: value<FaxQuality>('quality'),
  subject: value<string | null>('subject'),
  hasCover: flag('has_cover'),
  /** Made in sandbox mode: the built-in simulator answered, and nothing was faxed. */
  sandbox: flag('sandbox'),
  status: value<JobStatus>('status'),
  telnyxStatus: value<string | null>('telnyx_status'),
  telnyxFaxId: value<string | null>('telnyx_fax_id'),
  failureReason: value<string | null>('failure_reason'),
  waitReason: value<WaitReason | null>('wait_reason'),
  attempts: value<number>('attempts'),
  redials: value<number>('redials'),
  scheduledAt: value<number | null>('scheduled_at'),
  nextActionAt: value<number | null>('next_action_at'),
  cancelRequested: flag('cancel_requested'),
  stalled: flag('stalled'),
  /** The last time the Telnyx status moved. */
  progressAt: value<number | null>('progress_at'),
  /** The last time Telnyx confirmed what we show. */
  lastConfirmedAt: value<number | null>('last_confirmed_at'),
  createdAt: value<number>('created_at'),
  updatedAt: value<number>('updated_at'),
  /** Sent by this desk, or elsewhere on the account (another desk, a script, the portal). */
  origin: value<JobOrigin>('origin'),
  /** Pages as Telnyx reported them, for a fax from elsewhere. */
  telnyxPages: value<number | null>('telnyx_pages'),
  /** The document's, read with the job; for a fax from elsewhere with none, Telnyx's count, if it gave one. */
  pages: value<number | null>('pages', 'COALESCE(documents.pages, jobs.telnyx_pages)'),
  /** The files as the person named them (a document shared by content may carry other names). */
  fileNames: json<string[]>('file_names'),
};
export type JobRecord = RecordOf<typeof JOB_COLUMNS>;
export const toJob = rowReader(JOB_COLUMNS);

export type AttemptPhase =
  | 'prepared' // row written; nothing sent yet
  | 'uploaded' // the document is in Telnyx media storage; the fax is not created yet
  | 'posting' // the create request may have left: reconcile before anything else
  | 'ambiguous' // it left and we got no clear answer: reconcile
  | 'submitted' // Telnyx has the fax (telnyx_fax_id known)
  | 'absent' // reconciliation proved it created nothing
  | 'refused' // Telnyx clearly refused it
  | 'final'; // the fax reached delivered or failed

/** One try at Telnyx. Its upload's deletion (media-records.ts) is kept apart from the record. */
export const ATTEMPT_COLUMNS = {
  id: value<string>('id'),
  jobId: value<string>('job_id'),
  number: value<number>('number'),
  phase: value<AttemptPhase>('phase'),
  mediaName: value<string | null>('media_name'),
  telnyxFaxId: value<string | null>('telnyx_fax_id'),
  /** When the create request left (the reconciliation window). */
  postedAt: value<number | null>('posted_at'),
  /** Reconciliations that could not run. */
  checkFailures: value<number>('check_failures'),
  telnyxStatus: value<string | null>('telnyx_status'),
  failureReason: value<string | null>('failure_reason'),
  createdAt: value<number>('created_at'),
};
export type AttemptRecord = RecordOf<typeof ATTEMPT_COLUMNS>;
export const toAttempt = rowReader(ATTEMPT_COLUMNS);

/** One line of the timeline shown for each fax. */
export const EVENT_COLUMNS = {
  id: value<number>('id'),
  jobId: value<string>('job_id'),
  attemptId: value<string | null>('attempt_id'),
  at: value<number>('at'),
  status: value<JobStatus>('status'),
  telnyxStatus: value<string | null>('telnyx_status'),
  detail: value<string>('detail'),
};
export type EventRecord = RecordOf<typeof EVENT_COLUMNS>;
export const toEvent = rowReader(EVENT_COLUMNS);
