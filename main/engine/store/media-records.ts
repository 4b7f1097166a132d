/**
 * What Faxdesk uploaded to Telnyx media storage and has not yet seen deleted. Each upload's
 * name is on its attempt row; once the fax (the job) is final, the upload is deleted
 * (outbox/media-cleanup.ts) and the attempt records when and how it went. An upload whose fax
 * was deleted from history first is kept in `orphaned_media` by a trigger (migration 3), so
 * deleting a fax never strands a document at Telnyx.
 */
import type { Db } from './database';
import { FINAL_STATUSES, type JobStatus } from '../../../domain/job-status';

/** How an upload was found gone. */
export type MediaDeletion =
  | 'deleted' // Telnyx answered the delete
  | 'already_gone' // Telnyx had no such media (404): deleted before, or expired
  | 'expired'; // its time to live had passed by the time the fax was final, so nothing was asked

/** One upload waiting to be deleted: an attempt's, or an orphan's (its fax deleted). */
export type PendingMedia =
  | { kind: 'attempt'; attemptId: string; name: string; failures: number }
  | { kind: 'orphan'; name: string; failures: number };

export interface AttemptMedia {
  attemptId: string;
  name: string;
  deletedAt: number | null;
  deletion: MediaDeletion | null;
  failures: number;
}

const FINAL = [...FINAL_STATUSES].map((status) => `'${status}'`).join(', ');

export class MediaRecords {
  constructor(private readonly db: Db) {}

  /**
   * Records as expired, without asking Telnyx, the uploads of faxes that were final before
   * `finalBefore`: every upload of a job happens before it is last updated, so their time to
   * live has run out. Spares a desk with a long history (or back from a long time offline)
   * thousands of deletes of media Telnyx no longer has. Returns how many.
   */
  markExpired(finalBefore: number, at: number): number {
    const attempts = this.db
      .prepare(
        `UPDATE attempts SET media_deleted_at = ?, media_deletion = 'expired'
         WHERE media_name IS NOT NULL AND media_deleted_at IS NULL
           AND EXISTS (SELECT 1 FROM jobs WHERE jobs.id = attempts.job_id
             AND jobs.status IN (${FINAL}) AND jobs.updated_at < ?)`,
      )
      .run(at, finalBefore).changes;
    const orphans = this.db.prepare('DELETE FROM orphaned_media WHERE orphaned_at < ?').run(finalBefore).changes;
    return attempts + orphans;
  }

  /**
   * Uploads due for deletion at `at`, oldest first: those of final faxes, and orphans. Runs on
   * every outbox pass, so it walks the few uploads not yet deleted (CROSS JOIN keeps SQLite from
   * starting at the jobs, every one of which is final in a long history).
   */
  due(at: number, limit: number): PendingMedia[] {
    const attempts = this.db
      .prepare(
        `SELECT attempts.id AS attemptId, attempts.media_name AS name, attempts.media_delete_failures AS failures
         FROM attempts CROSS JOIN jobs ON jobs.id = attempts.job_id
         WHERE attempts.media_name IS NOT NULL AND attempts.media_deleted_at IS NULL
           AND jobs.status IN (${FINAL})
           AND (attempts.media_retry_at IS NULL OR attempts.media_retry_at <= ?)
         ORDER BY attempts.created_at, attempts.rowid LIMIT ?`,
      )
      .all(at, limit) as Array<{ attemptId: string; name: string; failures: number }>;
    const orphans = this.db
      .prepare(
        `SELECT name, failures FROM orphaned_media WHERE retry_at IS NULL OR retry_at <= ?
         ORDER BY orphaned_at LIMIT ?`,
      )
      .all(at, Math.max(0, limit - attempts.length)) as Array<{ name: string; failures: number }>;
    return [
      ...attempts.map((row) => ({ kind: 'attempt' as const, ...row })),
      ...orphans.map((row) => ({ kind: 'orphan' as const, ...row })),
    ];
  }

  /**
   * Called just before the delete request, and decides whether it may go: only while the fax is
   * still final ("Send again" may have reopened it since `due`). An attempt that never reached
   * Telnyx (a fax cancelled after its upload) is closed in the same transaction, so sending it
   * again uploads afresh instead of resuming with media that is about to be deleted. IMMEDIATE,
   * so a "Send again" from another process (the CLI) is wholly before or wholly after it.
   */
  release(item: PendingMedia): boolean {
    if (item.kind === 'orphan') return true;
    return this.db
      .transaction(() => {
        const row = this.db
          .prepare(
            `SELECT jobs.status AS status FROM attempts JOIN jobs ON jobs.id = attempts.job_id
             WHERE attempts.id = ? AND attempts.media_deleted_at IS NULL`,
          )
          .get(item.attemptId) as { status: JobStatus } | undefined;
        if (!row || !FINAL_STATUSES.has(row.status)) return false;
        this.db
          .prepare(
            `UPDATE attempts SET phase = 'refused',
               failure_reason = COALESCE(failure_reason, CASE WHEN ? = 'cancelled' THEN 'user_canceled' END)
             WHERE id = ? AND phase IN ('prepared', 'uploaded')`,
          )
          .run(row.status, item.attemptId);
        return true;
      })
      .immediate();
  }

  /** The upload is gone from Telnyx. */
  gone(item: PendingMedia, how: MediaDeletion, at: number): void {
    this.db.transaction(() => {
      if (item.kind === 'attempt') {
        this.db
          .prepare('UPDATE attempts SET media_deleted_at = ?, media_deletion = ?, media_retry_at = NULL WHERE id = ?')
          .run(at, how, item.attemptId);
      }
      // Its fax may have been deleted from history while the request was out.
      this.db.prepare('DELETE FROM orphaned_media WHERE name = ?').run(item.name);
    })();
  }

  /** The delete did not go through: try again at `retryAt`. */
  failed(item: PendingMedia, retryAt: number): void {
    if (item.kind === 'attempt') {
      this.db
        .prepare(
          'UPDATE attempts SET media_delete_failures = media_delete_failures + 1, media_retry_at = ? WHERE id = ?',
        )
        .run(retryAt, item.attemptId);
    } else {
      this.db
        .prepare('UPDATE orphaned_media SET failures = failures + 1, retry_at = ? WHERE name = ?')
        .run(retryAt, item.name);
    }
  }

  /** The uploads of one fax's attempts, in attempt order. */
  ofJob(jobId: string): AttemptMedia[] {
    return this.db
      .prepare(
        `SELECT id AS attemptId, media_name AS name, media_deleted_at AS deletedAt, media_deletion AS deletion,
           media_delete_failures AS failures
         FROM attempts WHERE job_id = ? AND media_name IS NOT NULL ORDER BY number`,
      )
      .all(jobId) as AttemptMedia[];
  }

  /** Uploads whose fax was deleted from history before they were. */
  orphans(): string[] {
    return (
      this.db.prepare('SELECT name FROM orphaned_media ORDER BY orphaned_at').all() as Array<{ name: string }>
    ).map((row) => row.name);
  }
}
