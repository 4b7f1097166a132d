/**
 * Attempts — one row per try at Telnyx — written before anything is sent, so a crash at any
 * point resumes from the last committed step. A change to an attempt and to its job, with the
 * timeline event describing both, is one transaction: exactly-once sending depends on it.
 */
import { randomUUID } from 'node:crypto';
import { assignments, selectList, type StoredRow } from './columns';
import type { Db } from './database';
import { ATTEMPT_COLUMNS, toAttempt, type AttemptRecord, type JobRecord } from './job-records';
import type { JobPatch, JobTable } from './job-table';
import { StatementCache } from './statement-cache';
import type { EventInput, Timeline } from './timeline';

export type AttemptPatch = Partial<
  Pick<
    AttemptRecord,
    'phase' | 'mediaName' | 'telnyxFaxId' | 'postedAt' | 'checkFailures' | 'telnyxStatus' | 'failureReason'
  >
>;

/** The change to an attempt's job that goes with a change to the attempt. */
export interface JobChange {
  patch: JobPatch;
  event?: EventInput;
}

/** An attempt and its job, as a change to both left them. */
export interface AttemptAndJob {
  attempt: AttemptRecord;
  job: JobRecord;
}

const ATTEMPT_SELECT = `SELECT ${selectList(ATTEMPT_COLUMNS, 'attempts')} FROM attempts`;

/** Prepared once for the connection; an UPDATE is prepared for each set of fields it changes. */
function statements(db: Db) {
  return {
    insert: db.prepare("INSERT INTO attempts (id, job_id, number, phase, created_at) VALUES (?, ?, ?, 'prepared', ?)"),
    byId: db.prepare(`${ATTEMPT_SELECT} WHERE id = ?`),
    ofJob: db.prepare(`${ATTEMPT_SELECT} WHERE job_id = ? ORDER BY number`),
    latestOfJob: db.prepare(`${ATTEMPT_SELECT} WHERE job_id = ? ORDER BY number DESC LIMIT 1`),
    updates: new StatementCache(db),
  };
}

export class AttemptTable {
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    private readonly db: Db,
    private readonly jobs: JobTable,
    private readonly timeline: Timeline,
    private readonly now: () => number,
  ) {
    this.sql = statements(db);
  }

  get(id: string): AttemptRecord | null {
    const row = this.sql.byId.get(id) as StoredRow | undefined;
    return row ? toAttempt(row) : null;
  }

  of(jobId: string): AttemptRecord[] {
    return (this.sql.ofJob.all(jobId) as StoredRow[]).map(toAttempt);
  }

  latest(jobId: string): AttemptRecord | null {
    const row = this.sql.latestOfJob.get(jobId) as StoredRow | undefined;
    return row ? toAttempt(row) : null;
  }

  /** Starts attempt n+1 of a job; the row exists before anything is sent. */
  start(jobId: string, patch: JobPatch, event: EventInput): AttemptRecord {
    const id = randomUUID();
    this.db.transaction(() => {
      const job = this.jobs.require(jobId);
      const number = (this.latest(jobId)?.number ?? 0) + 1;
      this.sql.insert.run(id, jobId, number, this.now());
      this.jobs.patch(jobId, { ...patch, attempts: Math.max(job.attempts, number) });
      const updated = this.jobs.require(jobId);
      this.timeline.add(jobId, updated.status, updated.telnyxStatus, { ...event, attemptId: id });
    })();
    return this.require(id);
  }

  /** Changes an attempt; returns it as it now stands. */
  update(id: string, patch: AttemptPatch): AttemptRecord {
    this.db.transaction(() => this.write(id, patch))();
    return this.require(id);
  }

  /** Changes an attempt and its job, with an event when one is given, in one transaction. */
  updateWithJob(id: string, patch: AttemptPatch, job: JobChange): AttemptAndJob {
    this.db.transaction(() => {
      this.write(id, patch);
      const { jobId } = this.require(id);
      this.jobs.patch(jobId, job.patch);
      if (job.event) {
        const updated = this.jobs.require(jobId);
        this.timeline.add(jobId, updated.status, updated.telnyxStatus, { ...job.event, attemptId: id });
      }
    })();
    const attempt = this.require(id);
    return { attempt, job: this.jobs.require(attempt.jobId) };
  }

  private write(id: string, patch: AttemptPatch): void {
    const { sets, values } = assignments(ATTEMPT_COLUMNS, patch);
    if (sets.length === 0) return;
    this.sql.updates.prepare(`UPDATE attempts SET ${sets.join(', ')} WHERE id = @id`).run({ ...values, id });
  }

  private require(id: string): AttemptRecord {
    const attempt = this.get(id);
    if (!attempt) throw new Error('attempt vanished');
    return attempt;
  }
}
