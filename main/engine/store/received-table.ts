/**
 * Received faxes as the engine keeps them: one row per Telnyx fax id, however often Telnyx
 * lists it, and every change one transaction with the timeline event describing it. The search
 * entry (sender, recipient and caller id in the forms people type, and the sender's name) is written
 * with the row.
 */
import { randomUUID } from 'node:crypto';
import { assignments, selectList, type StoredRow } from './columns';
import type { Db } from './database';
import {
  RECEIVED_COLUMNS,
  RECEIVED_EVENT_COLUMNS,
  toReceived,
  toReceivedEvent,
  type ReceivedEventRecord,
  type ReceivedRecord,
} from './received-records';
import { searchText } from './search-text';
import { StatementCache } from './statement-cache';

/** What Telnyx tells of a fax when it is first seen, and the name and time zone kept with it then. */
export type NewReceivedFax = Partial<Pick<ReceivedRecord, 'senderName' | 'timeZone'>> &
  Pick<
    ReceivedRecord,
    | 'telnyxFaxId'
    | 'from'
    | 'to'
    | 'callerId'
    | 'connectionId'
    | 'status'
    | 'failureReason'
    | 'pages'
    | 'callDurationSecs'
    | 'partial'
    | 'receivedAt'
    | 'archiveState'
    | 'nextDownloadAt'
    | 'nextCheckAt'
    | 'sandbox'
  >;

/** What may change once it is kept: never the name and time zone kept when it arrived. */
export type ReceivedPatch = Partial<
  Omit<
    ReceivedRecord,
    'id' | 'telnyxFaxId' | 'createdAt' | 'updatedAt' | 'textIndexed' | 'sandbox' | 'senderName' | 'timeZone'
  >
>;

export const RECEIVED_SELECT = `SELECT ${selectList(RECEIVED_COLUMNS, 'received_faxes')} FROM received_faxes`;

/** Prepared once for the connection. */
function statements(db: Db) {
  return {
    insert: db.prepare(
      `INSERT INTO received_faxes (id, telnyx_fax_id, from_number, to_number, caller_id, sender_name, time_zone,
         connection_id, status, failure_reason, pages, call_duration_secs, partial, received_at, archive_state,
         next_download_at, next_check_at, sandbox, last_confirmed_at, created_at, updated_at)
       VALUES (@id, @telnyxFaxId, @from, @to, @callerId, @senderName, @timeZone, @connectionId, @status, @failureReason, @pages,
         @callDurationSecs, @partial, @receivedAt, @archiveState, @nextDownloadAt, @nextCheckAt, @sandbox, @at, @at, @at)
       ON CONFLICT (telnyx_fax_id) DO NOTHING`,
    ),
    search: db.prepare(
      'INSERT INTO received_search (rowid, sender, recipient, caller) SELECT rowid, ?, ?, ? FROM received_faxes WHERE id = ?',
    ),
    event: db.prepare('INSERT INTO received_events (fax_id, at, status, detail) VALUES (?, ?, ?, ?)'),
    events: db.prepare(
      `SELECT ${selectList(RECEIVED_EVENT_COLUMNS, 'received_events')} FROM received_events WHERE fax_id = ? ORDER BY at, id`,
    ),
    byId: db.prepare(`${RECEIVED_SELECT} WHERE id = ?`),
    byTelnyxId: db.prepare(`${RECEIVED_SELECT} WHERE telnyx_fax_id = ?`),
    byDocument: db.prepare(`${RECEIVED_SELECT} WHERE document_id = ?`),
    byIdPrefix: db.prepare(`${RECEIVED_SELECT} WHERE id >= ? AND id < ? ORDER BY id LIMIT ?`),
    following: db.prepare(
      `${RECEIVED_SELECT} WHERE status IN ('receiving', 'media.processing') AND next_check_at <= ?
       ORDER BY next_check_at LIMIT ?`,
    ),
    downloads: db.prepare(
      `${RECEIVED_SELECT} WHERE archive_state = 'downloading' AND next_download_at <= ? ORDER BY next_download_at LIMIT ?`,
    ),
    telnyxDeletes: db.prepare(
      `${RECEIVED_SELECT} WHERE telnyx_delete_at IS NOT NULL AND telnyx_delete_at <= ? ORDER BY telnyx_delete_at LIMIT ?`,
    ),
    updates: new StatementCache(db),
  };
}

