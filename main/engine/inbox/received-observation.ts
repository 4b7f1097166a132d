/**
 * What one look at an inbound fax at Telnyx (a listing, a retrieve) means for its record: the
 * first record of a fax never seen before, or the change to one already kept. Pure, so the
 * rules — status only moves forward, a received fax is downloaded at once, a failed call has
 * no document — are tested without Telnyx.
 */
import { FINAL_RECEIVED_STATUSES, type ReceivedStatus } from '../../../domain/received-fax';
import { explainInboundFailure } from './inbound-failure';
import type { ReceivedRecord } from '../store/received-records';
import type { NewReceivedFax, ReceivedPatch } from '../store/received-table';
import type { TelnyxFax } from '../telnyx/shapes';

/** An inbound fax as Telnyx shows it, read once from the SDK's loose shape. */
export interface InboundFax {
  telnyxFaxId: string;
  from: string;
  to: string;
  callerId: string | null;
  connectionId: string | null;
  status: ReceivedStatus;
  failureReason: string | null;
  pages: number | null;
  callDurationSecs: number | null;
  partial: boolean;
  receivedAt: number;
  mediaUrl: string | null;
}

const STATUS_OF: Record<string, ReceivedStatus> = {
  initiated: 'receiving',
  receiving: 'receiving',
  'media.processing': 'media.processing',
  received: 'received',
  failed: 'failed',
};

/** Null for anything that is not an inbound fax Faxdesk can keep. */
export function readInbound(fax: TelnyxFax): InboundFax | null {
  const loose = fax as TelnyxFax & { caller_id?: string; call_duration_secs?: number; partial_content?: boolean };
  const status = STATUS_OF[fax.status ?? ''];
  const receivedAt = Date.parse(fax.created_at ?? '');
  if (fax.direction !== 'inbound' || !fax.id || !status || Number.isNaN(receivedAt)) return null;
  return {
    telnyxFaxId: fax.id,
    from: fax.from ?? '',
    to: fax.to ?? '',
    callerId: loose.caller_id ?? null,
    connectionId: fax.connection_id ?? null,
    status,
    failureReason: fax.failure_reason ?? null,
    pages: typeof loose.page_count === 'number' ? loose.page_count : null,
    callDurationSecs: typeof loose.call_duration_secs === 'number' ? loose.call_duration_secs : null,
    partial: loose.partial_content === true,
    receivedAt,
    mediaUrl: fax.media_url ?? null,
  };
}

export interface FollowTiming {
  /** When a fax still being received is asked about next. */
  nextCheckAt: number;
  now: number;
}

/** The record of a fax seen for the first time, and its first timeline line. */
export function firstRecord(
  fax: InboundFax,
  timing: FollowTiming,
  sandbox: boolean,
): { record: NewReceivedFax; detail: string } {
  const { archiveState, nextDownloadAt, nextCheckAt } = whereDocumentIs(fax.status, timing);
  const { mediaUrl: _mediaUrl, ...facts } = fax;
  return {
    record: { ...facts, archiveState, nextDownloadAt, nextCheckAt, sandbox },
    detail: statusText(fax),
  };
}

/**
 * The change a new look at a kept fax makes, or null when nothing changed. A final status is
 * never undone by a late or stale listing.
 */
export function observedChange(
  kept: ReceivedRecord,
  fax: InboundFax,
  timing: FollowTiming,
): { patch: ReceivedPatch; detail: string | null } | null {
  const patch: ReceivedPatch = {};
  if (fax.pages !== null && kept.pages === null) patch.pages = fax.pages;
  if (fax.callDurationSecs !== null && kept.callDurationSecs !== fax.callDurationSecs) {
    patch.callDurationSecs = fax.callDurationSecs;
  }
  if (fax.partial && !kept.partial) patch.partial = true;
  if (fax.callerId && !kept.callerId) patch.callerId = fax.callerId;
  const moved = fax.status !== kept.status && !FINAL_RECEIVED_STATUSES.has(kept.status);
  if (moved) {
    patch.status = fax.status;
    patch.failureReason = fax.failureReason;
    if (kept.archiveState === 'awaiting') Object.assign(patch, whereDocumentIs(fax.status, timing));
    else patch.nextCheckAt = null;
  } else if (!FINAL_RECEIVED_STATUSES.has(kept.status)) {
    patch.nextCheckAt = timing.nextCheckAt;
  }
  if (Object.keys(patch).length === 0) return null;
  return { patch: { ...patch, lastConfirmedAt: timing.now }, detail: moved ? statusText(fax) : null };
}

function whereDocumentIs(
  status: ReceivedStatus,
  timing: FollowTiming,
): Pick<NewReceivedFax, 'archiveState' | 'nextDownloadAt' | 'nextCheckAt'> {
  if (status === 'received') return { archiveState: 'downloading', nextDownloadAt: timing.now, nextCheckAt: null };
  if (status === 'failed') return { archiveState: 'none', nextDownloadAt: null, nextCheckAt: null };
  return { archiveState: 'awaiting', nextDownloadAt: null, nextCheckAt: timing.nextCheckAt };
}

/** The timeline's words for a status. */
export function statusText(fax: Pick<InboundFax, 'status' | 'from' | 'pages' | 'partial' | 'failureReason'>): string {
  const pages = fax.pages === null ? '' : ` (${fax.pages} page${fax.pages === 1 ? '' : 's'})`;
  switch (fax.status) {
    case 'receiving':
      return `A fax from ${fax.from || 'an unknown number'} is coming in.`;
    case 'media.processing':
      return `The call has ended; Telnyx is making the document${pages}.`;
    case 'received':
      return `Received from ${fax.from || 'an unknown number'}${pages}.${fax.partial ? ' Only part of the fax arrived.' : ''}`;
    case 'failed':
      return `The call failed: ${explainInboundFailure(fax.failureReason)}`;
  }
}
