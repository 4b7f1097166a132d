/**
 * The address book as people look through it: pages of contacts in name order, found by the
 * records' full-text search (name, organisation, numbers in the forms people type, notes) and
 * by group, with their count; and the look-ups recipients need (a name, a number's contact).
 */
import type { Contact, ContactQuery } from '../contacts/contacts-api';
import type { ContactRow, ContactTable } from './contact-table';
import type { Db } from './database';
import { searchQuery } from './search-text';
import { StatementCache } from './statement-cache';

/** What a recipient may be typed as: not the notes. */
const RECIPIENT_COLUMNS = '{name organization numbers}';

export class ContactList {
  private readonly filtered: StatementCache;
  private readonly sql;

  constructor(
    db: Db,
    private readonly table: ContactTable,
  ) {
    this.filtered = new StatementCache(db);
    this.sql = {
      byName: db.prepare('SELECT * FROM contacts WHERE name = ? COLLATE NOCASE ORDER BY created_at'),
      nameFor: db
        .prepare('SELECT c.name FROM contact_numbers n JOIN contacts c ON c.id = n.contact_id WHERE n.number = ?')
        .pluck(),
    };
  }

  list(query: ContactQuery): { items: Contact[]; total: number } {
    const { sql, params } = whereClause(query.search ?? '', query.groupId ?? null);
    const rows = this.filtered
      .prepare(`SELECT * FROM contacts ${sql} ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?`)
      .all(...params, query.limit, query.offset ?? 0) as ContactRow[];
    const total = this.filtered
      .prepare(`SELECT COUNT(*) FROM contacts ${sql}`)
      .pluck()
      .get(...params) as number;
    return { items: rows.map((row) => this.table.toContact(row)), total };
  }

  /** Contacts whose name, organisation or a number starts with what was typed, best first. */
  recipients(typed: string, limit: number): Contact[] {
    const match = searchQuery(typed);
    if (!match) return [];
    const rows = this.filtered
      .prepare(
        `SELECT c.* FROM contact_search s JOIN contacts c ON c.rowid = s.rowid
         WHERE contact_search MATCH ? ORDER BY rank, c.name COLLATE NOCASE LIMIT ?`,
      )
      .all(`${RECIPIENT_COLUMNS} : (${match})`, limit) as ContactRow[];
    return rows.map((row) => this.table.toContact(row));
  }

  /** Contacts called exactly this, whatever the case. */
  named(name: string): Contact[] {
    return (this.sql.byName.all(name.trim()) as ContactRow[]).map((row) => this.table.toContact(row));
  }

  nameFor(number: string): string | null {
    return (this.sql.nameFor.get(number) as string | undefined) ?? null;
  }
}

function whereClause(search: string, groupId: string | null): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const match = searchQuery(search);
  if (match) {
    conditions.push('rowid IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)');
    params.push(match);
  }
  if (groupId) {
    conditions.push('id IN (SELECT contact_id FROM contact_group_members WHERE group_id = ?)');
    params.push(groupId);
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