export class ReceivedTable {
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {
    this.sql = statements(db);
  }

  /**
   * Keeps a fax seen at Telnyx for the first time, with its first timeline line; returns null
   * when it is already kept (listed again, or by another process at the same moment).
   */
  add(fax: NewReceivedFax, detail: string): ReceivedRecord | null {
    const id = randomUUID();
    const at = this.now();
    const added = this.db.transaction(() => {
      const { changes } = this.sql.insert.run({
        ...fax,
        id,
        partial: RECEIVED_COLUMNS.partial.write(fax.partial),
        sandbox: RECEIVED_COLUMNS.sandbox.write(fax.sandbox),
        senderName: fax.senderName ?? null,
        timeZone: fax.timeZone ?? null,
        at,
      });
      if (changes === 0) return false;
      this.sql.search.run(
        searchText.number(fax.from),
        searchText.number(fax.to),
        // The caller column also holds the sender's name from the address book: found by name, no new column.
        [fax.callerId ? searchText.number(fax.callerId) : '', fax.senderName ?? ''].filter(Boolean).join(' '),
        id,
      );
      this.sql.event.run(id, at, fax.status, detail);
      return true;
    })();
    return added ? this.require(id) : null;
  }

  get(id: string): ReceivedRecord | null {
    const row = this.sql.byId.get(id) as StoredRow | undefined;
    return row ? toReceived(row) : null;
  }

  require(id: string): ReceivedRecord {
    const fax = this.get(id);
    if (!fax) throw new Error(`received fax ${id} vanished`);
    return fax;
  }

  byTelnyxId(telnyxFaxId: string): ReceivedRecord | null {
    const row = this.sql.byTelnyxId.get(telnyxFaxId) as StoredRow | undefined;
    return row ? toReceived(row) : null;
  }

  withIdPrefix(prefix: string, limit = 2): ReceivedRecord[] {
    return (this.sql.byIdPrefix.all(prefix, `${prefix}\uffff`, limit) as StoredRow[]).map(toReceived);
  }

  /** The faxes whose document this is (one, unless the same pages came twice). */
  withDocument(documentId: number): ReceivedRecord[] {
    return (this.sql.byDocument.all(documentId) as StoredRow[]).map(toReceived);
  }

  /** Faxes Telnyx is still receiving whose next check is due. */
  following(now: number, limit: number): ReceivedRecord[] {
    return (this.sql.following.all(now, limit) as StoredRow[]).map(toReceived);
  }

  /** Faxes whose document is due to be downloaded (again). */
  downloadsDue(now: number, limit: number): ReceivedRecord[] {
    return (this.sql.downloads.all(now, limit) as StoredRow[]).map(toReceived);
  }

  /** Archived faxes whose delete from Telnyx is due. */
  telnyxDeletesDue(now: number, limit: number): ReceivedRecord[] {
    return (this.sql.telnyxDeletes.all(now, limit) as StoredRow[]).map(toReceived);
  }

  events(id: string): ReceivedEventRecord[] {
    return (this.sql.events.all(id) as StoredRow[]).map(toReceivedEvent);
  }

  /** Changes a fax; with `detail`, writes the timeline line saying why, in the same transaction. */
  update(id: string, patch: ReceivedPatch, detail?: string): ReceivedRecord {
    this.db.transaction(() => this.patch(id, patch, detail))();
    return this.require(id);
  }

  /** Not a transaction of its own: for changes that write more than the fax (inbox/archiver.ts). */
  patch(id: string, patch: ReceivedPatch, detail?: string): void {
    const { sets, values } = assignments(RECEIVED_COLUMNS, patch);
    const at = this.now();
    this.sql.updates
      .prepare(`UPDATE received_faxes SET ${['updated_at = @at', ...sets].join(', ')} WHERE id = @id`)
      .run({ ...values, id, at });
    if (detail) this.sql.event.run(id, at, this.require(id).status, detail);
  }
}
