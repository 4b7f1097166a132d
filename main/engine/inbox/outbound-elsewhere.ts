/**
 * The account's outbound faxes that this desk did not send — another desk, a script, the
 * Telnyx portal — found by listing (a desktop has no address for webhooks) as part of the
 * outbox's pass, only in the process holding the outbox lease, at most once per `everyMs`
 * (`faxdesk sync` forces it). One paged listing per pass, from the 'outbound' cursor less an
 * overlap, so the request count stays flat in the number of faxes.
 *
 * A desk's own faxes are never shown twice: they are recognised by their client_state (our
 * attempt id, written before the fax is created) against the attempts, so even a fax listed
 * before its attempt has heard its id is ours. The others become jobs of origin 'elsewhere'
 * with Telnyx's status in ours; those still in flight are followed to the end by the Tracker.
 * Their document is taken while Telnyx still gives one (elsewhere-documents.ts).
 */
import { FAX_QUALITIES, type FaxQuality } from '../../../domain/fax-quality';
import { explainFailure } from '../outbox/failure-reasons';
import type { DocumentArchive } from '../store/document-archive';
import { ElsewhereDocuments } from './elsewhere-documents';
import type { NewElsewhereJob } from '../store/elsewhere-jobs';
import type { JobRecord } from '../store/job-records';
import type { JobStore } from '../store/job-store';
import type { SyncCursors } from '../store/sync-cursors';
import type { TelnyxClient } from '../telnyx/client';
import type { TelnyxFax } from '../telnyx/shapes';

export interface OutboundElsewhereDeps {
  store: JobStore;
  cursors: SyncCursors;
  archive: DocumentArchive;
  client: () => Promise<TelnyxClient>;
  /** Reads a downloaded document in the bounded reader; throws when it is not a readable one. */
  inspect: (file: { name: string; bytes: Uint8Array }) => Promise<{ kind: string; pages: number }>;
  /** Faxes found while in sandbox mode are marked so. */
  sandbox: () => boolean;
  now: () => number;
  log: (message: string, error?: unknown) => void;
  /** Every job this pass added or changed. */
  changed: (job: JobRecord) => void;
}

export interface OutboundElsewhereOptions {
  /** At most one listing this often, unless forced. */
  everyMs: number;
  /** How far before the cursor each listing looks again: Telnyx may list a fax a little after its created_at. */
  overlapMs: number;
  /** How far back the first listing of a desk looks. */
  firstLookBackMs: number;
  /**
   * Pages of 250 per listing. A window with more is read over several listings, and the cursor
   * moves only once the whole window has been read.
   */
  maxPages: number;
}

export const defaultOutboundElsewhereOptions: OutboundElsewhereOptions = {
  everyMs: 30_000,
  overlapMs: 10 * 60_000,
  firstLookBackMs: 30 * 24 * 3600_000,
  maxPages: 20,
};

export class OutboundElsewhere {
  private lastRunAt: number | null = null;
  /** A listing that did not reach the end of its window, to go on with. */
  private sweep: { since: number; before: number | null; newest: number | null } | null = null;
  private readonly options: OutboundElsewhereOptions;
  private readonly documents: ElsewhereDocuments;

  constructor(
    private readonly deps: OutboundElsewhereDeps,
    options: Partial<OutboundElsewhereOptions> = {},
  ) {
    this.options = { ...defaultOutboundElsewhereOptions, ...options };
    this.documents = new ElsewhereDocuments(deps);
  }

