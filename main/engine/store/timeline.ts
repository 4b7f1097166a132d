/**
 * The timeline shown for each fax. Events are written only inside the transaction of the
 * change they describe (job-table.ts, attempt-table.ts), so a record and its history never
 * disagree.
 */
import type { JobStatus } from '../../../domain/job-status';
import { selectList, type StoredRow } from './columns';
import type { Db } from './database';
import { EVENT_COLUMNS, toEvent, type EventRecord } from './job-records';

export interface EventInput {
  detail: string;
  attemptId?: string | null;
}

/** Prepared once for the connection. */
function statements(db: Db) {
  return {
    insert: db.prepare(
      'INSERT INTO events (job_id, attempt_id, at, status, telnyx_status, detail) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    ofJob: db.prepare(`SELECT ${selectList(EVENT_COLUMNS, 'events')} FROM events WHERE job_id = ? ORDER BY at, id`),
  };
}

export class Timeline {
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    db: Db,
    private readonly now: () => number,
  ) {
    this.sql = statements(db);
  }

  /** Not a transaction of its own: the caller's change and this event commit together. */
  add(jobId: string, status: JobStatus, telnyxStatus: string | null, event: EventInput): void {
    this.sql.insert.run(jobId, event.attemptId ?? null, this.now(), status, telnyxStatus, event.detail);
  }

  of(jobId: string): EventRecord[] {
    return (this.sql.ofJob.all(jobId) as StoredRow[]).map(toEvent);
  }
}
