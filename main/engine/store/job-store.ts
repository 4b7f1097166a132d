/**
 * Jobs, attempts and their timeline in SQLite. Every change is one transaction that also
 * writes the timeline event describing it, so the record and its history never disagree,
 * and a job is on disk before anything about it leaves the machine.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from './database';
import {
  toAttempt,
  toJob,
  type AttemptRecord,
  type AttemptRow,
  type EventRecord,
  type JobRecord,
  type JobRow,
} from './job-records';
import { searchQuery, searchText } from './search-text';
import type { JobStatus } from '../../../domain/job-status';
import type { FaxQuality } from '../../../domain/fax-quality';

export interface NewJob {
  batchId: string;
  documentId: number;
  to: string;
  contactName: string | null;
  from: string;
  connectionId: string;
  quality: FaxQuality;
  subject: string | null;
  /** The files as the person named them (a document shared by content may carry other names). */
  fileNames: string[];
  hasCover: boolean;
  scheduledAt: number | null;
}

export interface NewDocument {
  sha256: string;
  path: string;
  pages: number;
  bytes: number;
  sourceNames: string[];
}

export interface EventInput {
  detail: string;
  attemptId?: string | null;
}

type JobPatch = Partial<
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
  >
>;
type AttemptPatch = Partial<
  Pick<
    AttemptRecord,
    'phase' | 'mediaName' | 'telnyxFaxId' | 'postedAt' | 'checkFailures' | 'telnyxStatus' | 'failureReason'
  >
>;

const JOB_COLUMNS: Record<keyof JobPatch, string> = {
  status: 'status',
  telnyxStatus: 'telnyx_status',
  telnyxFaxId: 'telnyx_fax_id',
  failureReason: 'failure_reason',
  waitReason: 'wait_reason',
  attempts: 'attempts',
  redials: 'redials',
  nextActionAt: 'next_action_at',
  cancelRequested: 'cancel_requested',
  stalled: 'stalled',
  progressAt: 'progress_at',
  lastConfirmedAt: 'last_confirmed_at',
  scheduledAt: 'scheduled_at',
};
const ATTEMPT_COLUMNS: Record<keyof AttemptPatch, string> = {
  phase: 'phase',
  mediaName: 'media_name',
  telnyxFaxId: 'telnyx_fax_id',
  postedAt: 'posted_at',
  checkFailures: 'check_failures',
  telnyxStatus: 'telnyx_status',
  failureReason: 'failure_reason',
};

const JOB_SELECT = `SELECT jobs.*, documents.pages AS pages
  FROM jobs JOIN documents ON documents.id = jobs.document_id`;

export interface ListQuery {
  status?: JobStatus[];
  search?: string;
  /** Keyset paging: the jobs after this one in the list (the id of the last job of a page). */
  before?: string;
  /**
   * Positional paging: skip this many jobs. For a list that jumps far (a scrollbar dragged to
   * the end), where keyset paging would have to walk every page in between.
   */
  offset?: number;
  limit: number;
  createdFrom?: number;
  createdTo?: number;
}

