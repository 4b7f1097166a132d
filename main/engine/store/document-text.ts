/**
 * The words on each document's pages, sent or received, for search: one full-text entry per
 * document (rowid = the document's id), and a small table saying where each document stands —
 * pending, done, or failed with the reason. Every document gets a pending row when it is
 * stored (a trigger, migration 7); the text worker (inbox/text-indexer.ts) reads them one at a
 * time and writes the words here.
 */
import type { Db } from './database';
import { prefixTerm, searchWords } from './search-text';

/** The text of one page and how it was found: the PDF's own text layer, OCR, or nothing. */
export interface PageText {
  page: number;
  text: string;
  source: 'layer' | 'ocr' | 'none';
}

export interface PendingDocument {
  documentId: number;
  /** Relative to the data folder. */
  path: string;
}

export type TextState = 'pending' | 'done' | 'failed';

/** Prepared once for the connection. */
function statements(db: Db) {
  return {
    pending: db.prepare(
      `SELECT document_text.document_id AS documentId, documents.path AS path FROM document_text
       JOIN documents ON documents.id = document_text.document_id
       WHERE document_text.state = 'pending' ORDER BY document_text.document_id DESC LIMIT ?`,
    ),
    clearWords: db.prepare('DELETE FROM document_words WHERE rowid = ?'),
    addWords: db.prepare('INSERT INTO document_words (rowid, words) VALUES (?, ?)'),
    setState: db.prepare(
      'UPDATE document_text SET state = ?, sources = ?, problem = ?, updated_at = ? WHERE document_id = ?',
    ),
    state: db.prepare('SELECT state FROM document_text WHERE document_id = ?').pluck(),
    contains: db.prepare('SELECT 1 FROM document_words WHERE document_words MATCH ? AND rowid = ?').pluck(),
  };
}

export class DocumentText {
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {
    this.sql = statements(db);
  }

  /** Documents still waiting for their words, the newest first (what was just received). */
  pending(limit: number): PendingDocument[] {
    return this.sql.pending.all(limit) as PendingDocument[];
  }

  /** Writes a document's words and marks it done, in one transaction. */
  write(documentId: number, pages: PageText[]): void {
    const words = pages
      .map((page) => page.text.trim())
      .filter(Boolean)
      .join('\n');
    const sources = [...new Set(pages.map((page) => page.source))].sort().join(',');
    this.db.transaction(() => {
      this.sql.clearWords.run(documentId);
      if (words) this.sql.addWords.run(documentId, words);
      this.sql.setState.run('done', sources || 'none', null, this.now(), documentId);
    })();
  }

  /** No words could be read: the document stays findable by everything else about its fax. */
  failed(documentId: number, problem: string): void {
    this.sql.setState.run('failed', null, problem, this.now(), documentId);
  }

  state(documentId: number): TextState | null {
    return (this.sql.state.get(documentId) as TextState | undefined) ?? null;
  }

  /** The words of `search` that the document's pages contain, in the search's order. */
  matchedWords(documentId: number, search: string): string[] {
    const words = [...new Set(searchWords(search))];
    return words.filter((word) => this.sql.contains.get(prefixTerm(word), documentId) !== undefined);
  }
}
