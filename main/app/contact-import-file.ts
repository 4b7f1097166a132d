/**
 * The address book's files in the main process: the file the person chose to import, read here
 * (never more than MAX_IMPORT_BYTES, so a wrong file cannot fill memory) with its format told by
 * its name or its first line, and the previews waiting for the person's Confirm, each under a
 * random token for a while. The page sees the preview and the file's name, never its path.
 */
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { FaxdeskError } from '../engine/errors';
import type { ImportFormat, ImportPreview } from '../engine/contacts/contacts-api';

const MB = 1024 * 1024;
/** 10,000 contacts with every Outlook column are about 10 MB; twice that and some is room enough. */
export const MAX_IMPORT_BYTES = 20 * MB;
/** How long a preview waits for Confirm: a person reading a long list of skipped rows, not a day. */
const HELD_FOR_MS = 30 * 60_000;

export interface ImportFile {
  fileName: string;
  format: ImportFormat;
  text: string;
}

/** Reads the chosen file, refusing in words what is too large or not text. */
export async function readImportFile(path: string): Promise<ImportFile> {
  const size = await stat(path).then(
    (s) => (s.isFile() ? s.size : -1),
    () => -1,
  );
  if (size < 0) throw new FaxdeskError('not_possible', 'Faxdesk could not read that file.');
  if (size > MAX_IMPORT_BYTES) {
    throw new FaxdeskError(
      'not_possible',
      `That file is ${Math.ceil(size / MB)} MB; Faxdesk imports contact files of up to ${MAX_IMPORT_BYTES / MB} MB. Export fewer contacts at a time.`,
    );
  }
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) {
    throw new FaxdeskError('not_possible', 'That file is not a CSV or vCard file: it is not text.');
  }
  return { fileName: basename(path), format: formatOf(path, text), text };
}

/** vCard by its extension or its first line; anything else is read as CSV. */
export function formatOf(path: string, text: string): ImportFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.vcf' || extension === '.vcard') return 'vcard';
  return /^\s*BEGIN:VCARD/i.test(text) ? 'vcard' : 'csv';
}

/** Previews waiting for Confirm or Cancel. Only the newest few are kept. */
export class HeldImports {
  private readonly held = new Map<string, { preview: ImportPreview; expiry: NodeJS.Timeout }>();

  constructor(private readonly max = 4) {}

  hold(preview: ImportPreview): string {
    const token = randomBytes(32).toString('base64url');
    const expiry = setTimeout(() => this.release(token), HELD_FOR_MS);
    expiry.unref();
    this.held.set(token, { preview, expiry });
    for (const oldest of this.held.keys()) {
      if (this.held.size <= this.max) break;
      this.release(oldest);
    }
    return token;
  }

  /** The preview to write; once only. */
  take(token: string): ImportPreview {
    const entry = this.held.get(token);
    if (!entry) {
      throw new FaxdeskError('not_possible', 'That import preview is no longer open. Choose the file again.');
    }
    this.release(token);
    return entry.preview;
  }

  release(token: string): void {
    const entry = this.held.get(token);
    if (!entry) return;
    clearTimeout(entry.expiry);
    this.held.delete(token);
  }
}
