/**
 * The records of faxes sent from elsewhere on the account (another desk, a script, the Telnyx
 * portal): how a listed fax is told apart from this desk's own, adding one as a job of origin
 * 'elsewhere' (with its search entry and first timeline line, in one transaction), attaching its
 * document once it is archived. Faxes deleted from this desk's history (its own or from
 * elsewhere) are remembered by triggers (the migration that rebuilt jobs), so the listing's overlap never brings
 * them back.
 */
import { randomUUID } from 'node:crypto';
import type { FaxQuality } from '../../../domain/fax-quality';
import type { JobStatus } from '../../../domain/job-status';
import type { Db } from './database';
import type { JobRecord } from './job-records';
import type { JobTable } from './job-table';
import type { SearchIndex } from './search-index';
import type { Timeline } from './timeline';

/** What Telnyx tells of a fax this desk did not send. Times are epoch milliseconds. */
export interface NewElsewhereJob {
  telnyxFaxId: string;
  to: string;
  from: string;
  connectionId: string;
  quality: FaxQuality;
  status: Extract<JobStatus, 'sending' | 'delivered' | 'failed' | 'cancelled'>;
  telnyxStatus: string | null;
  failureReason: string | null;
  telnyxPages: number | null;
  /** Telnyx's created_at. */
  createdAt: number;
  sandbox: boolean;
  /** The first line of its timeline. */
  detail: string;
}

/** Prepared once for the connection. */
function statements(db: Db) {
  return {
    ownAttempt: db
      .prepare(
        `SELECT 1 FROM attempts WHERE id = @attemptId OR telnyx_fax_id = @faxId
         UNION ALL SELECT 1 FROM deleted_attempts WHERE id = @attemptId
         UNION ALL SELECT 1 FROM jobs WHERE telnyx_fax_id = @faxId AND origin = 'desk' LIMIT 1`,
      )
      .pluck(),
    known: db
      .prepare(
        `SELECT 1 FROM jobs WHERE telnyx_fax_id = ? AND origin = 'elsewhere'
         UNION ALL SELECT 1 FROM deleted_faxes WHERE telnyx_fax_id = ? LIMIT 1`,
      )
      .pluck(),
    insert: db.prepare(
      `INSERT INTO jobs (id, batch_id, document_id, to_number, from_number, connection_id, quality, status,
         telnyx_status, telnyx_fax_id, failure_reason, next_action_at, progress_at, last_confirmed_at,
         created_at, updated_at, sandbox, origin, telnyx_pages)
       VALUES (@id, @id, NULL, @to, @from, @connectionId, @quality, @status,
         @telnyxStatus, @telnyxFaxId, @failureReason, @nextActionAt, @at, @at,
         @createdAt, @at, @sandbox, 'elsewhere', @telnyxPages)`,
    ),
    attachDocument: db.prepare(
      "UPDATE jobs SET document_id = ?, updated_at = ? WHERE id = ? AND origin = 'elsewhere' AND document_id IS NULL",
    ),
  };
}

export class ElsewhereJobs {
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
    private readonly jobs: JobTable,
    private readonly timeline: Timeline,
    private readonly search: SearchIndex,
  ) {
    this.sql = statements(db);
  }

  /**
   * Whether a listed fax is this desk's own: its client_state names one of our attempts (whose
   * row is written before the fax is created, so this holds even before the attempt has heard
   * its fax id), or an attempt or job of ours already has its id. An attempt deleted from the
   * history with its fax still counts: the fax stays gone, not back as someone else's.
   */
  isOwn(telnyxFaxId: string, clientState: string | null | undefined): boolean {
    const attemptId = (clientState ? attemptIdOf(clientState) : null) ?? '';
    return Boolean(this.sql.ownAttempt.get({ attemptId, faxId: telnyxFaxId }));
  }

  /** Already in the history as sent from elsewhere, or deleted from it here. */
  isKnown(telnyxFaxId: string): boolean {
    return Boolean(this.sql.known.get(telnyxFaxId, telnyxFaxId));
  }

  /** Adds it to the history; null when it was already there (two listings at once). */
  add(job: NewElsewhereJob): JobRecord | null {
    const id = randomUUID();
    const at = this.now();
    const added = this.db.transaction(() => {
      if (this.isKnown(job.telnyxFaxId)) return false;
      const { detail, ...columns } = job;
      this.sql.insert.run({
        ...columns,
        id,
        at,
        sandbox: job.sandbox ? 1 : 0,
        nextActionAt: job.status === 'sending' ? at : null,
      });
      this.search.add(id, { to: job.to, contactName: null, subject: null, fileNames: [] });
      this.timeline.add(id, job.status, job.telnyxStatus, { detail });
      return true;
    })();
    return added ? this.jobs.require(id) : null;
  }

  /** Its document, once downloaded and archived; a line in its timeline says so. */
  attachDocument(jobId: string, documentId: number, detail: string): JobRecord {
    this.db.transaction(() => {
      if (this.sql.attachDocument.run(documentId, this.now(), jobId).changes === 0) return;
      const job = this.jobs.require(jobId);
      this.timeline.add(jobId, job.status, job.telnyxStatus, { detail });
    })();
    return this.jobs.require(jobId);
  }

  /** A line in its timeline with no change to the job (the document could not be had). */
  note(jobId: string, detail: string): void {
    const job = this.jobs.require(jobId);
    this.timeline.add(jobId, job.status, job.telnyxStatus, { detail });
  }
}

/** Our client_state is base64 of the attempt id (submitter.ts); anything else names no attempt of ours. */
function attemptIdOf(clientState: string): string | null {
  try {
    const text = Buffer.from(clientState, 'base64').toString('utf8');
    return /^[0-9a-f-]{36}$/i.test(text) ? text : null;
  } catch {
    return null;
  }
}
