/**
 * "Open" on a fax shows its document in the person's own PDF viewer. The viewer is given a
 * read-only copy, never the archive's file: the archive names documents by their content
 * hash and is the record of what was sent, and a viewer that saves annotations back must
 * not change it. The copy carries a name a person recognises in their viewer's title bar.
 *
 * Copies are as private as the archive: they live in `viewing/` in the data folder (0700), each
 * in a folder of its own with a random name (mkdtemp, 0700), and are readable by their owner
 * only (0400). A shared, predictable place such as /tmp/Faxdesk let another account on the
 * computer read a copy, or put its own file there before the viewer opened it. Copies are
 * removed a day after they were made (at start, and whenever another copy is made).
 */
import { chmod, copyFile, lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join } from 'node:path';
import { makePrivateFolder } from '../engine/store/private-files';

export interface DocumentOwner {
  id: string;
  to: string;
  createdAt: number;
}

/** How long a copy is kept: long enough to read, print or save it elsewhere. */
export const COPY_LIFETIME_MS = 24 * 60 * 60_000;

/** Where a data folder keeps the copies it hands to viewers. */
export function viewingFolderOf(dataDir: string): string {
  return join(dataDir, 'viewing');
}

export async function readOnlyCopy(source: string, job: DocumentOwner, folder: string): Promise<string> {
  makePrivateFolder(folder);
  await removeOldCopies(folder, Date.now());
  // A new folder for every copy: its name cannot be guessed, two copies never share a name,
  // and a copy still open in a viewer (which Windows will not let go) is never written over.
  const dir = await mkdtemp(join(folder, `${job.id.slice(0, 8)}-`));
  const target = join(dir, copyName(job));
  await copyFile(source, target, constants.COPYFILE_EXCL);
  await chmod(target, 0o400);
  return target;
}

/**
 * Removes the copies made more than COPY_LIFETIME_MS before `now`. One that cannot go (a viewer
 * on Windows still has it open) is tried again next time. Returns how many went.
 */
export async function removeOldCopies(folder: string, now: number): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0; // no copies made yet
  }
  let removed = 0;
  for (const name of names) {
    const path = join(folder, name);
    try {
      const stats = await lstat(path);
      if (now - stats.mtimeMs < COPY_LIFETIME_MS) continue;
      await rm(path, { recursive: true, force: true });
      removed++;
    } catch {
      // In use, or already gone: next time.
    }
  }
  return removed;
}

/**
 * Earlier versions put copies in a shared folder of the temp folder (/tmp/Faxdesk on Linux),
 * where other accounts could read them. Removes it at start — only when it is a real folder
 * this account owns: one that another account made there is not ours to touch. Returns what
 * was done, for the log.
 */
export async function removeSharedCopies(folder: string): Promise<'removed' | 'absent' | 'not_ours' | 'failed'> {
  let stats;
  try {
    stats = await lstat(folder);
  } catch {
    return 'absent';
  }
  const uid = process.getuid?.();
  if (!stats.isDirectory() || (uid !== undefined && stats.uid !== uid)) return 'not_ours';
  try {
    await rm(folder, { recursive: true, force: true });
    return 'removed';
  } catch {
    return 'failed'; // something in it is another account's, or a copy is still open
  }
}

/** "Fax to 12025550100, 2026-11-27 10.42.pdf": no characters any file system refuses. */
export function copyName(job: DocumentOwner): string {
  return `Fax to ${job.to.replace(/\D/g, '')}, ${fileStamp(job.createdAt)}.pdf`;
}

/** "Fax from 13125550199, 2026-11-27 10.42.pdf", for a received fax saved or forwarded. */
export function receivedCopyName(fax: { from: string; receivedAt: number }): string {
  const from = fax.from.replace(/\D/g, '') || 'unknown sender';
  return `Fax from ${from}, ${fileStamp(fax.receivedAt)}.pdf`;
}

function fileStamp(epochMs: number): string {
  const at = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${day} ${pad(at.getHours())}.${pad(at.getMinutes())}`;
}
