/**
 * Received faxes: the states Telnyx reports for an inbound fax, and where its document is.
 * The engine archives each one (main/engine/inbox/), the page and the command line show them.
 */
export const RECEIVED_STATUSES = [
  'receiving', // the call is up and pages are coming in
  'media.processing', // the call has ended; Telnyx is making the PDF
  'received',
  'failed', // the call failed; failureReason says why
] as const;
export type ReceivedStatus = (typeof RECEIVED_STATUSES)[number];

export const FINAL_RECEIVED_STATUSES: ReadonlySet<ReceivedStatus> = new Set(['received', 'failed']);

/** Where a received fax's document is. */
export const ARCHIVE_STATES = [
  'awaiting', // Telnyx has not made the PDF yet (receiving, media.processing)
  'downloading', // Telnyx has it; Faxdesk has not got it yet — it retries with back-off
  'archived', // the PDF is in the data folder, read and checked
  'none', // the call failed before any page came, or Telnyx no longer has a document to give
] as const;
export type ArchiveState = (typeof ARCHIVE_STATES)[number];
