/**
 * Watches one folder for files to take: fs.watch for promptness, and a rescan every few seconds
 * as the safety net, since fs.watch misses events on network drives and may stop altogether
 * (the folder removed, the share gone). Each candidate is looked at until it has settled
 * (settle-tracker.ts), then taken, one file at a time, by `take`. Hidden, temporary and partial
 * names and the sent/ and failed/ subfolders are never looked at; only plain files are.
 */
import { watch, type FSWatcher } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isIgnoredName } from './file-names';
import { SettleTracker } from './settle-tracker';
import type { TakeResult } from './take-file';

export interface FolderWatcherOptions {
  folder: string;
  /** Takes a settled file; what it answers says whether to look at it again. */
  take: (name: string, seen: { size: number; mtimeMs: number }) => Promise<TakeResult>;
  log: (message: string, error?: unknown) => void;
  /** How long a file must stay the same before it is taken. */
  settleMs?: number;
  /** How often the whole folder is listed again, whatever fs.watch reported. */
  rescanMs?: number;
  now?: () => number;
}

export const DEFAULT_SETTLE_MS = 600;
export const DEFAULT_RESCAN_MS = 5_000;

export class FolderWatcher {
  private readonly tracker: SettleTracker;
  private readonly settleMs: number;
  private readonly now: () => number;
  private watcher: FSWatcher | null = null;
  private rescanTimer: NodeJS.Timeout | null = null;
  private readonly lookTimers = new Map<string, NodeJS.Timeout>();
  /** Files that were left (could not be moved), by name, as they were: not read again until they change. */
  private readonly left = new Map<string, string>();
  private readonly queued = new Set<string>();
  private taking: Promise<void> = Promise.resolve();
  private stopped = false;
  private folderMissingSaid = false;

  constructor(private readonly options: FolderWatcherOptions) {
    this.settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
    this.now = options.now ?? Date.now;
    this.tracker = new SettleTracker(this.settleMs);
  }

  start(): void {
    this.listen();
    this.rescanTimer = setInterval(() => void this.rescan(), this.options.rescanMs ?? DEFAULT_RESCAN_MS);
    void this.rescan();
  }

  /** Stops watching and waits for a file being taken to be finished with. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.watcher?.close();
    this.watcher = null;
    if (this.rescanTimer) clearInterval(this.rescanTimer);
    for (const timer of this.lookTimers.values()) clearTimeout(timer);
    this.lookTimers.clear();
    await this.taking;
  }

  private listen(): void {
    if (this.watcher || this.stopped) return;
    try {
      this.watcher = watch(this.options.folder, { persistent: false }, (_event, name) => {
        if (typeof name === 'string') void this.look(name);
      });
      // The folder went away, or the share dropped: the rescan carries on and listens again.
      this.watcher.on('error', () => {
        this.watcher?.close();
        this.watcher = null;
      });
    } catch {
      this.watcher = null;
    }
  }

  /** Lists the folder and looks at every file in it; listens again if fs.watch had stopped. */
  async rescan(): Promise<void> {
    if (this.stopped) return;
    let names: string[];
    try {
      names = await readdir(this.options.folder);
      this.folderMissingSaid = false;
    } catch (error) {
      if (!this.folderMissingSaid)
        this.options.log(`Faxdesk cannot list the watched folder ${this.options.folder}`, error);
      this.folderMissingSaid = true;
      return;
    }
    this.listen();
    await Promise.all(names.map((name) => this.look(name)));
  }

  private async look(name: string): Promise<void> {
    if (this.stopped || isIgnoredName(name) || this.queued.has(name)) return;
    let seen: { size: number; mtimeMs: number };
    try {
      const stats = await lstat(join(this.options.folder, name));
      // Folders (sent/ and failed/ among them), links and devices are not taken.
      if (!stats.isFile()) return;
      seen = { size: stats.size, mtimeMs: stats.mtimeMs };
    } catch {
      // Gone (taken by someone else, deleted, renamed away) or not ours to look at.
      this.tracker.forget(name);
      return;
    }
    const state = `${seen.size}:${seen.mtimeMs}`;
    if (this.left.get(name) === state) return;
    this.left.delete(name);
    if (this.tracker.observe(name, { ...seen, at: this.now() })) {
      this.enqueue(name, seen, state);
    } else {
      this.lookAgain(name);
    }
  }

  private lookAgain(name: string): void {
    if (this.lookTimers.has(name) || this.stopped) return;
    const timer = setTimeout(() => {
      this.lookTimers.delete(name);
      void this.look(name);
    }, this.settleMs);
    timer.unref();
    this.lookTimers.set(name, timer);
  }

  /** One file at a time: the hand-off may ask the person (a large send) or read in the reader process. */
  private enqueue(name: string, seen: { size: number; mtimeMs: number }, state: string): void {
    this.queued.add(name);
    this.taking = this.taking.then(async () => {
      let result: TakeResult = 'retry';
      try {
        if (!this.stopped) result = await this.options.take(name, seen);
      } catch (error) {
        this.options.log(`Faxdesk could not take ${name} from the watched folder`, error);
      }
      this.queued.delete(name);
      this.tracker.forget(name);
      if (result === 'leave') this.left.set(name, state);
      // A locked file, or one still being written: it settles again before it is tried again.
      if (result === 'retry') this.lookAgain(name);
    });
  }
}
