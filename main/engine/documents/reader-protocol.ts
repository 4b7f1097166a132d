/**
 * What crosses between the engine and the document reader process: numbered tasks in,
 * answers out. Both ends are Faxdesk's own code, but the reader has just read a stranger's
 * file, so the engine checks what comes back before it trusts it (processor.ts).
 */
import type { DocumentErrorCode } from './document-error';
import type { BytesPart } from './reader-transfer';
import type { CoverOptions, FileInspection, PageText, PrepareOptions, PreparedDocument, SourceFile } from './types';

/**
 * The reader's work. General on purpose: it reads dropped files today and received faxes
 * later, the same two questions of any document.
 */
export type DocumentTask =
  | { op: 'inspect'; file: SourceFile }
  | { op: 'prepare'; files: SourceFile[]; options: PrepareOptions }
  /** A recipient's cover in front of a body prepared before (prepare.ts, addCover). */
  | { op: 'cover'; body: PreparedDocument; options: CoverOptions }
  /** A document's words, page by page: its text layer, else OCR of its page images (document-text.ts). */
  | { op: 'text'; file: SourceFile };

/** What a task answers with. */
export type TaskValue = FileInspection | PreparedDocument | PageText[];

export type ReaderRequest =
  | {
      type: 'task';
      id: number;
      task: DocumentTask;
    }
  /** A piece of a file of the task with the same id, sent ahead of it (reader-transfer.ts). */
  | BytesPart;

export type ReaderAnswer =
  /** The document code is loaded: from here on, a failure is the document's, not the reader's. */
  | { type: 'ready' }
  /** A piece of the prepared fax, sent ahead of its 'done'. */
  | BytesPart
  /** Sent now and then while the reader is free: its own peak resident memory, for launchers that cannot see it. */
  | { type: 'usage'; peakRssBytes: number }
  | { type: 'done'; id: number; value: TaskValue; peakRssBytes: number }
  | {
      type: 'failed';
      id: number;
      error: { code: DocumentErrorCode; message: string; fileName: string | null } | null;
      text: string;
      peakRssBytes: number;
    };

/** What the reader writes to stderr just before it ends itself for going over its memory budget. */
export const OVER_MEMORY_MARK = 'faxdesk-reader: over its memory budget';

/** What V8 writes when the JavaScript heap reaches its limit (--max-old-space-size). */
export const HEAP_EXHAUSTED = /heap out of memory|Reached heap limit/i;
