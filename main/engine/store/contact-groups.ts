/**
 * The address book's groups and who is in them. A group is made the first time a contact is put
 * in it by name (typed, or a category in an imported file); names are unique whatever their case.
 * It stays, empty, when its last member goes: only removing it ends it.
 */
import { randomUUID } from 'node:crypto';
import type { ContactGroup } from '../contacts/contacts-api';
import { FaxdeskError } from '../errors';
import type { Db } from './database';

function statements(db: Db) {
  return {
    all: db.prepare(
      `SELECT g.id, g.name, COUNT(m.contact_id) AS memberCount FROM contact_groups g
       LEFT JOIN contact_group_members m ON m.group_id = g.id
       GROUP BY g.id ORDER BY g.name COLLATE NOCASE`,
    ),
    get: db.prepare(
      `SELECT g.id, g.name, (SELECT COUNT(*) FROM contact_group_members m WHERE m.group_id = g.id) AS memberCount
       FROM contact_groups g WHERE g.id = ?`,
    ),
    idByName: db.prepare('SELECT id FROM contact_groups WHERE name = ?').pluck(),
    insert: db.prepare('INSERT INTO contact_groups (id, name, created_at) VALUES (?, ?, ?)'),
    rename: db.prepare('UPDATE contact_groups SET name = ? WHERE id = ?'),
    remove: db.prepare('DELETE FROM contact_groups WHERE id = ?'),
    leaveAll: db.prepare('DELETE FROM contact_group_members WHERE contact_id = ?'),
    join: db.prepare('INSERT OR IGNORE INTO contact_group_members (group_id, contact_id) VALUES (?, ?)'),
    firstNumbers: db
      .prepare(
        `SELECT n.number FROM contact_group_members m
         JOIN contacts c ON c.id = m.contact_id
         JOIN contact_numbers n ON n.contact_id = c.id AND n.position = 0
         WHERE m.group_id = ? ORDER BY c.name COLLATE NOCASE, c.id`,
      )
      .pluck(),
    matching: db.prepare(
      `SELECT id, name FROM contact_groups WHERE name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'
       ORDER BY name COLLATE NOCASE LIMIT ?`,
    ),
  };
}

export class ContactGroups {
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    db: Db,
    private readonly now: () => number,
  ) {
    this.sql = statements(db);
  }

  all(): ContactGroup[] {
    return this.sql.all.all() as ContactGroup[];
  }

  get(id: string): ContactGroup | null {
    return (this.sql.get.get(id) as ContactGroup | undefined) ?? null;
  }

  idByName(name: string): string | null {
    return (this.sql.idByName.get(name.trim()) as string | undefined) ?? null;
  }

  /** The contact is in exactly these groups afterwards; call inside a transaction. */
  setMembership(contactId: string, names: readonly string[], isNew = false): void {
    if (!isNew) this.sql.leaveAll.run(contactId);
    for (const name of names) this.sql.join.run(this.ensure(name), contactId);
  }

  rename(id: string, name: string): ContactGroup {
    const trimmed = name.trim();
    if (!trimmed) throw new FaxdeskError('invalid_parameters', 'A group needs a name.');
    const other = this.idByName(trimmed);
    if (other !== null && other !== id) {
      throw new FaxdeskError('not_possible', `There is already a group called "${trimmed}".`);
    }
    if (this.sql.rename.run(trimmed, id).changes === 0) throw groupNotFound();
    return this.get(id) as ContactGroup;
  }

  remove(id: string): void {
    if (this.sql.remove.run(id).changes === 0) throw groupNotFound();
  }

  /** Each member's first fax number, in the order of their names. */
  firstNumbers(groupId: string): string[] {
    return this.sql.firstNumbers.all(groupId) as string[];
  }

  /** Groups whose name, or a word of it, starts with what was typed. */
  matching(typed: string, limit: number): Array<{ id: string; name: string }> {
    const escaped = typed.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.sql.matching.all(`${escaped}%`, `% ${escaped}%`, limit) as Array<{ id: string; name: string }>;
  }

  private ensure(name: string): string {
    const existing = this.idByName(name);
    if (existing) return existing;
    const id = randomUUID();
    this.sql.insert.run(id, name.trim(), this.now());
    return id;
  }
}

function groupNotFound(): FaxdeskError {
  return new FaxdeskError('not_found', 'That group is no longer in the address book.');
}
