/** What crosses between the engine and the document worker: numbered tasks in, answers out. */
import type { DocumentErrorCode } from './document-error';
import type { FileInspection, PrepareOptions, PreparedDocument, SourceFile } from './types';

export type DocumentTask =
  { op: 'inspect'; file: SourceFile } | { op: 'prepare'; files: SourceFile[]; options: PrepareOptions };

export interface TaskMessage {
  id: number;
  task: DocumentTask;
}

export type WorkerAnswer =
  /** The document code is loaded: from here on, a failure is the document's, not the worker's. */
  | { type: 'ready' }
  | { type: 'done'; id: number; value: FileInspection | PreparedDocument }
  | {
      type: 'failed';
      id: number;
      error: { code: DocumentErrorCode; message: string; fileName: string | null } | null;
      text: string;
    };
