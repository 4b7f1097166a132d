/**
 * The history as people browse it: pages of jobs newest first, filtered by status, time and
 * search, with their count; and the numbers faxed most recently. Filters are put together per
 * query, so each filter's shape is prepared once and kept.
 */
import type { JobStatus } from '../../../domain/job-status';
import type { StoredRow } from './columns';
import type { Db } from './database';
import { toJob, type JobRecord } from './job-records';
import { JOB_SELECT } from './job-table';
import { searchQuery } from './search-text';
import { StatementCache } from './statement-cache';

export interface ListQuery {
  status?: JobStatus[];
  search?: string;
  /** Keyset paging: the jobs after this one in the list (the id of the last job of a page). */
  before?: string;
  /**
   * Positional paging: skip this many jobs. For a list that jumps far (a scrollbar dragged to
   * the end), where keyset paging would have to walk every page in between.
   */
  offset?: number;
  limit: number;
  createdFrom?: number;
  createdTo?: number;
}

export type CountQuery = Omit<ListQuery, 'limit' | 'before' | 'offset'>;

export interface RecentRecipient {
  number: string;
  name: string | null;
  lastUsedAt: number;
}

/**
 * The rowids of the jobs a search matches: by recipient, contact, subject or file names, or by
 * the words on their document's pages (document-text.ts). Binds the FTS query twice.
 */
const MATCHING_JOBS = `SELECT rowid FROM job_search WHERE job_search MATCH ?
  UNION SELECT jobs.rowid FROM jobs WHERE jobs.document_id IN (SELECT rowid FROM document_words WHERE document_words MATCH ?)`;

/** Prepared once for the connection; a filtered list or count is prepared once per shape of filter. */
function statements(db: Db) {
  return {
    filtered: new StatementCache(db),
    matchCount: db.prepare(`SELECT COUNT(*) FROM (${MATCHING_JOBS})`).pluck(),
    recentRecipients: db.prepare(
      `SELECT to_number AS number, MAX(created_at) AS lastUsedAt,
           (SELECT contact_name FROM jobs j2 WHERE j2.to_number = jobs.to_number AND j2.contact_name IS NOT NULL
            ORDER BY j2.rowid DESC LIMIT 1) AS name
         FROM jobs GROUP BY to_number ORDER BY lastUsedAt DESC LIMIT ?`,
    ),
  };
}

export class JobList {
  private readonly sql: ReturnType<typeof statements>;

  constructor(db: Db) {
    this.sql = statements(db);
  }

  /**
   * Newest first (jobs are stored in the order they were created, so rowid order is creation
   * order), filtered, paged by keyset so deep pages cost the same as the first. A search asks
   * the full-text indexes for its matches (the fax's own fields, and its document's words).
   */
  list(query: ListQuery): JobRecord[] {
    const { sql, params } = whereClause(query);
    return (
      this.sql.filtered
        .prepare(`${JOB_SELECT} ${sql} ORDER BY jobs.rowid DESC LIMIT ? OFFSET ?`)
        .all(...params, query.limit, query.offset ?? 0) as StoredRow[]
    ).map(toJob);
  }

  count(query: CountQuery): number {
    const match = query.search ? searchQuery(query.search) : null;
    if (match && !query.status?.length && query.createdFrom === undefined && query.createdTo === undefined) {
      return this.sql.matchCount.get(match, match) as number;
    }
    const { sql, params } = whereClause(query);
    return (this.sql.filtered.prepare(`SELECT COUNT(*) AS n FROM jobs ${sql}`).get(...params) as { n: number }).n;
  }

  /** The numbers faxed most recently, newest first, with the name last used for each. */
  recentRecipients(limit: number): RecentRecipient[] {
    return this.sql.recentRecipients.all(limit) as RecentRecipient[];
  }
}

function whereClause(query: Omit<ListQuery, 'limit'>): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.status?.length) {
    where.push(`jobs.status IN (${query.status.map(() => '?').join(', ')})`);
    params.push(...query.status);
  }
  const match = query.search ? searchQuery(query.search) : null;
  if (match) {
    where.push(`jobs.rowid IN (${MATCHING_JOBS})`);
    params.push(match, match);
  }
  if (query.createdFrom !== undefined) {
    where.push('jobs.created_at >= ?');
    params.push(query.createdFrom);
  }
  if (query.createdTo !== undefined) {
    where.push('jobs.created_at < ?');
    params.push(query.createdTo);
  }
  if (query.before) {
    where.push('jobs.rowid < (SELECT rowid FROM jobs WHERE id = ?)');
    params.push(query.before);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}
