/**
 * How far this desk has read the account's older received faxes. The first listing takes the
 * whole history, newest first, a few pages per pass (inbox/inbox-listing.ts): this remembers
 * the oldest created_at read so far, so it goes on from there after a restart, and when it
 * reached the end.
 */
import type { Db } from './database';

export interface HistoryProgress {
  /** The oldest created_at read so far (epoch ms); null before the first page. */
  beforeAt: number | null;
  finished: boolean;
}

export class ReceivedHistory {
  private readonly read;
  private readonly write;

  constructor(
    db: Db,
    private readonly now: () => number,
  ) {
    this.read = db.prepare(
      'SELECT before_at AS beforeAt, finished_at AS finishedAt FROM received_history WHERE id = 1',
    );
    this.write = db.prepare(
      `INSERT INTO received_history (id, before_at, finished_at) VALUES (1, ?, ?)
       ON CONFLICT (id) DO UPDATE SET before_at = excluded.before_at, finished_at = excluded.finished_at`,
    );
  }

  get(): HistoryProgress {
    const row = this.read.get() as { beforeAt: number | null; finishedAt: number | null } | undefined;
    return { beforeAt: row?.beforeAt ?? null, finished: (row?.finishedAt ?? null) !== null };
  }

  /** Read back to `beforeAt`; `finished` once the oldest fax has been read. */
  readTo(beforeAt: number | null, finished: boolean): void {
    this.write.run(beforeAt, finished ? this.now() : null);
  }
}
