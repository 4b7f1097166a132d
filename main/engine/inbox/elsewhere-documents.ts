/**
 * The documents of faxes sent from elsewhere, kept while Telnyx still gives them. A fax listed
 * while still going out may have no document link yet, and a download can fail for a while (the
 * network, an expired link): such a fax is looked at again by id — once it has ended, or after a
 * back-off — a few times, and the timeline says when Faxdesk gives up. Faxes still in flight when
 * the desk starts are looked at again too; a download that failed before a restart is not.
 */
import { createHash } from 'node:crypto';
import type { DocumentArchive } from '../store/document-archive';
import type { JobRecord } from '../store/job-records';
import type { JobStore } from '../store/job-store';
import type { TelnyxClient } from '../telnyx/client';
import type { TelnyxFax } from '../telnyx/shapes';
import { downloadDocument, DownloadProblem } from './media-download';

export interface ElsewhereDocumentsDeps {
  store: JobStore;
  archive: DocumentArchive;
  /** Reads a downloaded document in the bounded reader; throws when it is not a readable one. */
  inspect: (file: { name: string; bytes: Uint8Array }) => Promise<{ kind: string; pages: number }>;
  now: () => number;
  log: (message: string, error?: unknown) => void;
  changed: (job: JobRecord) => void;
}

const DOWNLOAD_TIMEOUT_MS = 60_000;
/** After a failed try, the next one; the last entry is the last try. */
const RETRY_AFTER_MS = [60_000, 5 * 60_000, 30 * 60_000];
/** A fax still going out is looked at again this often, without counting as a try. */
const IN_FLIGHT_RECHECK_MS = 60_000;
const IN_FLIGHT = new Set(['queued', 'media.processed', 'originated', 'sending']);

interface Waiting {
  telnyxFaxId: string;
  tries: number;
  nextAt: number;
}

type Outcome = 'kept' | 'retry' | 'given up';

export class ElsewhereDocuments {
  /** By job id. */
  private readonly waiting = new Map<string, Waiting>();
  private startedFromRecords = false;

  constructor(private readonly deps: ElsewhereDocumentsDeps) {}

  /** A newly listed fax: its document now if Telnyx gives one, else later. */
  async take(client: TelnyxClient, job: JobRecord, fax: TelnyxFax): Promise<void> {
    if (!fax.id) return;
    const outcome = await this.tryOnce(client, job, fax, 0);
    if (outcome === 'retry') this.wait(job.id, fax.id, 0, this.deps.now() + RETRY_AFTER_MS[0]!);
  }

  /** Looks again at the faxes waiting for their document whose time has come. */
  async retryDue(client: TelnyxClient): Promise<void> {
    this.rememberInFlight();
    const now = this.deps.now();
    for (const [jobId, waiting] of [...this.waiting]) {
      if (waiting.nextAt > now) continue;
      const job = this.deps.store.get(jobId);
      if (!job || job.documentId !== null) {
        this.waiting.delete(jobId);
        continue;
      }
      let fax: TelnyxFax;
      try {
        fax = await client.retrieveFax(waiting.telnyxFaxId);
      } catch {
        waiting.nextAt = now + IN_FLIGHT_RECHECK_MS; // Telnyx did not answer: not the document's fault
        continue;
      }
      if (IN_FLIGHT.has(fax.status ?? '')) {
        waiting.nextAt = now + IN_FLIGHT_RECHECK_MS;
        continue;
      }
      const tries = waiting.tries + 1;
      const outcome = await this.tryOnce(client, job, fax, tries);
      if (outcome === 'retry') this.wait(jobId, waiting.telnyxFaxId, tries, now + RETRY_AFTER_MS[tries]!);
      else this.waiting.delete(jobId);
    }
  }

  /** Faxes from elsewhere still in flight when the desk started have not had their document yet. */
  private rememberInFlight(): void {
    if (this.startedFromRecords) return;
    this.startedFromRecords = true;
    for (const job of this.deps.store.inFlight()) {
      if (job.origin !== 'elsewhere' || job.documentId !== null || !job.telnyxFaxId) continue;
      if (!this.waiting.has(job.id)) this.wait(job.id, job.telnyxFaxId, 0, this.deps.now());
    }
  }

  private wait(jobId: string, telnyxFaxId: string, tries: number, nextAt: number): void {
    this.waiting.set(jobId, { telnyxFaxId, tries, nextAt });
  }

  private async tryOnce(client: TelnyxClient, job: JobRecord, fax: TelnyxFax, tries: number): Promise<Outcome> {
    const { store, archive, inspect, log } = this.deps;
    const last = tries >= RETRY_AFTER_MS.length - 1;
    const inFlight = IN_FLIGHT.has(fax.status ?? '');
    const link = fax.stored_media_url ?? fax.media_url;
    if (!link) {
      if (inFlight && !last) {
        if (tries === 0)
          store.elsewhere.note(job.id, 'Telnyx gives no copy of its document yet; Faxdesk will look again.');
        return 'retry';
      }
      store.elsewhere.note(job.id, 'Telnyx gave no copy of its document, so Faxdesk has none to show.');
      return 'given up';
    }
    try {
      // Bounded as a received fax's document is: https (or this computer's sandbox), no key sent, size and time caps.
      const bytes = await downloadDocument(link, { apiBase: client.apiBase, timeoutMs: DOWNLOAD_TIMEOUT_MS });
      const read = await inspect({ name: `fax-${job.telnyxFaxId ?? job.id}.pdf`, bytes });
      if (read.kind !== 'pdf') throw new DownloadProblem('refused', `It is a ${read.kind} file, not a PDF.`);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const path = archive.put(bytes, sha256);
      const documentId = store.addDocument({ sha256, path, pages: read.pages, bytes: bytes.length, sourceNames: [] });
      const pages = `${read.pages} ${read.pages === 1 ? 'page' : 'pages'}`;
      this.deps.changed(store.elsewhere.attachDocument(job.id, documentId, `Its document was kept (${pages}).`));
      return 'kept';
    } catch (error) {
      const passing = error instanceof DownloadProblem && error.kind !== 'refused';
      const why = error instanceof DownloadProblem ? error.message : 'It could not be read as a fax document.';
      if (!(error instanceof DownloadProblem))
        log(`The document of fax ${job.telnyxFaxId ?? job.id} was refused.`, error);
      if (passing && !last) {
        if (tries === 0)
          store.elsewhere.note(job.id, `Faxdesk could not keep its document yet. ${why} It will try again.`);
        return 'retry';
      }
      store.elsewhere.note(job.id, `Faxdesk could not keep its document. ${why}`);
      return 'given up';
    }
  }
}
