/**
 * A job as the outside world sees it — the page (through IPC) and scripts (through
 * `faxdesk … --json`) — with the failure explained in words. Times are epoch ms.
 */
import type { JobRecord } from '../store/job-records';
import { explainFailure } from './failure-reasons';

export function toJobView(job: JobRecord) {
  return {
    id: job.id,
    to: job.to,
    contactName: job.contactName,
    /** The address book's name for `to` when the fax was queued (renaming the contact later does not change it). */
    recipientName: job.recipientName,
    from: job.from,
    status: job.status,
    telnyxStatus: job.telnyxStatus,
    telnyxFaxId: job.telnyxFaxId,
    pages: job.pages,
    attempts: job.attempts,
    failureReason: job.failureReason,
    failureText: job.failureReason ? explainFailure(job.failureReason).text : null,
    waitReason: job.waitReason,
    stalled: job.stalled,
    subject: job.subject,
    files: job.fileNames,
    scheduledAt: job.scheduledAt,
    nextActionAt: job.nextActionAt,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    lastConfirmedAt: job.lastConfirmedAt,
    /** Made in sandbox mode: nothing was faxed, whatever its status says. */
    sandbox: job.sandbox,
    /** Sent by this desk, or elsewhere on the same Telnyx account. */
    origin: job.origin,
    /** Its document is kept here (a fax from elsewhere may have none: Telnyx did not give it). */
    hasDocument: job.documentId !== null,
  };
}
