/**
 * `engine.contacts`: the address book over the records (store/contact-*.ts). Every write is one
 * transaction; a contact saved or imported with a fax number another contact has is merged into
 * that contact (contact-merge.ts). Imports are read without writing (previewImport) and written
 * as shown (commitImport); listeners hear of every change.
 */
import { randomUUID } from 'node:crypto';
import { FaxdeskError } from '../errors';
import { ContactGroups } from '../store/contact-groups';
import { ContactList } from '../store/contact-list';
import { ContactTable } from '../store/contact-table';
import type { Db } from '../store/database';
import { checkDraft, type CheckedDraft } from './contact-draft';
import { mergeContacts } from './contact-merge';
import type { Contact, ContactsApi, ImportPreview, ImportResult } from './contacts-api';
import { exportContacts } from './export-file';
import { readImportFile } from './import-file';
import { resolveRecipient } from './recipients';
import { suggestRecipients } from './suggestions';

export interface ContactsServiceOptions {
  /** The records, opened on first use. */
  db: () => Db;
  /** The desk's country, for numbers typed without one. */
  defaultCountry: () => string;
  now: () => number;
}

export interface ContactStores {
  db: Db;
  table: ContactTable;
  groups: ContactGroups;
  list: ContactList;
}

export function createContactsService(options: ContactsServiceOptions): ContactsApi {
  const storesByDb = new WeakMap<Db, ContactStores>();
  const stores = (): ContactStores => {
    const db = options.db();
    let kept = storesByDb.get(db);
    if (!kept) {
      const table = new ContactTable(db, options.now);
      kept = { db, table, groups: new ContactGroups(db, options.now), list: new ContactList(db, table) };
      storesByDb.set(db, kept);
    }
    return kept;
  };
  const listeners = new Set<() => void>();
  /** The previews this service made, exactly as it made them (their drafts are CheckedDrafts). */
  const checkedPreviews = new WeakSet<ImportPreview>();
  const changed = () => listeners.forEach((listener) => listener());

  /** Writes one checked contact, merged into the one that has one of its numbers; call in a transaction. */
  const write = (s: ContactStores, draft: CheckedDraft): { id: string; merged: boolean } => {
    const ownerId = draft.faxNumbers.map((entry) => s.table.ownerOf(entry.number)).find((id) => id !== null);
    const owner = ownerId ? s.table.get(ownerId) : null;
    if (!owner) {
      const id = randomUUID();
      s.table.insert(id, draft);
      s.groups.setMembership(id, draft.groups, true);
      return { id, merged: false };
    }
    // A number of the newcomer that a third contact has stays with that contact.
    const merged = mergeContacts(owner, draft);
    merged.faxNumbers = merged.faxNumbers.filter((entry) => (s.table.ownerOf(entry.number) ?? owner.id) === owner.id);
    s.table.update(owner.id, merged);
    s.groups.setMembership(owner.id, merged.groups);
    return { id: owner.id, merged: true };
  };

  const replace = (s: ContactStores, id: string, draft: CheckedDraft): void => {
    if (!s.table.get(id)) throw contactNotFound();
    for (const { number } of draft.faxNumbers) {
      const ownerId = s.table.ownerOf(number);
      if (ownerId !== null && ownerId !== id) {
        const owner = s.table.get(ownerId);
        throw new FaxdeskError('not_possible', `${number} already belongs to ${owner?.name ?? 'another contact'}.`, {
          whatToDo: 'Remove it from that contact first, or add to that contact instead.',
        });
      }
    }
    s.table.update(id, draft);
    s.groups.setMembership(id, draft.groups);
  };

  return {
    list: (query) => stores().list.list(query),
    get: (id) => stores().table.get(id),
    save(draft, id) {
      const checked = checkDraft(draft, options.defaultCountry());
      const s = stores();
      const savedId = s.db.transaction(() => {
        if (id === undefined) return write(s, checked).id;
        replace(s, id, checked);
        return id;
      })();
      changed();
      return s.table.get(savedId) as Contact;
    },
    remove(id) {
      if (!stores().table.remove(id)) throw contactNotFound();
      changed();
    },
    groups: () => stores().groups.all(),
    renameGroup(id, name) {
      const group = stores().groups.rename(id, name);
      changed();
      return group;
    },
    removeGroup(id) {
      stores().groups.remove(id);
      changed();
    },
    suggest: (typed, limit) => suggestRecipients(stores(), typed, limit),
    resolveRecipient: (nameOrNumber) => resolveRecipient(stores(), nameOrNumber),
    nameFor: (number) => stores().list.nameFor(number),
    previewImport(text, format, defaultCountry) {
      const file = readImportFile(text, format, defaultCountry);
      const { table } = stores();
      const mergeCount = file.contacts.filter((draft) =>
        draft.faxNumbers.some((entry) => table.ownerOf(entry.number) !== null),
      ).length;
      // Frozen, so what commitImport trusts is what was checked.
      const preview = deepFreeze({ ...file, mergeCount });
      checkedPreviews.add(preview);
      return preview;
    },
    commitImport(preview: ImportPreview): ImportResult {
      const country = options.defaultCountry();
      // A preview that came back from the page is checked again; one made here a moment ago
      // already was, and reading 10,000 numbers twice would double the wait.
      const drafts = checkedPreviews.has(preview)
        ? (preview.contacts as CheckedDraft[])
        : preview.contacts.map((draft) => checkDraft(draft, country));
      const s = stores();
      const result = s.db.transaction(() => {
        let added = 0;
        let merged = 0;
        for (const draft of drafts) {
          if (write(s, draft).merged) merged++;
          else added++;
        }
        return { added, merged, skipped: preview.skipped };
      })();
      changed();
      return result;
    },
    exportContacts: (format) => exportContacts(allContacts(stores()), format),
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Every contact, in name order. */
function allContacts(s: ContactStores): Contact[] {
  return s.list.list({ limit: -1 }).items;
}

export function contactNotFound(): FaxdeskError {
  return new FaxdeskError('not_found', 'That contact is no longer in the address book.');
}
