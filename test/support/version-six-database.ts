/**
 * A records database as Faxdesk left it at version 6 (before receiving), written through the
 * SQL of that version: for the tests and the benchmark of upgrading it. Every job is delivered,
 * with one attempt, one timeline line and its search entry; two are deleted, leaving rowid gaps.
 */
import Database from 'better-sqlite3';
import { migrations } from '../../main/engine/store/migrations';

/** A database as Faxdesk left it at version 6, written through the SQL of that version. */
export function versionSixDatabase(path: string, jobs: number): void {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrations.slice(0, 6).forEach((step) => db.exec(step));
  db.pragma('user_version = 6');
  db.prepare(
    "INSERT INTO documents (id, sha256, path, pages, bytes, source_names, created_at) VALUES (1, 'ab', 'documents/ab.pdf', 3, 10, '[]', 1)",
  ).run();
  const insertJob = db.prepare(
    `INSERT INTO jobs (id, batch_id, document_id, to_number, contact_name, from_number, connection_id, quality, subject,
       file_names, status, telnyx_fax_id, attempts, created_at, updated_at, sandbox)
     VALUES (?, 'b', 1, ?, ?, '+12025550180', 'c1', 'high', ?, '["a.pdf"]', 'delivered', ?, 1, ?, ?, ?)`,
  );
  const insertAttempt = db.prepare(
    "INSERT INTO attempts (id, job_id, number, phase, telnyx_fax_id, created_at) VALUES (?, ?, 1, 'final', ?, ?)",
  );
  const insertEvent = db.prepare("INSERT INTO events (job_id, at, status, detail) VALUES (?, ?, 'delivered', ?)");
  const insertSearch = db.prepare(
    "INSERT INTO job_search (rowid, recipient, contact, subject, files) SELECT rowid, to_number, contact_name, subject, 'a.pdf' FROM jobs WHERE id = ?",
  );
  db.transaction(() => {
    for (let n = 0; n < jobs; n++) {
      const id = `job-${String(n).padStart(4, '0')}`;
      insertJob.run(
        id,
        `+1312555${String(n).padStart(4, '0')}`,
        `Contact ${n}`,
        `Invoice ${n}`,
        `fax-${n}`,
        n,
        n,
        n % 2,
      );
      insertAttempt.run(`attempt-${n}`, id, `fax-${n}`, n);
      insertEvent.run(id, n, `Delivered ${n}`);
      insertSearch.run(id);
    }
    // Deleting some first leaves gaps in the rowids, which must stay as they are.
    db.prepare(
      "DELETE FROM job_search WHERE rowid IN (SELECT rowid FROM jobs WHERE id IN ('job-0003', 'job-0007'))",
    ).run();
    db.prepare("DELETE FROM jobs WHERE id IN ('job-0003', 'job-0007')").run();
  })();
  db.close();
}
