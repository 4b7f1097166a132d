/**
 * The document archive: every PDF Faxdesk sends, under `<data>/documents/`, named by its
 * content hash so the same document is stored once and can be checked against its hash.
 * Files are written to a temporary name, flushed, then renamed, so a crash never leaves a
 * half-written document under a real name. Folders are made 0700 and files 0600
 * (private-files.ts): these are the documents people faxed, often patient or client records.
 */
import { closeSync, existsSync, fsyncSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makePrivateFolder, openPrivateFileForWriting } from './private-files';

export class DocumentArchive {
  constructor(private readonly dataDir: string) {}

  /** Stores the bytes; returns the path relative to the data folder. */
  put(bytes: Uint8Array, sha256: string): string {
    const relative = join('documents', sha256.slice(0, 2), `${sha256}.pdf`);
    const target = join(this.dataDir, relative);
    if (existsSync(target)) return relative;
    makePrivateFolder(dirname(target));
    const temporary = `${target}.${process.pid}.tmp`;
    const fd = openPrivateFileForWriting(temporary);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
    return relative;
  }

  read(relative: string): Uint8Array {
    return readFileSync(join(this.dataDir, relative));
  }

  /** Removes a stored document; one already gone is not an error. */
  remove(relative: string): void {
    rmSync(join(this.dataDir, relative), { force: true });
  }

  absolutePath(relative: string): string {
    return join(this.dataDir, relative);
  }
}
