/** The shapes of stored records, and their mapping from SQLite rows. */
import type { FaxQuality } from '../../../domain/fax-quality';
import type { JobStatus, WaitReason } from '../../../domain/job-status';

export interface JobRecord {
  id: string;
  batchId: string;
  documentId: number;
  to: string;
  contactName: string | null;
  from: string;
  connectionId: string;
  quality: FaxQuality;
  subject: string | null;
  hasCover: boolean;
  status: JobStatus;
  telnyxStatus: string | null;
  telnyxFaxId: string | null;
  failureReason: string | null;
  waitReason: WaitReason | null;
  attempts: number;
  redials: number;
  scheduledAt: number | null;
  nextActionAt: number | null;
  cancelRequested: boolean;
  stalled: boolean;
  progressAt: number | null;
  lastConfirmedAt: number | null;
  createdAt: number;
  updatedAt: number;
  pages: number;
  fileNames: string[];
}

export type AttemptPhase =
  | 'prepared' // row written; nothing sent yet
  | 'uploaded' // the document is in Telnyx media storage; the fax is not created yet
  | 'posting' // the create request may have left: reconcile before anything else
  | 'ambiguous' // it left and we got no clear answer: reconcile
  | 'submitted' // Telnyx has the fax (telnyx_fax_id known)
  | 'absent' // reconciliation proved it created nothing
  | 'refused' // Telnyx clearly refused it
  | 'final'; // the fax reached delivered or failed

export interface AttemptRecord {
  id: string;
  jobId: string;
  number: number;
  phase: AttemptPhase;
  mediaName: string | null;
  telnyxFaxId: string | null;
  postedAt: number | null;
  checkFailures: number;
  telnyxStatus: string | null;
  failureReason: string | null;
  createdAt: number;
}

export interface EventRecord {
  id: number;
  jobId: string;
  attemptId: string | null;
  at: number;
  status: JobStatus;
  telnyxStatus: string | null;
  detail: string;
}

export interface JobRow {
  id: string;
  batch_id: string;
  document_id: number;
  to_number: string;
  contact_name: string | null;
  from_number: string;
  connection_id: string;
  quality: FaxQuality;
  subject: string | null;
  has_cover: number;
  status: JobStatus;
  telnyx_status: string | null;
  telnyx_fax_id: string | null;
  failure_reason: string | null;
  wait_reason: WaitReason | null;
  attempts: number;
  redials: number;
  scheduled_at: number | null;
  next_action_at: number | null;
  cancel_requested: number;
  stalled: number;
  progress_at: number | null;
  last_confirmed_at: number | null;
  created_at: number;
  updated_at: number;
  pages: number;
  file_names: string;
}

export function toJob(row: JobRow): JobRecord {
  return {
    id: row.id,
    batchId: row.batch_id,
    documentId: row.document_id,
    to: row.to_number,
    contactName: row.contact_name,
    from: row.from_number,
    connectionId: row.connection_id,
    quality: row.quality,
    subject: row.subject,
    hasCover: row.has_cover === 1,
    status: row.status,
    telnyxStatus: row.telnyx_status,
    telnyxFaxId: row.telnyx_fax_id,
    failureReason: row.failure_reason,
    waitReason: row.wait_reason,
    attempts: row.attempts,
    redials: row.redials,
    scheduledAt: row.scheduled_at,
    nextActionAt: row.next_action_at,
    cancelRequested: row.cancel_requested === 1,
    stalled: row.stalled === 1,
    progressAt: row.progress_at,
    lastConfirmedAt: row.last_confirmed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    pages: row.pages,
    fileNames: JSON.parse(row.file_names) as string[],
  };
}

export interface AttemptRow {
  id: string;
  job_id: string;
  number: number;
  phase: AttemptPhase;
  media_name: string | null;
  telnyx_fax_id: string | null;
  posted_at: number | null;
  check_failures: number;
  telnyx_status: string | null;
  failure_reason: string | null;
  created_at: number;
}

export function toAttempt(row: AttemptRow): AttemptRecord {
  return {
    id: row.id,
    jobId: row.job_id,
    number: row.number,
    phase: row.phase,
    mediaName: row.media_name,
    telnyxFaxId: row.telnyx_fax_id,
    postedAt: row.posted_at,
    checkFailures: row.check_failures,
    telnyxStatus: row.telnyx_status,
    failureReason: row.failure_reason,
    createdAt: row.created_at,
  };
}
