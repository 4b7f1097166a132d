/**
 * Jobs — one fax to one recipient — and the outbox's questions about them. Every change is
 * one transaction that also writes the timeline event describing it, and a job is on disk
 * before anything about it leaves the machine.
 */
import { randomUUID } from 'node:crypto';
import { assignments, selectList, type StoredRow } from './columns';
import type { Db } from './database';
import { JOB_COLUMNS, toJob, type JobRecord } from './job-records';
import type { SearchIndex } from './search-index';
import { StatementCache } from './statement-cache';
import type { EventInput, Timeline } from './timeline';

/** `sandbox` may be left out: a fax is a real one unless said otherwise; so may the kept name and time zone. This desk's own always have a document. */
export type NewJob = Partial<Pick<JobRecord, 'sandbox' | 'recipientName' | 'timeZone'>> & { documentId: number } & Pick<
    JobRecord,
    | 'batchId'
    | 'to'
    | 'contactName'
    | 'from'
    | 'connectionId'
    | 'quality'
    | 'subject'
    | 'fileNames'
    | 'hasCover'
    | 'scheduledAt'
  >;

/** What the outbox and the person may change about a job once it is written. */
export type JobPatch = Partial<
  Pick<
    JobRecord,
    | 'status'
    | 'telnyxStatus'
    | 'telnyxFaxId'
    | 'failureReason'
    | 'waitReason'
    | 'attempts'
    | 'redials'
    | 'nextActionAt'
    | 'cancelRequested'
    | 'stalled'
    | 'progressAt'
    | 'lastConfirmedAt'
    | 'scheduledAt'
    | 'telnyxPages'
  >
>;

/** Every field of a job, with its document's page count (a fax from elsewhere may have no document). */
export const JOB_SELECT = `SELECT ${selectList(JOB_COLUMNS, 'jobs')}
  FROM jobs LEFT JOIN documents ON documents.id = jobs.document_id`;

/** Prepared once for the connection; an UPDATE is prepared for each set of fields it changes. */
function statements(db: Db) {
  return {
    insert: db.prepare(
      `INSERT INTO jobs (id, batch_id, document_id, to_number, contact_name, recipient_name, time_zone, from_number,
         connection_id, quality, subject, file_names, has_cover, sandbox, status, wait_reason, scheduled_at,
         next_action_at, created_at, updated_at)
       VALUES (@id, @batchId, @documentId, @to, @contactName, @recipientName, @timeZone, @from,
         @connectionId, @quality, @subject, @fileNamesJson, @hasCover, @sandbox, 'waiting', @waitReason, @scheduledAt,
         @nextActionAt, @at, @at)`,
    ),
    byId: db.prepare(`${JOB_SELECT} WHERE jobs.id = ?`),
    byIdPrefix: db.prepare(`${JOB_SELECT} WHERE jobs.id >= ? AND jobs.id < ? ORDER BY jobs.id LIMIT ?`),
    due: db.prepare(
      `${JOB_SELECT} WHERE jobs.status IN ('waiting', 'submitting', 'unconfirmed')
         AND jobs.next_action_at IS NOT NULL AND jobs.next_action_at <= ?
       ORDER BY jobs.next_action_at, jobs.created_at LIMIT ?`,
    ),
    inFlight: db.prepare(`${JOB_SELECT} WHERE jobs.status = 'sending' ORDER BY jobs.next_action_at`),
    inFlightCount: db.prepare("SELECT COUNT(*) FROM jobs WHERE status IN ('submitting', 'sending')").pluck(),
    nextDueAt: db
      .prepare(
        "SELECT MIN(next_action_at) FROM jobs WHERE status IN ('waiting', 'submitting', 'sending', 'unconfirmed')",
      )
      .pluck(),
    updates: new StatementCache(db),
  };
}

export class JobTable {
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
    private readonly timeline: Timeline,
    private readonly search: SearchIndex,
  ) {
    this.sql = statements(db);
  }

  /** Writes the jobs of one send, each waiting for the outbox (or its scheduled time). */
  create(jobs: NewJob[]): JobRecord[] {
    const at = this.now();
    const ids = this.db.transaction(() =>
      jobs.map((job) => {
        const id = randomUUID();
        const scheduled = job.scheduledAt !== null && job.scheduledAt > at;
        const { fileNames, ...columns } = job;
        this.sql.insert.run({
          ...columns,
          fileNamesJson: JOB_COLUMNS.fileNames.write(fileNames),
          id,
          hasCover: JOB_COLUMNS.hasCover.write(job.hasCover),
          sandbox: JOB_COLUMNS.sandbox.write(job.sandbox ?? false),
          recipientName: job.recipientName ?? null,
          timeZone: job.timeZone ?? null,
          waitReason: scheduled ? 'scheduled' : 'queued',
          nextActionAt: scheduled ? job.scheduledAt : at,
          at,
        });
        this.search.add(id, job);
        this.timeline.add(id, 'waiting', null, {
          detail: scheduled
            ? `Scheduled to send at ${new Date(job.scheduledAt ?? at).toISOString()}.`
            : 'Queued to send.',
        });
        return id;
      }),
    )();
    return ids.map((id) => this.require(id));
  }

  get(id: string): JobRecord | null {
    const row = this.sql.byId.get(id) as StoredRow | undefined;
    return row ? toJob(row) : null;
  }

  require(id: string): JobRecord {
    const job = this.get(id);
    if (!job) throw new Error(`job ${id} vanished`);
    return job;
  }

  /** Jobs whose id starts with `prefix` (at most `limit`), for short ids typed by people. */
  withIdPrefix(prefix: string, limit = 2): JobRecord[] {
    return (this.sql.byIdPrefix.all(prefix, `${prefix}\uffff`, limit) as StoredRow[]).map(toJob);
  }

  /** Jobs whose next step is due: waiting to go, mid-submission, or awaiting a re-check. */
  due(now: number, limit: number): JobRecord[] {
    return (this.sql.due.all(now, limit) as StoredRow[]).map(toJob);
  }

  /** Faxes Telnyx has and that have not finished. */
  inFlight(): JobRecord[] {
    return (this.sql.inFlight.all() as StoredRow[]).map(toJob);
  }

  /** Faxes Telnyx is (or may be) processing, for the 2000-in-flight cap. */
  inFlightCount(): number {
    return this.sql.inFlightCount.get() as number;
  }

  nextDueAt(): number | null {
    return this.sql.nextDueAt.get() as number | null;
  }

  /** Changes a job and records why, atomically. An event is written when `event` is given. */
  update(id: string, patch: JobPatch, event?: EventInput): JobRecord {
    this.db.transaction(() => {
      this.patch(id, patch);
      if (event) {
        const job = this.require(id);
        this.timeline.add(id, job.status, job.telnyxStatus, event);
      }
    })();
    return this.require(id);
  }

  /** Not a transaction of its own: for changes that write more than the job (attempt-table.ts). */
  patch(id: string, patch: JobPatch): void {
    const { sets, values } = assignments(JOB_COLUMNS, patch);
    const updatedAt = this.now();
    this.sql.updates
      .prepare(`UPDATE jobs SET ${['updated_at = @updatedAt', ...sets].join(', ')} WHERE id = @id`)
      .run({ ...values, id, updatedAt });
  }
}
