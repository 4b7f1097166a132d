/**
 * The prepared documents faxes are made from, stored once per content: the jobs of one send
 * share one, and so does a later send of the same file.
 */
import { selectList, type StoredRow } from './columns';
import type { Db } from './database';
import { DOCUMENT_COLUMNS, toDocument, type DocumentRecord } from './job-records';

export type NewDocument = Omit<DocumentRecord, 'id'>;

/** Prepared once for the connection. */
function statements(db: Db) {
  return {
    insert: db.prepare(
      `INSERT INTO documents (sha256, path, pages, bytes, source_names, created_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING`,
    ),
    idOf: db.prepare('SELECT id FROM documents WHERE sha256 = ?').pluck(),
    byId: db.prepare(`SELECT ${selectList(DOCUMENT_COLUMNS, 'documents')} FROM documents WHERE id = ?`),
  };
}

export class DocumentTable {
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    db: Db,
    private readonly now: () => number,
  ) {
    this.sql = statements(db);
  }

  /** Stores a prepared document once per content hash; returns its id. */
  add(document: NewDocument): number {
    this.sql.insert.run(
      document.sha256,
      document.path,
      document.pages,
      document.bytes,
      DOCUMENT_COLUMNS.sourceNames.write(document.sourceNames),
      this.now(),
    );
    return this.sql.idOf.get(document.sha256) as number;
  }

  get(id: number): DocumentRecord | null {
    const row = this.sql.byId.get(id) as StoredRow | undefined;
    return row ? toDocument(row) : null;
  }
}
