/**
 * How many faxes were queued when, for the hourly limit of the volume guard
 * (outbox/volume-guard.ts). It lives in the records, so the count survives a restart and the
 * app and the command line share it; and it is kept apart from the jobs, so that deleting
 * faxes from history gives no room to send more. Only times and counts are kept: no numbers.
 */
import type { Db } from './database';

/** Rows older than this can no longer matter to an hourly count. */
const KEEP_MS = 24 * 3_600_000;

export class SendLedger {
  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  /**
   * Faxes queued after `since`. Rows stamped in the future (the clock was put back) count too:
   * a clock change must not make room.
   */
  queuedSince(since: number): number {
    const row = this.db
      .prepare('SELECT COALESCE(SUM(faxes), 0) AS faxes FROM queued_faxes WHERE at > ?')
      .get(since) as {
      faxes: number;
    };
    return row.faxes;
  }

  /**
   * Runs `write` (which queues the faxes) and counts them, in one transaction: either both are
   * on disk or neither is.
   */
  record<T>(faxes: number, write: () => T): T {
    return this.db.transaction(() => {
      const result = write();
      const at = this.now();
      this.db.prepare('INSERT INTO queued_faxes (at, faxes) VALUES (?, ?)').run(at, faxes);
      this.db.prepare('DELETE FROM queued_faxes WHERE at < ?').run(at - KEEP_MS);
      return result;
    })();
  }
}
