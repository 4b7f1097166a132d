/**
 * Contacts as the records keep them: one row each, with their fax numbers in order (a number
 * belongs to one contact at most) and their search entry, written together. Groups are kept
 * apart (contact-groups.ts); reading a whole contact brings its group names along.
 */
import type { Contact, ContactNumber } from '../contacts/contacts-api';
import type { Db } from './database';
import { searchText } from './search-text';

/** A contact's own fields, as written: numbers already E.164. */
export type ContactFields = Pick<Contact, 'name' | 'organization' | 'faxNumbers' | 'phone' | 'notes'>;

interface ContactRow {
  id: string;
  name: string;
  organization: string | null;
  phone: string | null;
  notes: string | null;
  created_at: number;
  updated_at: number;
}

/** Prepared once for the connection. */
function statements(db: Db) {
  return {
    insert: db.prepare(
      `INSERT INTO contacts (id, name, organization, phone, notes, created_at, updated_at)
       VALUES (@id, @name, @organization, @phone, @notes, @at, @at)`,
    ),
    update: db.prepare(
      'UPDATE contacts SET name = @name, organization = @organization, phone = @phone, notes = @notes, updated_at = @at WHERE id = @id',
    ),
    remove: db.prepare('DELETE FROM contacts WHERE id = ?'),
    get: db.prepare('SELECT * FROM contacts WHERE id = ?'),
    numbers: db.prepare('SELECT number, label FROM contact_numbers WHERE contact_id = ? ORDER BY position'),
    clearNumbers: db.prepare('DELETE FROM contact_numbers WHERE contact_id = ?'),
    addNumber: db.prepare('INSERT INTO contact_numbers (contact_id, position, number, label) VALUES (?, ?, ?, ?)'),
    owner: db.prepare('SELECT contact_id FROM contact_numbers WHERE number = ?').pluck(),
    groupNames: db
      .prepare(
        `SELECT g.name FROM contact_group_members m JOIN contact_groups g ON g.id = m.group_id
         WHERE m.contact_id = ? ORDER BY g.name COLLATE NOCASE`,
      )
      .pluck(),
    rowid: db.prepare('SELECT rowid FROM contacts WHERE id = ?').pluck(),
    // By a rowid given as a value: FTS5 finds a row by `rowid = ?` at once, but scans the whole
    // index for `rowid = (SELECT …)`.
    dropSearch: db.prepare('DELETE FROM contact_search WHERE rowid = ?'),
    addSearch: db.prepare(
      'INSERT INTO contact_search (rowid, name, organization, numbers, notes) VALUES (?, ?, ?, ?, ?)',
    ),
  };
}

export class ContactTable {
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    db: Db,
    private readonly now: () => number,
  ) {
    this.sql = statements(db);
  }

  /** Call inside a transaction with the groups it joins. */
  insert(id: string, fields: ContactFields): void {
    this.sql.insert.run({ id, ...this.row(fields), at: this.now() });
    this.writeNumbersAndSearch(id, fields, false);
  }

  /** Replaces every field and the numbers; call inside a transaction. */
  update(id: string, fields: ContactFields): void {
    this.sql.update.run({ id, ...this.row(fields), at: this.now() });
    this.writeNumbersAndSearch(id, fields, true);
  }

  remove(id: string): boolean {
    return this.sql.remove.run(id).changes > 0;
  }

  get(id: string): Contact | null {
    const row = this.sql.get.get(id) as ContactRow | undefined;
    return row ? this.toContact(row) : null;
  }

  /** The id of the contact a fax number (E.164) belongs to. */
  ownerOf(number: string): string | null {
    return (this.sql.owner.get(number) as string | undefined) ?? null;
  }

  toContact(row: ContactRow): Contact {
    return {
      id: row.id,
      name: row.name,
      organization: row.organization,
      faxNumbers: this.sql.numbers.all(row.id) as ContactNumber[],
      phone: row.phone,
      notes: row.notes,
      groups: this.sql.groupNames.all(row.id) as string[],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  private row(fields: ContactFields) {
    return { name: fields.name, organization: fields.organization, phone: fields.phone, notes: fields.notes };
  }

  private writeNumbersAndSearch(id: string, fields: ContactFields, existing: boolean): void {
    if (existing) this.sql.clearNumbers.run(id);
    fields.faxNumbers.forEach((entry, position) => this.sql.addNumber.run(id, position, entry.number, entry.label));
    const rowid = this.sql.rowid.get(id) as number;
    if (existing) this.sql.dropSearch.run(rowid);
    this.sql.addSearch.run(
      rowid,
      fields.name,
      fields.organization ?? '',
      fields.faxNumbers.map((entry) => searchText.number(entry.number)).join(' '),
      fields.notes ?? '',
    );
  }
}

export type { ContactRow };
