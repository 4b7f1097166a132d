/**
 * "Open" on a fax shows its document in the person's own PDF viewer. The viewer is given a
 * read-only copy, never the archive's file: the archive names documents by their content
 * hash and is the record of what was sent, and a viewer that saves annotations back must
 * not change it. The copy carries a name a person recognises in their viewer's title bar.
 */
import { chmod, copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface DocumentOwner {
  id: string;
  to: string;
  createdAt: number;
}

export async function readOnlyCopy(source: string, job: DocumentOwner, folder: string): Promise<string> {
  // One folder per fax, so two faxes to the same number at the same minute never share a name.
  const dir = join(folder, job.id.slice(0, 8));
  await mkdir(dir, { recursive: true });
  const target = join(dir, copyName(job));
  // An earlier copy is read-only: remove it rather than write through its permissions.
  await rm(target, { force: true });
  await copyFile(source, target);
  await chmod(target, 0o444);
  return target;
}

/** "Fax to 12025550100, 2026-11-27 10.42.pdf": no characters any file system refuses. */
export function copyName(job: DocumentOwner): string {
  const at = new Date(job.createdAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}.${pad(at.getMinutes())}`;
  return `Fax to ${job.to.replace(/\D/g, '')}, ${day} ${time}.pdf`;
}
