/**
 * One sending process per data folder. The app and the CLI may run at once on the same
 * records; if both worked the outbox they could send the same fax twice. The process that
 * holds the lease sends; the others only queue jobs and read. A lease whose holder died on
 * this machine is taken over at once; otherwise it expires after `leaseMs`.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../store/database';

export class OutboxLease {
  readonly owner = randomUUID();
  private readonly host = hostname();

  constructor(
    private readonly db: Db,
    private readonly leaseMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes or renews the lease; false while another live process holds it. */
  acquire(): boolean {
    return this.db
      .transaction(() => {
        const row = this.db.prepare('SELECT owner, pid, host, expires_at FROM outbox_lease WHERE id = 1').get() as
          { owner: string; pid: number; host: string; expires_at: number } | undefined;
        const now = this.now();
        const free =
          !row ||
          row.owner === this.owner ||
          row.expires_at <= now ||
          (row.host === this.host && !processIsAlive(row.pid));
        if (!free) return false;
        this.db
          .prepare(
            `INSERT INTO outbox_lease (id, owner, pid, host, expires_at) VALUES (1, ?, ?, ?, ?)
             ON CONFLICT(id) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, host = excluded.host,
               expires_at = excluded.expires_at`,
          )
          .run(this.owner, process.pid, this.host, now + this.leaseMs);
        return true;
      })
      .immediate();
  }

  release(): void {
    this.db.prepare('DELETE FROM outbox_lease WHERE id = 1 AND owner = ?').run(this.owner);
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
