/**
 * A fax as the sandbox holds it: the resource exactly as the API shows it (`fax`, shaped by
 * the spec's Fax schema plus the SDK's failure_reason / internal_failure_reason and a
 * page_count once the document is processed) and the private facts that drive its lifecycle.
 * Fields the spec types as plain strings are omitted rather than null, so responses validate.
 */

export type FaxStatus =
  | 'queued'
  | 'media.processed'
  | 'originated'
  | 'sending'
  | 'delivered'
  | 'failed'
  | 'initiated'
  | 'receiving'
  | 'media.processing'
  | 'received';

export interface SandboxFax {
  id: string;
  record_type: 'fax';
  connection_id: string;
  direction: 'inbound' | 'outbound';
  from: string;
  to: string;
  from_display_name?: string;
  media_url?: string;
  media_name?: string;
  quality: string;
  status: FaxStatus;
  store_media: boolean;
  store_preview?: boolean;
  client_state?: string;
  webhook_url?: string;
  webhook_failover_url?: string;
  created_at: string;
  updated_at: string;
  failure_reason: string | null;
  internal_failure_reason: string | null;
  page_count?: number;
  /** How long the call lasted; an inbound fax shows it once the call has ended (as the fax.received event does). */
  call_duration_secs?: number;
}

export interface FaxRecord {
  fax: SandboxFax;
  /** Creation order; breaks ties between faxes created in the same millisecond. */
  seq: number;
  createdAtMs: number;
  /** Known from the document at creation, shown on the fax from `media.processed` on. */
  pageCount: number;
  /** False when the document cannot be rendered (it will fail `file_format_invalid`). */
  readable: boolean;
  /** The document an inbound fax delivers through its signed media_url. */
  receivedPdf?: Buffer;
  /** This fax's media_url lifetime, when it differs from the sandbox's. */
  mediaUrlTtlMs?: number;
  /** The inbound call's length, shown when the call ends. */
  callDurationSecs?: number;
  /** Stops the pending lifecycle step, if any. */
  stopTimer?: () => void;
}

export const FINAL_STATUSES: ReadonlySet<FaxStatus> = new Set(['delivered', 'failed', 'received']);

/** The states CancelFax accepts (its description in the spec). */
export const CANCELLABLE_STATUSES: ReadonlySet<FaxStatus> = new Set([
  'queued',
  'media.processed',
  'originated',
  'sending',
]);

export function isFinal(record: FaxRecord): boolean {
  return FINAL_STATUSES.has(record.fax.status);
}

/** A copy for the outside world: responses and snapshots never alias live state. */
export function snapshot(record: FaxRecord): SandboxFax {
  return structuredClone(record.fax);
}
