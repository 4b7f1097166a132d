/**
 * When a file in the watched folder has finished being written. Nothing tells a folder watcher
 * that a writer is done (a scanner over SMB, a browser's download, a copy from a USB stick), so
 * a file is taken once its size and modification time were the same at two looks at least
 * `settleMs` apart. A file moved in whole passes at its second look. An empty file is never
 * ready: printers and copy tools create the file before they write to it.
 */

/** One look at a file: what its size and modification time were, and when it was looked at. */
export interface Look {
  size: number;
  mtimeMs: number;
  at: number;
}

export class SettleTracker {
  /** The earliest look at which each file was as it is now. */
  private readonly since = new Map<string, Look>();

  constructor(private readonly settleMs: number) {}

  /** Records a look at `name`; true when it has not changed for at least settleMs. */
  observe(name: string, look: Look): boolean {
    const before = this.since.get(name);
    if (before && before.size === look.size && before.mtimeMs === look.mtimeMs) {
      return look.size > 0 && look.at - before.at >= this.settleMs;
    }
    this.since.set(name, look);
    return false;
  }

  /** Starts over for `name`: it was taken, it vanished, or it must settle again. */
  forget(name: string): void {
    this.since.delete(name);
  }
}