  /** One listing, unless one ran less than `everyMs` ago (`force`: run anyway). Returns the jobs added. */
  async run(force = false): Promise<JobRecord[]> {
    const { now, cursors } = this.deps;
    const at = now();
    if (!force && this.lastRunAt !== null && at - this.lastRunAt < this.options.everyMs) return [];
    let client: TelnyxClient;
    try {
      client = await this.deps.client();
    } catch {
      return []; // not connected to an account yet
    }
    this.lastRunAt = at;
    const cursor = cursors.get('outbound');
    // A window too full for one listing is read over several, going back from where the last stopped.
    const sweep = this.sweep ?? {
      since: cursor === null ? at - this.options.firstLookBackMs : cursor - this.options.overlapMs,
      before: null,
      newest: cursor,
    };
    const created_at = {
      gt: new Date(sweep.since).toISOString(),
      ...(sweep.before === null ? {} : { lte: new Date(sweep.before).toISOString() }),
    };
    const filter = { direction: { eq: 'outbound' as const }, created_at };
    const found: Array<TelnyxFax & { id: string }> = [];
    let { newest } = sweep;
    let oldest: number | null = null;
    let complete = false;
    for (let page = 1; page <= this.options.maxPages; page++) {
      const { faxes, totalPages } = await client.listFaxes(filter, page, 250);
      for (const fax of faxes) {
        const created = createdAt(fax);
        if (created !== null) {
          newest = Math.max(newest ?? created, created);
          oldest = Math.min(oldest ?? created, created);
        }
        if (this.isNew(fax)) found.push(fax);
      }
      if (page >= totalPages || faxes.length === 0) {
        complete = true;
        break;
      }
    }
    // Unfinished: the next listing reads on from the oldest fax this one reached (faxes listed
    // since only push the others further back, so none is skipped; those seen twice are known).
    this.sweep = complete || oldest === null ? null : { since: sweep.since, before: oldest, newest };
    // Oldest first, so the history's creation order holds among them.
    found.sort((a, b) => (createdAt(a) ?? 0) - (createdAt(b) ?? 0));
    const added: Array<{ job: JobRecord; fax: TelnyxFax }> = [];
    for (const fax of found) {
      const job = this.deps.store.elsewhere.add(toElsewhereJob(fax, this.deps.sandbox(), at));
      if (!job) continue;
      added.push({ job, fax });
      this.deps.changed(job);
    }
    if (complete && newest !== null) cursors.advance('outbound', newest);
    for (const { job, fax } of added) await this.documents.take(client, job, fax);
    await this.documents.retryDue(client);
    return added.map(({ job }) => this.deps.store.require(job.id));
  }

  private isNew(fax: TelnyxFax): fax is TelnyxFax & { id: string } {
    if (!fax.id || fax.direction === 'inbound') return false;
    const { elsewhere } = this.deps.store;
    return !elsewhere.isOwn(fax.id, fax.client_state) && !elsewhere.isKnown(fax.id);
  }
}

function createdAt(fax: TelnyxFax): number | null {
  const at = fax.created_at ? Date.parse(fax.created_at) : NaN;
  return Number.isFinite(at) ? at : null;
}

const IN_FLIGHT_TEXT: Record<string, string> = {
  queued: 'Telnyx has queued it.',
  'media.processed': 'Telnyx has prepared its document.',
  originated: 'Telnyx is dialling.',
  sending: 'Telnyx is sending its pages.',
};

/** Telnyx's record in our terms: in flight → sending (followed by the Tracker), delivered, failed or cancelled. */
export function toElsewhereJob(fax: TelnyxFax & { id: string }, sandbox: boolean, now: number): NewElsewhereJob {
  const telnyxStatus = fax.status ?? null;
  const reason = fax.failure_reason ?? null;
  const pages = typeof fax.page_count === 'number' ? fax.page_count : null;
  const from = 'Sent from elsewhere on your Telnyx account (another desk, a script or the portal).';
  const common = {
    telnyxFaxId: fax.id,
    to: fax.to ?? '',
    from: fax.from ?? '',
    connectionId: fax.connection_id ?? '',
    quality: FAX_QUALITIES.includes(fax.quality as FaxQuality) ? (fax.quality as FaxQuality) : 'high',
    telnyxStatus,
    telnyxPages: pages,
    createdAt: createdAt(fax) ?? now,
    sandbox,
  };
  if (telnyxStatus === 'delivered') {
    const counted = pages === null ? '' : ` (${pages} ${pages === 1 ? 'page' : 'pages'})`;
    return { ...common, status: 'delivered', failureReason: null, detail: `${from} Delivered${counted}.` };
  }
  if (telnyxStatus === 'failed') {
    const cancelled = reason === 'sender_canceled' || reason === 'user_canceled';
    return {
      ...common,
      status: cancelled ? 'cancelled' : 'failed',
      failureReason: reason,
      detail: `${from} ${explainFailure(reason).text}`,
    };
  }
  const progress = IN_FLIGHT_TEXT[telnyxStatus ?? ''] ?? 'Telnyx has it.';
  return { ...common, status: 'sending', failureReason: null, detail: `${from} ${progress}` };
}
