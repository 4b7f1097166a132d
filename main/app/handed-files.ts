/**
 * Files handed to the running Faxdesk — "Open with Faxdesk", Send to, a second launch naming
 * files, macOS's open-file — waiting for the page to take them into Send. The shell hands them
 * over (index.ts) and the page is told (`documents.handed`); the page then takes them
 * (documents:takeHanded), each read and staged like a dropped file (staged-documents.ts), so a
 * send names them by token. Taking, rather than pushing them with the event, means files handed
 * over before the window has loaded are not lost. Free of Electron: the browser tests hand
 * files over the same way.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DocumentInfo, EventName, Events, HandedDocuments } from '../../preload/contract';
import { MAX_DOCUMENTS, MAX_FILE_BYTES } from '../../domain/send-limits';
import type { SourceFile } from '../engine/documents';
import { FaxdeskError } from '../engine/errors';
import type { StagedDocuments } from './staged-documents';

export class HandedFiles {
  private waiting: string[] = [];

  constructor(private readonly emit: <E extends EventName>(event: E, payload: Events[E]) => void) {}

  /** Absolute paths of existing files; at most one send's worth waits, the first ones handed. */
  hand(paths: readonly string[]): void {
    const room = MAX_DOCUMENTS - this.waiting.length;
    const added = [...new Set(paths)].filter((path) => !this.waiting.includes(path)).slice(0, Math.max(0, room));
    if (added.length === 0) return;
    this.waiting.push(...added);
    this.emit('documents.handed', { count: this.waiting.length });
  }

  /** The waiting files, read and staged for Send; each one that cannot be is said in words. */
  async take(staged: StagedDocuments, inspect: (file: SourceFile) => Promise<DocumentInfo>): Promise<HandedDocuments> {
    const paths = this.waiting;
    this.waiting = [];
    const result: HandedDocuments = { documents: [], problems: [] };
    for (const path of paths) {
      const name = basename(path);
      try {
        const file = { name, bytes: new Uint8Array(await readHanded(path, name)) };
        const document = await staged.stage(file, inspect);
        result.documents.push({ ...document, name, bytes: file.bytes });
      } catch (error) {
        const reason = error instanceof FaxdeskError ? error.message : 'Faxdesk could not read it.';
        // The reader's own words usually name the file already.
        result.problems.push(reason.includes(name) ? reason : `${name} was not added: ${reason}`);
      }
    }
    return result;
  }
}

async function readHanded(path: string, name: string): Promise<Buffer> {
  const { size } = await stat(path);
  if (size > MAX_FILE_BYTES) {
    throw new FaxdeskError('invalid_document', `${name} is larger than 50 MB, more than one fax can carry.`);
  }
  return readFile(path);
}
