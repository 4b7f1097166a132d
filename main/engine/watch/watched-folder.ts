/**
 * The watched folder as one piece, for the app and `faxdesk watch` alike: the folder watcher
 * taking settled files through the ledger, handing each to the caller, and moving it to sent/
 * or failed/. Where the folder is: the setting, or ~/Faxdesk Outbox.
 */
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { FolderWatcher } from './folder-watcher';
import type { MoveResult } from './taken-file-moves';
import { takeFile, type HandOff, type WatchLedger } from './take-file';

export const DEFAULT_WATCH_FOLDER_NAME = 'Faxdesk Outbox';

/** The folder to watch: the one chosen in Settings, or ~/Faxdesk Outbox. */
export function watchFolderPath(chosen: string | null, home: string = homedir()): string {
  return resolve(chosen ?? join(home, DEFAULT_WATCH_FOLDER_NAME));
}

export interface WatchedFolderOptions {
  folder: string;
  ledger: WatchLedger;
  handOff: HandOff;
  log: (message: string, error?: unknown) => void;
  now?: () => number;
  settleMs?: number;
  rescanMs?: number;
  /** Reads a file; tests give one that finds it locked. */
  readFile?: (path: string) => Promise<Uint8Array>;
  /** Told where each taken file went, and why when it failed. */
  moved?: (name: string, result: MoveResult) => void;
}

export interface WatchedFolder {
  folder: string;
  /** Stops watching, after the file being taken (if any) is finished with. */
  stop(): Promise<void>;
}

/** Creates the folder if it is missing and starts watching it. */
export async function startWatchedFolder(options: WatchedFolderOptions): Promise<WatchedFolder> {
  const folder = resolve(options.folder);
  const now = options.now ?? Date.now;
  await mkdir(folder, { recursive: true });
  const watcher = new FolderWatcher({
    folder,
    log: options.log,
    now,
    settleMs: options.settleMs,
    rescanMs: options.rescanMs,
    take: (name, seen) => takeFile({ ...options, folder, now }, name, seen),
  });
  watcher.start();
  return { folder, stop: () => watcher.stop() };
}
