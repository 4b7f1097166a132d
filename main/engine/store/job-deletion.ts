/**
 * Deleting a finished fax from history, in one transaction: its search entry and its row, whose
 * attempts and timeline go with it (ON DELETE CASCADE; uploads not yet deleted at Telnyx are
 * kept by a trigger, media-records.ts). Its document goes too when no other job still uses it
 * (one send to several numbers shares one). Its Telnyx fax ids are remembered by triggers
 * (the migration that rebuilt jobs), so listing the account's faxes does not bring it back.
 */
import type { Db } from './database';
import type { SearchIndex } from './search-index';

/** Prepared once for the connection. */
function statements(db: Db) {
  return {
    documentOf: db.prepare('SELECT document_id AS documentId FROM jobs WHERE id = ?'),
    removeJob: db.prepare('DELETE FROM jobs WHERE id = ?'),
    documentInUse: db.prepare('SELECT 1 FROM jobs WHERE document_id = ? LIMIT 1'),
    documentPath: db.prepare('SELECT path FROM documents WHERE id = ?'),
    removeDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
  };
}

export class JobDeletion {
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    private readonly db: Db,
    private readonly search: SearchIndex,
  ) {
    this.sql = statements(db);
  }

  /**
   * Removes the job; returns its document when that went too, so its file can be removed once
   * the rows are gone.
   */
  delete(id: string): { path: string } | null {
    return this.db.transaction(() => {
      const row = this.sql.documentOf.get(id) as { documentId: number | null } | undefined;
      if (!row) return null;
      const { documentId } = row;
      this.search.drop(id);
      this.sql.removeJob.run(id);
      // A fax from elsewhere may have had no document.
      if (documentId === null || this.sql.documentInUse.get(documentId)) return null;
      const document = this.sql.documentPath.get(documentId) as { path: string } | undefined;
      this.sql.removeDocument.run(documentId);
      return document ?? null;
    })();
  }
}
