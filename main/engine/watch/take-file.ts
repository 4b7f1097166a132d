/**
 * Taking one settled file from the watched folder, exactly once: it is read (its size checked
 * first, so nothing larger than one send is read), known by its identity — name, size,
 * modification time and content — and claimed in the ledger before it is handed on. Whatever
 * the hand-off says, the file is then moved to `sent/` or `failed/`. A file the ledger already
 * knows is not handed on again. A locked file (another program still has it) is tried again
 * later; a file that vanished is let go; neither is an error.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FaxdeskError } from '../errors';
import type { FileIdentity, TakenFile, WatchOutcome } from '../store/watched-files';
import { moveTakenFile, type MoveResult } from './taken-file-moves';
import { MAX_FILE_BYTES } from '../../../domain/send-limits';

/** The ledger as the taker uses it (store/watched-files.ts). */
export interface WatchLedger {
  claim(file: FileIdentity): boolean;
  finish(file: FileIdentity, outcome: WatchOutcome): void;
  find(file: FileIdentity): TakenFile | null;
}

/** A settled file, read, for the hand-off. */
export interface WatchedFile {
  name: string;
  bytes: Uint8Array;
}

/** What the hand-off did: queued or opened in Send (sent/), or could not (failed/, with why). */
export type HandOff = (file: WatchedFile) => Promise<MoveResult>;

/** done: taken or gone; retry: look again later; leave: do not look again until the file changes. */
export type TakeResult = 'done' | 'retry' | 'leave';

export interface TakeDeps {
  folder: string;
  ledger: WatchLedger;
  handOff: HandOff;
  now: () => number;
  log: (message: string, error?: unknown) => void;
  /** A claim without an outcome younger than this is another program at work on the file. */
  claimHeldMs?: number;
  /** Reads a file; tests give one that finds it locked. */
  readFile?: (path: string) => Promise<Uint8Array>;
  /** Told where each taken file went, and why when it failed. */
  moved?: (name: string, result: MoveResult) => void;
}

const LOCKED = new Set(['EACCES', 'EBUSY', 'EPERM', 'ETXTBSY']);
const DEFAULT_CLAIM_HELD_MS = 10 * 60_000;

export async function takeFile(
  deps: TakeDeps,
  name: string,
  seen: { size: number; mtimeMs: number },
): Promise<TakeResult> {
  const path = join(deps.folder, name);
  if (seen.size > MAX_FILE_BYTES) {
    return settle(deps, name, {
      outcome: 'failed',
      reason: `It is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, more than one fax can carry.`,
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await (deps.readFile ?? readFile)(path));
    const after = await stat(path);
    // Written to while it was read: it has not finished after all.
    if (after.size !== seen.size || after.mtimeMs !== seen.mtimeMs || bytes.byteLength !== seen.size) return 'retry';
  } catch (error) {
    return unreadable(deps, name, error);
  }
  const identity: FileIdentity = {
    folder: deps.folder,
    name,
    size: seen.size,
    mtimeMs: seen.mtimeMs,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  if (!deps.ledger.claim(identity)) return alreadyTaken(deps, identity);

  let result: MoveResult;
  try {
    result = await deps.handOff({ name, bytes });
  } catch (error) {
    result = { outcome: 'failed', reason: reasonOf(error) };
  }
  deps.ledger.finish(identity, result.outcome);
  return settle(deps, name, result);
}

/** The ledger knows the file: it is not handed on again; it is moved out, unless another program is at it. */
async function alreadyTaken(deps: TakeDeps, identity: FileIdentity): Promise<TakeResult> {
  const taken = deps.ledger.find(identity);
  if (!taken) return 'retry';
  const when = new Date(taken.takenAt).toLocaleString();
  if (taken.outcome === null) {
    if (deps.now() - taken.takenAt < (deps.claimHeldMs ?? DEFAULT_CLAIM_HELD_MS)) return 'leave';
    return settle(deps, identity.name, {
      outcome: 'failed',
      reason:
        `Faxdesk stopped while it was taking this file (${when}), so it was not taken again: it may have been queued. ` +
        'Check Outbox and history; to send it, put it in the watched folder again under a new name.',
    });
  }
  return settle(deps, identity.name, {
    outcome: 'failed',
    reason: `Faxdesk already took this same file (${when}), so it was not taken again. To send it again, put it in the watched folder under a new name.`,
  });
}

/** Moves the file with its result; a file that cannot be moved is left, and not looked at until it changes. */
async function settle(deps: TakeDeps, name: string, result: MoveResult): Promise<TakeResult> {
  try {
    await moveTakenFile(deps.folder, name, result, new Date(deps.now()));
    deps.moved?.(name, result);
    return 'done';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'done';
    deps.log(`Faxdesk could not move ${name} out of the watched folder ${deps.folder}`, error);
    return 'leave';
  }
}

function unreadable(deps: TakeDeps, name: string, error: unknown): TakeResult {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOENT') return 'done';
  if (!LOCKED.has(code)) deps.log(`Faxdesk could not read ${name} in the watched folder; it will try again`, error);
  return 'retry';
}

function reasonOf(error: unknown): string {
  if (error instanceof FaxdeskError) return error.message;
  return `Faxdesk could not take it: ${error instanceof Error ? error.message : String(error)}`;
}
