/**
 * Where a taken file goes: into `sent/` or `failed/` beside it, under its own name (numbered when
 * that name is already there), and for a failure a short text file beside it saying why, in
 * words. The folder is then a record a person can read without Faxdesk.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { FAILED_FOLDER, SENT_FOLDER } from './file-names';

export type MoveResult = { outcome: 'sent' } | { outcome: 'failed'; reason: string };

/** Moves `name` out of `folder` with its result; returns where it went. Throws when it cannot be moved. */
export async function moveTakenFile(folder: string, name: string, result: MoveResult, at: Date): Promise<string> {
  const target = join(folder, result.outcome === 'sent' ? SENT_FOLDER : FAILED_FOLDER);
  await mkdir(target, { recursive: true });
  const moved = join(target, freeName(target, name));
  if (result.outcome === 'failed') {
    // The note is complete before it appears, and before the file it explains.
    const note = `Faxdesk did not send ${name} (taken from ${folder} at ${at.toLocaleString()}).\n\n${result.reason}\n`;
    const writing = join(target, `.${randomBytes(6).toString('hex')}.tmp`);
    await writeFile(writing, note);
    await rename(writing, `${moved}.txt`);
  }
  await rename(join(folder, name), moved);
  return moved;
}

/** `name`, or "name (2).pdf", "name (3).pdf"… when a file of that name is already in `target`. */
function freeName(target: string, name: string): string {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  let candidate = name;
  for (let n = 2; existsSync(join(target, candidate)) || existsSync(join(target, `${candidate}.txt`)); n++) {
    candidate = `${stem} (${n})${extension}`;
  }
  return candidate;
}
