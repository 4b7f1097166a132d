/**
 * The full-text index behind the history's search box: one entry per job, at the job's rowid,
 * holding its recipient (in the forms people type, search-text.ts), contact (the typed name and the
 * address book's), subject and file
 * names. Written and removed inside the transaction that writes or removes the job.
 */
import type { Db } from './database';
import { searchText } from './search-text';

export interface Searchable {
  to: string;
  contactName: string | null;
  recipientName?: string | null;
  subject: string | null;
  fileNames: string[];
}

/** Prepared once for the connection. */
function statements(db: Db) {
  return {
    insert: db.prepare(
      'INSERT INTO job_search (rowid, recipient, contact, subject, files) SELECT rowid, ?, ?, ?, ? FROM jobs WHERE id = ?',
    ),
    remove: db.prepare('DELETE FROM job_search WHERE rowid = (SELECT rowid FROM jobs WHERE id = ?)'),
  };
}

export class SearchIndex {
  private readonly sql: ReturnType<typeof statements>;

  constructor(db: Db) {
    this.sql = statements(db);
  }

  /** After the job's row is written. */
  add(jobId: string, job: Searchable): void {
    this.sql.insert.run(
      searchText.number(job.to),
      [job.contactName, job.recipientName].filter(Boolean).join(' '),
      job.subject ?? '',
      job.fileNames.join(' '),
      jobId,
    );
  }

  /** Before the job's row is removed. */
  drop(jobId: string): void {
    this.sql.remove.run(jobId);
  }
}
