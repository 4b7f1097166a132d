/**
 * How far this desk has read the account's list of faxes, one cursor per direction: the
 * newest `created_at` it has seen. The next listing asks for faxes created after the cursor
 * less an overlap window, because Telnyx's list may show a fax a little after its created_at
 * (the fax is written, then listed); what the overlap shows twice is recognised by its id.
 */
import type { Db } from './database';

export type SyncCursorName = 'inbound' | 'outbound';

export class SyncCursors {
  private readonly read;
  private readonly write;

  constructor(
    db: Db,
    private readonly now: () => number,
  ) {
    this.read = db.prepare('SELECT created_at FROM sync_cursors WHERE name = ?').pluck();
    // Only ever forward: two passes that overlap (the app and the CLI) cannot move it back.
    this.write = db.prepare(
      `INSERT INTO sync_cursors (name, created_at, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET created_at = MAX(created_at, excluded.created_at), updated_at = excluded.updated_at`,
    );
  }

  /** The newest created_at seen in this direction, or null before the first listing. */
  get(name: SyncCursorName): number | null {
    return (this.read.get(name) as number | undefined) ?? null;
  }

  /** Records that every fax created up to `createdAt` has been seen. */
  advance(name: SyncCursorName, createdAt: number): void {
    this.write.run(name, createdAt, this.now());
  }
}
