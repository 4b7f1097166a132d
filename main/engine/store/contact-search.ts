/**
 * The address book's full-text index: one entry per contact, at the contact's rowid, holding its
 * name, organisation, fax numbers (in the forms people type, search-text.ts, so "5550100" finds
 * +12025550100) and notes. Written by contact-table.ts inside the transaction that writes the
 * contact; migration 9's trigger removes it with the contact.
 */
import type { ContactFields } from './contact-table';
import type { Db } from './database';
import { searchText } from './search-text';

function statements(db: Db) {
  return {
    // By a rowid given as a value: FTS5 finds a row by `rowid = ?` at once, but scans the whole
    // index for `rowid = (SELECT …)`.
    drop: db.prepare('DELETE FROM contact_search WHERE rowid = ?'),
    add: db.prepare('INSERT INTO contact_search (rowid, name, organization, numbers, notes) VALUES (?, ?, ?, ?, ?)'),
  };
}

export class ContactSearch {
  private readonly sql: ReturnType<typeof statements>;

  constructor(db: Db) {
    this.sql = statements(db);
  }

  /** The contact's entry, replacing the one it had unless it is new. */
  write(rowid: number, fields: ContactFields, isNew: boolean): void {
    if (!isNew) this.sql.drop.run(rowid);
    this.sql.add.run(
      rowid,
      fields.name,
      fields.organization ?? '',
      fields.faxNumbers.map((entry) => searchText.number(entry.number)).join(' '),
      fields.notes ?? '',
    );
  }
}
