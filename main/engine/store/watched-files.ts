/**
 * The ledger of the watched folder (main/engine/watch/): which files it has taken, so that each
 * is taken exactly once — across restarts, and between the app and `faxdesk watch` looking at
 * the same folder. A file is claimed before anything is done with it, in one INSERT that only
 * one taker can win, and its outcome is written once it is handled.
 */
import type { Db } from './database';

/** What makes a file the same file: where it is, its size, its modification time and its content. */
export interface FileIdentity {
  folder: string;
  name: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

export type WatchOutcome = 'sent' | 'failed';

/** What the ledger knows of a file it has seen: when it was taken and how it ended (null: unfinished). */
export interface TakenFile {
  takenAt: number;
  outcome: WatchOutcome | null;
}

const KEY = 'folder = ? AND name = ? AND size = ? AND mtime_ms = ? AND sha256 = ?';

function key(file: FileIdentity): [string, string, number, number, string] {
  return [file.folder, file.name, file.size, Math.trunc(file.mtimeMs), file.sha256];
}

export class WatchedFiles {
  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  /** Claims the file; false when it was already claimed (taken before, or by another program now). */
  claim(file: FileIdentity): boolean {
    const result = this.db
      .prepare(
        'INSERT OR IGNORE INTO watched_files (folder, name, size, mtime_ms, sha256, taken_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(...key(file), this.now());
    return result.changes === 1;
  }

  /** How a claimed file ended. */
  finish(file: FileIdentity, outcome: WatchOutcome): void {
    this.db.prepare(`UPDATE watched_files SET outcome = ? WHERE ${KEY}`).run(outcome, ...key(file));
  }

  /** What the ledger knows of this file; null when it was never taken. */
  find(file: FileIdentity): TakenFile | null {
    const row = this.db.prepare(`SELECT taken_at, outcome FROM watched_files WHERE ${KEY}`).get(...key(file)) as
      { taken_at: number; outcome: WatchOutcome | null } | undefined;
    return row ? { takenAt: row.taken_at, outcome: row.outcome } : null;
  }
}
