/**
 * The inbox as people browse it: pages of received faxes newest first (by when the call came),
 * filtered by read state, status, number, time and search, with their count. A search matches
 * the sender, the number it came to and the caller id, or the words on its pages
 * (document-text.ts). Each shape of filter is prepared once and kept.
 */
import type { ReceivedStatus } from '../../../domain/received-fax';
import type { StoredRow } from './columns';
import type { Db } from './database';
import { toReceived, type ReceivedRecord } from './received-records';
import { RECEIVED_SELECT } from './received-table';
import { searchQuery } from './search-text';
import { StatementCache } from './statement-cache';

export interface ReceivedListQuery {
  unread?: boolean;
  search?: string;
  status?: ReceivedStatus[];
  to?: string[];
  receivedFrom?: number;
  receivedTo?: number;
  /** Keyset paging: the faxes after this one. */
  before?: string;
  offset?: number;
  limit: number;
}

export type ReceivedCountQuery = Omit<ReceivedListQuery, 'limit' | 'before' | 'offset'>;

export class ReceivedList {
  private readonly filtered: StatementCache;
  private readonly unread;

  constructor(db: Db) {
    this.filtered = new StatementCache(db);
    this.unread = db.prepare('SELECT COUNT(*) FROM received_faxes WHERE read_at IS NULL').pluck();
  }

  list(query: ReceivedListQuery): ReceivedRecord[] {
    const { sql, params } = whereClause(query);
    return (
      this.filtered
        .prepare(`${RECEIVED_SELECT} ${sql} ORDER BY received_at DESC, rowid DESC LIMIT ? OFFSET ?`)
        .all(...params, query.limit, query.offset ?? 0) as StoredRow[]
    ).map(toReceived);
  }

  count(query: ReceivedCountQuery): number {
    const { sql, params } = whereClause(query);
    return this.filtered
      .prepare(`SELECT COUNT(*) FROM received_faxes ${sql}`)
      .pluck()
      .get(...params) as number;
  }

  unreadCount(): number {
    return this.unread.get() as number;
  }
}

function whereClause(query: Omit<ReceivedListQuery, 'limit'>): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.unread) where.push('read_at IS NULL');
  if (query.status?.length) {
    where.push(`status IN (${query.status.map(() => '?').join(', ')})`);
    params.push(...query.status);
  }
  if (query.to?.length) {
    where.push(`to_number IN (${query.to.map(() => '?').join(', ')})`);
    params.push(...query.to);
  }
  const match = query.search ? searchQuery(query.search) : null;
  if (match) {
    where.push(
      `(rowid IN (SELECT rowid FROM received_search WHERE received_search MATCH ?)
        OR document_id IN (SELECT rowid FROM document_words WHERE document_words MATCH ?))`,
    );
    params.push(match, match);
  }
  if (query.receivedFrom !== undefined) {
    where.push('received_at >= ?');
    params.push(query.receivedFrom);
  }
  if (query.receivedTo !== undefined) {
    where.push('received_at < ?');
    params.push(query.receivedTo);
  }
  if (query.before) {
    where.push('(received_at, rowid) < (SELECT received_at, rowid FROM received_faxes WHERE id = ?)');
    params.push(query.before);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}
