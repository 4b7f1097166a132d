/**
 * The faxes as the app and the command line work with them: queue a send, list and look up the
 * history, cancel, send again, delete, and hear about changes. The engine builds this once over
 * its records, which open on first use; the service itself knows nothing of how they are opened.
 */
import type { DocumentProcessor } from './documents/processor';
import { createJobs, resendJob, type NewFaxRequest } from './outbox/intake';
import type { Outbox } from './outbox/outbox';
import { previewFax, type PreviewRequest } from './outbox/preview';
import type { VolumeGuard } from './outbox/volume-guard';
import type { DocumentArchive } from './store/document-archive';
import type { JobRecord } from './store/job-records';
import type { JobStore } from './store/job-store';
import type { JobStatus } from '../../domain/job-status';
import type { Settings } from '../../domain/settings';

export interface JobListQuery {
  status?: JobStatus[];
  search?: string;
  limit?: number;
  /** The id of the last job of the previous page. */
  before?: string;
  /** Or the position of the first job wanted (0 = the newest). */
  offset?: number;
  createdFrom?: number;
  createdTo?: number;
}

/** The records the service works on, opened when first asked for. */
export interface JobRecords {
  store: JobStore;
  archive: DocumentArchive;
  outbox: Outbox;
  volume: VolumeGuard;
}

export interface JobsServiceDeps {
  records: () => JobRecords;
  documents: DocumentProcessor;
  settings: () => Settings;
  now: () => number;
  /** The desk's time zone: covers are dated in it, and it is kept with each fax. */
  timeZone: string;
  /** The address book's name for a number, kept with each fax as it is when the fax is queued. */
  nameFor: (number: string) => string | null;
}

/**
 * Who listens for changed and deleted faxes. It outlives the records (they may close and open
 * again), so the engine keeps one and connects each outbox it opens to it.
 */
export class JobEvents {
  private readonly updatedListeners = new Set<(job: JobRecord) => void>();
  private readonly deletedListeners = new Set<(id: string) => void>();

  updated(job: JobRecord): void {
    this.updatedListeners.forEach((listener) => listener(job));
  }

  deleted(id: string): void {
    this.deletedListeners.forEach((listener) => listener(id));
  }

  onUpdated(listener: (job: JobRecord) => void): () => void {
    this.updatedListeners.add(listener);
    return () => this.updatedListeners.delete(listener);
  }

  onDeleted(listener: (id: string) => void): () => void {
    this.deletedListeners.add(listener);
    return () => this.deletedListeners.delete(listener);
  }
}

export function createJobsService(deps: JobsServiceDeps, events: JobEvents) {
  const { records, documents, settings, now, timeZone, nameFor } = deps;
  return {
    /** Validates and queues; the outbox sends them once this process holds its lease. */
    create: async (request: NewFaxRequest): Promise<JobRecord[]> => {
      const { store, archive, outbox, volume } = records();
      const jobs = await createJobs({ store, archive, documents, settings, now, volume, timeZone, nameFor }, request);
      jobs.forEach((job) => outbox.emit(job));
      outbox.wake();
      return jobs;
    },
    /** The document a send would make for its first recipient, for a look before Send; nothing is queued. */
    preview: (request: PreviewRequest) => previewFax({ documents, settings, now, timeZone }, request),
    list: (query: JobListQuery = {}) => {
      const { store } = records();
      // The total is of the whole list, whichever page this is.
      const { before: _before, offset: _offset, ...filters } = query;
      return { jobs: store.list({ ...query, limit: query.limit ?? 50 }), total: store.count(filters) };
    },
    get: (id: string) => records().store.get(id),
    withIdPrefix: (prefix: string) => records().store.withIdPrefix(prefix.toLowerCase()),
    /** A fax with its timeline and attempts, for the detail view and `faxdesk status`. */
    detail: (id: string) => {
      const { store } = records();
      const job = store.get(id);
      return job ? { job, events: store.events(id), attempts: store.attempts(id) } : null;
    },
    documentPath: (id: string) => {
      const { store, archive } = records();
      const job = store.get(id);
      // A fax sent from elsewhere may have no document: Telnyx did not give one.
      const document = job?.documentId != null ? store.document(job.documentId) : null;
      return document ? archive.absolutePath(document.path) : null;
    },
    recentRecipients: (limit = 20) => records().store.recentRecipients(limit),
    cancel: (id: string) => records().outbox.cancel(id),
    /** "Send again": the number rules and the volume guard as for a new send, then the outbox. */
    resend: (id: string): Promise<JobRecord> => {
      const { store, outbox, volume } = records();
      return resendJob({ store, volume, settings }, id, (jobId) => outbox.resend(jobId));
    },
    /** Deletes a finished fax from history, with its document unless another fax shares it. */
    delete: (id: string) => records().outbox.remove(id),
    onDeleted: (listener: (id: string) => void) => events.onDeleted(listener),
    onUpdated: (listener: (job: JobRecord) => void) => events.onUpdated(listener),
  };
}

export type JobsService = ReturnType<typeof createJobsService>;