export class JobStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores a prepared document once per content hash; returns its id. */
  addDocument(document: NewDocument): number {
    this.db
      .prepare(
        `INSERT INTO documents (sha256, path, pages, bytes, source_names, created_at)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING`,
      )
      .run(
        document.sha256,
        document.path,
        document.pages,
        document.bytes,
        JSON.stringify(document.sourceNames),
        this.now(),
      );
    const row = this.db.prepare('SELECT id FROM documents WHERE sha256 = ?').get(document.sha256) as { id: number };
    return row.id;
  }

  document(id: number): (NewDocument & { id: number }) | null {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as
      { id: number; sha256: string; path: string; pages: number; bytes: number; source_names: string } | undefined;
    if (!row) return null;
    const sourceNames = JSON.parse(row.source_names) as string[];
    return { id: row.id, sha256: row.sha256, path: row.path, pages: row.pages, bytes: row.bytes, sourceNames };
  }

  /** Writes the jobs of one send, each waiting for the outbox (or its scheduled time). */
  createJobs(jobs: NewJob[]): JobRecord[] {
    const at = this.now();
    const insert = this.db.prepare(
      `INSERT INTO jobs (id, batch_id, document_id, to_number, contact_name, from_number, connection_id, quality,
         subject, file_names, has_cover, status, wait_reason, scheduled_at, next_action_at, created_at, updated_at)
       VALUES (@id, @batchId, @documentId, @to, @contactName, @from, @connectionId, @quality,
         @subject, @fileNamesJson, @hasCover, 'waiting', @waitReason, @scheduledAt, @nextActionAt, @at, @at)`,
    );
    const index = this.db.prepare(
      'INSERT INTO job_search (rowid, recipient, contact, subject, files) SELECT rowid, ?, ?, ?, ? FROM jobs WHERE id = ?',
    );
    const ids = this.db.transaction(() =>
      jobs.map((job) => {
        const id = randomUUID();
        const scheduled = job.scheduledAt !== null && job.scheduledAt > at;
        const { fileNames, ...columns } = job;
        insert.run({
          ...columns,
          fileNamesJson: JSON.stringify(fileNames),
          id,
          hasCover: job.hasCover ? 1 : 0,
          waitReason: scheduled ? 'scheduled' : 'queued',
          nextActionAt: scheduled ? job.scheduledAt : at,
          at,
        });
        index.run(searchText.number(job.to), job.contactName ?? '', job.subject ?? '', fileNames.join(' '), id);
        this.addEvent(id, 'waiting', null, {
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
    const row = this.db.prepare(`${JOB_SELECT} WHERE jobs.id = ?`).get(id) as JobRow | undefined;
    return row ? toJob(row) : null;
  }

  require(id: string): JobRecord {
    const job = this.get(id);
    if (!job) throw new Error(`job ${id} vanished`);
    return job;
  }

  /** Jobs whose id starts with `prefix` (at most `limit`), for short ids typed by people. */
  withIdPrefix(prefix: string, limit = 2): JobRecord[] {
    return (
      this.db
        .prepare(`${JOB_SELECT} WHERE jobs.id >= ? AND jobs.id < ? ORDER BY jobs.id LIMIT ?`)
        .all(prefix, `${prefix}\uffff`, limit) as JobRow[]
    ).map(toJob);
  }

  /**
   * Newest first (jobs are stored in the order they were created, so rowid order is creation
   * order), filtered, paged by keyset so deep pages cost the same as the first. A search asks
   * the full-text index for its newest matches first instead of sorting every match.
   */
  list(query: ListQuery): JobRecord[] {
    const { sql, params } = whereClause(query);
    return (
      this.db
        .prepare(`${JOB_SELECT} ${sql} ORDER BY jobs.rowid DESC LIMIT ? OFFSET ?`)
        .all(...params, query.limit, query.offset ?? 0) as JobRow[]
    ).map(toJob);
  }

  count(query: Omit<ListQuery, 'limit' | 'before' | 'offset'>): number {
    const match = query.search ? searchQuery(query.search) : null;
    if (match && !query.status?.length && query.createdFrom === undefined && query.createdTo === undefined) {
      return (
        this.db.prepare('SELECT COUNT(*) AS n FROM job_search WHERE job_search MATCH ?').get(match) as { n: number }
      ).n;
    }
    const { sql, params } = whereClause(query);
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM jobs ${sql}`).get(...params) as { n: number }).n;
  }

  /** The numbers faxed most recently, newest first, with the name last used for each. */
  recentRecipients(limit: number): Array<{ number: string; name: string | null; lastUsedAt: number }> {
    return this.db
      .prepare(
        `SELECT to_number AS number, MAX(created_at) AS lastUsedAt,
             (SELECT contact_name FROM jobs j2 WHERE j2.to_number = jobs.to_number AND j2.contact_name IS NOT NULL
              ORDER BY j2.rowid DESC LIMIT 1) AS name
           FROM jobs GROUP BY to_number ORDER BY lastUsedAt DESC LIMIT ?`,
      )
      .all(limit) as Array<{ number: string; name: string | null; lastUsedAt: number }>;
  }

  events(jobId: string): EventRecord[] {
    return (
      this.db.prepare('SELECT * FROM events WHERE job_id = ? ORDER BY at, id').all(jobId) as Array<{
        id: number;
        job_id: string;
        attempt_id: string | null;
        at: number;
        status: JobStatus;
        telnyx_status: string | null;
        detail: string;
      }>
    ).map((row) => ({
      id: row.id,
      jobId: row.job_id,
      attemptId: row.attempt_id,
      at: row.at,
      status: row.status,
      telnyxStatus: row.telnyx_status,
      detail: row.detail,
    }));
  }

  attempts(jobId: string): AttemptRecord[] {
    return (this.db.prepare('SELECT * FROM attempts WHERE job_id = ? ORDER BY number').all(jobId) as AttemptRow[]).map(
      toAttempt,
    );
  }

  latestAttempt(jobId: string): AttemptRecord | null {
    const row = this.db.prepare('SELECT * FROM attempts WHERE job_id = ? ORDER BY number DESC LIMIT 1').get(jobId) as
      AttemptRow | undefined;
    return row ? toAttempt(row) : null;
  }

  attempt(id: string): AttemptRecord | null {
    const row = this.db.prepare('SELECT * FROM attempts WHERE id = ?').get(id) as AttemptRow | undefined;
    return row ? toAttempt(row) : null;
  }

  /** Jobs whose next step is due: waiting to go, mid-submission, or awaiting a re-check. */
  due(now: number, limit: number): JobRecord[] {
    return (
      this.db
        .prepare(
          `${JOB_SELECT} WHERE jobs.status IN ('waiting', 'submitting', 'unconfirmed')
             AND jobs.next_action_at IS NOT NULL AND jobs.next_action_at <= ?
           ORDER BY jobs.next_action_at, jobs.created_at LIMIT ?`,
        )
        .all(now, limit) as JobRow[]
    ).map(toJob);
  }

  /** Faxes Telnyx has and that have not finished. */
  inFlight(): JobRecord[] {
    return (
      this.db.prepare(`${JOB_SELECT} WHERE jobs.status = 'sending' ORDER BY jobs.next_action_at`).all() as JobRow[]
    ).map(toJob);
  }

  /** Faxes Telnyx is (or may be) processing, for the 2000-in-flight cap. */
  inFlightCount(): number {
    const row = this.db.prepare("SELECT COUNT(*) AS n FROM jobs WHERE status IN ('submitting', 'sending')").get() as {
      n: number;
    };
    return row.n;
  }

  nextDueAt(): number | null {
    const row = this.db
      .prepare(
        "SELECT MIN(next_action_at) AS at FROM jobs WHERE status IN ('waiting', 'submitting', 'sending', 'unconfirmed')",
      )
      .get() as { at: number | null };
    return row.at;
  }

  /** Changes a job and records why, atomically. An event is written when `event` is given. */
  updateJob(id: string, patch: JobPatch, event?: EventInput): JobRecord {
    this.db.transaction(() => {
      this.applyJobPatch(id, patch);
      if (event) {
        const job = this.require(id);
        this.addEvent(id, job.status, job.telnyxStatus, event);
      }
    })();
    return this.require(id);
  }

  /** Starts attempt n+1 of a job; the row exists before anything is sent. */
  startAttempt(jobId: string, patch: JobPatch, event: EventInput): AttemptRecord {
    const id = randomUUID();
    this.db.transaction(() => {
      const job = this.require(jobId);
      const number = (this.latestAttempt(jobId)?.number ?? 0) + 1;
      this.db
        .prepare("INSERT INTO attempts (id, job_id, number, phase, created_at) VALUES (?, ?, ?, 'prepared', ?)")
        .run(id, jobId, number, this.now());
      this.applyJobPatch(jobId, { ...patch, attempts: Math.max(job.attempts, number) });
      const updated = this.require(jobId);
      this.addEvent(jobId, updated.status, updated.telnyxStatus, { ...event, attemptId: id });
    })();
    const attempt = this.attempt(id);
    if (!attempt) throw new Error('attempt vanished');
    return attempt;
  }

  /** Changes an attempt and, optionally, its job with an event — in one transaction. */
  updateAttempt(id: string, patch: AttemptPatch, job?: { patch: JobPatch; event?: EventInput }): AttemptRecord {
    this.db.transaction(() => {
      const sets = Object.entries(patch).map(([key]) => `${ATTEMPT_COLUMNS[key as keyof AttemptPatch]} = @${key}`);
      if (sets.length) this.db.prepare(`UPDATE attempts SET ${sets.join(', ')} WHERE id = @id`).run({ ...patch, id });
      if (job) {
        const attempt = this.attempt(id);
        if (!attempt) throw new Error('attempt vanished');
        this.applyJobPatch(attempt.jobId, job.patch);
        if (job.event) {
          const updated = this.require(attempt.jobId);
          this.addEvent(attempt.jobId, updated.status, updated.telnyxStatus, { ...job.event, attemptId: id });
        }
      }
    })();
    const attempt = this.attempt(id);
    if (!attempt) throw new Error('attempt vanished');
    return attempt;
  }

  /**
   * Removes a job with its attempts, timeline and search entry. Its document goes too when no
   * other job still uses it (one send to several numbers shares one); that document is
   * returned, so its file can be removed once the rows are gone.
   */
  deleteJob(id: string): { path: string } | null {
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT document_id FROM jobs WHERE id = ?').get(id) as
        { document_id: number } | undefined;
      if (!row) return null;
      this.db.prepare('DELETE FROM job_search WHERE rowid = (SELECT rowid FROM jobs WHERE id = ?)').run(id);
      this.db.prepare('DELETE FROM jobs WHERE id = ?').run(id);
      const shared = this.db.prepare('SELECT 1 FROM jobs WHERE document_id = ? LIMIT 1').get(row.document_id);
      if (shared) return null;
      const document = this.db.prepare('SELECT path FROM documents WHERE id = ?').get(row.document_id) as
        { path: string } | undefined;
      this.db.prepare('DELETE FROM documents WHERE id = ?').run(row.document_id);
      return document ?? null;
    })();
  }

  private applyJobPatch(id: string, patch: JobPatch): void {
    const values: Record<string, unknown> = { id, updatedAt: this.now() };
    const sets = ['updated_at = @updatedAt'];
    for (const [key, value] of Object.entries(patch)) {
      sets.push(`${JOB_COLUMNS[key as keyof JobPatch]} = @${key}`);
      values[key] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    }
    this.db.prepare(`UPDATE jobs SET ${sets.join(', ')} WHERE id = @id`).run(values);
  }

  private addEvent(jobId: string, status: JobStatus, telnyxStatus: string | null, event: EventInput): void {
    this.db
      .prepare('INSERT INTO events (job_id, attempt_id, at, status, telnyx_status, detail) VALUES (?, ?, ?, ?, ?, ?)')
      .run(jobId, event.attemptId ?? null, this.now(), status, telnyxStatus, event.detail);
  }
}

function whereClause(query: Omit<ListQuery, 'limit'>): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.status?.length) {
    where.push(`jobs.status IN (${query.status.map(() => '?').join(', ')})`);
    params.push(...query.status);
  }
  const match = query.search ? searchQuery(query.search) : null;
  if (match) {
    where.push('jobs.rowid IN (SELECT rowid FROM job_search WHERE job_search MATCH ? ORDER BY rowid DESC)');
    params.push(match);
  }
  if (query.createdFrom !== undefined) {
    where.push('jobs.created_at >= ?');
    params.push(query.createdFrom);
  }
  if (query.createdTo !== undefined) {
    where.push('jobs.created_at < ?');
    params.push(query.createdTo);
  }
  if (query.before) {
    where.push('jobs.rowid < (SELECT rowid FROM jobs WHERE id = ?)');
    params.push(query.before);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}
