/**
 * Received faxes as the page receives them (the types are the contract's). The failure's words
 * are the engine's (ReceivedFax.failureText), so the window and the command line say the same.
 */
import type { ReceivedFaxDetail, ReceivedFaxSummary } from '../../preload/contract';
import type { ReceivedFax, ReceivedFaxEvent } from '../engine/inbox/inbox-api';

export function toReceivedFaxSummary(fax: ReceivedFax): ReceivedFaxSummary {
  return {
    id: fax.id,
    telnyxFaxId: fax.telnyxFaxId,
    from: fax.from,
    to: fax.to,
    callerId: fax.callerId,
    senderName: fax.senderName,
    status: fax.status,
    failureReason: fax.failureReason,
    failureText: fax.failureText,
    pages: fax.pages,
    receivedAt: fax.receivedAt,
    callDurationSecs: fax.callDurationSecs,
    partial: fax.partial,
    archiveState: fax.archiveState,
    documentProblem: fax.documentProblem,
    downloadProblem: fax.downloadProblem,
    nextDownloadAt: fax.nextDownloadAt,
    read: fax.read,
    deletedAtTelnyx: fax.deletedAtTelnyx,
    sandbox: fax.sandbox,
    textIndexed: fax.textIndexed,
    updatedAt: fax.updatedAt,
  };
}

export function toReceivedFaxDetail(
  fax: ReceivedFax,
  events: ReceivedFaxEvent[],
  matchedWords: string[],
): ReceivedFaxDetail {
  return {
    fax: toReceivedFaxSummary(fax),
    events: events.map((e) => ({ at: e.at, status: e.status, detail: e.detail })),
    matchedWords,
  };
}
