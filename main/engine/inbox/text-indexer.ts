/**
 * Reads the words on each stored document, sent or received, into the search index
 * (store/document-text.ts): one document at a time, in the background beside the outbox's
 * passes, never on the window's path. The reading itself — the PDF's text layer, or OCR of a
 * scanned page — is the document reader's (`readText`), in its own bounded process.
 */
import type { SourceFile } from '../documents/types';
import type { DocumentArchive } from '../store/document-archive';
import type { DocumentText, PageText } from '../store/document-text';

/** Reads the text of each page of a PDF; in the document reader process in the app and the CLI. */
export type ReadText = (file: SourceFile) => Promise<PageText[]>;

export interface TextIndexerDeps {
  text: DocumentText;
  archive: DocumentArchive;
  readText: ReadText;
  log: (message: string, error?: unknown) => void;
  /** Called with each document whose words are now in the index (or could not be read). */
  indexed: (documentId: number) => void;
}

export class TextIndexer {
  private round: Promise<void> | null = null;
  private stopping = false;

  constructor(private readonly deps: TextIndexerDeps) {}

  /** Starts working through the pending documents unless it already is. */
  kick(): void {
    if (this.round || this.stopping) return;
    this.round = this.drain()
      .catch((error: unknown) => this.deps.log('Reading the words of documents failed.', error))
      .finally(() => (this.round = null));
  }

  /** Every pending document, for tests and `faxdesk sync`. */
  async run(): Promise<void> {
    while (this.round) await this.round;
    this.stopping = false;
    await this.drain();
  }

  /** Finishes the document being read, then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.round;
    this.stopping = false;
  }

  private async drain(): Promise<void> {
    const { text, archive, readText, log, indexed } = this.deps;
    for (;;) {
      if (this.stopping) return;
      const [next] = text.pending(1);
      if (!next) return;
      try {
        const bytes = archive.read(next.path);
        text.write(next.documentId, await readText({ name: next.path, bytes }));
      } catch (error) {
        log(`Could not read the words of document ${next.documentId}.`, error);
        text.failed(next.documentId, error instanceof Error ? error.message : String(error));
      }
      indexed(next.documentId);
    }
  }
}
