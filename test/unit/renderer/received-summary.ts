/** A received fax as inbox:list reports it, for the renderer's tests: one archived unread page unless told otherwise. */
import type { ReceivedFaxSummary } from '../../../preload/contract';

export function receivedSummary(patch: Partial<ReceivedFaxSummary> = {}): ReceivedFaxSummary {
  return {
    id: 'in-1',
    telnyxFaxId: 'tx-in-1',
    from: '+13125550199',
    to: '+12025550180',
    callerId: null,
    senderName: null,
    status: 'received',
    failureReason: null,
    failureText: null,
    textIndexed: true,
    pages: 1,
    receivedAt: 1_000,
    callDurationSecs: 42,
    partial: false,
    archiveState: 'archived',
    documentProblem: null,
    downloadProblem: null,
    nextDownloadAt: null,
    read: false,
    deletedAtTelnyx: false,
    sandbox: false,
    updatedAt: 2_000,
    ...patch,
  };
}
