/**
 * What the engine offers about the address book (`engine.contacts`): contacts with their fax
 * numbers, groups, import and export. The shell's IPC handlers, the Send screen's suggestions
 * and the command line use only this; the outbox asks `nameFor` for the name to keep with a fax.
 */

/** One labelled fax number of a contact, always E.164 (normalised with libphonenumber-js). */
export interface ContactNumber {
  number: string;
  /** "Work", "Home", "Billing"… as the person or the imported file named it; null for none. */
  label: string | null;
}

/** One contact. Times are epoch milliseconds. */
export interface Contact {
  /** Faxdesk's own id (a UUID). */
  id: string;
  name: string;
  organization: string | null;
  /** At least one. The first is the one a group fax goes to. */
  faxNumbers: ContactNumber[];
  /** A voice number, as typed (not faxed to, so not normalised). */
  phone: string | null;
  notes: string | null;
  /** The names of the groups it is in, alphabetical. */
  groups: string[];
  createdAt: number;
  updatedAt: number;
}

export interface ContactGroup {
  id: string;
  name: string;
  memberCount: number;
}

/** What a person types or an import brings: a contact without its id and times. */
export interface ContactDraft {
  name: string;
  organization?: string | null;
  faxNumbers: ContactNumber[];
  phone?: string | null;
  notes?: string | null;
  groups?: string[];
}

export interface ContactQuery {
  /** Words or digits: name, organisation, numbers, notes (the records' full-text search). */
  search?: string;
  /** Only members of this group (by id). */
  groupId?: string;
  offset?: number;
  limit: number;
}

export interface ContactPage {
  items: Contact[];
  total: number;
}

/** A suggestion while typing a recipient: a contact's number, or a whole group. */
export type RecipientSuggestion =
  | {
      kind: 'contact';
      contactId: string;
      name: string;
      organization: string | null;
      number: string;
      label: string | null;
    }
  | { kind: 'group'; groupId: string; name: string; numbers: string[] };

export type ImportFormat = 'csv' | 'vcard';
/** The CSV layouts Faxdesk recognises by their header row. */
export type CsvLayout = 'outlook' | 'google' | 'plain';

/** One row or card that will not be imported, and why, in words. */
export interface SkippedImportRow {
  /** 1-based row (CSV, counting the header) or card number (vCard). */
  row: number;
  reason: string;
}

/** What an import would do, shown for confirmation before anything is written. */
export interface ImportPreview {
  format: ImportFormat;
  /** CSV only: the layout recognised and which column means what. */
  layout: CsvLayout | null;
  columns: { name: string; meaning: string }[];
  /** The contacts the file gives, already merged by number. */
  contacts: ContactDraft[];
  /** How many of them match an existing contact by fax number and will be merged into it. */
  mergeCount: number;
  skipped: SkippedImportRow[];
}

export interface ImportResult {
  added: number;
  merged: number;
  skipped: SkippedImportRow[];
}

export interface ContactsApi {
  list(query: ContactQuery): ContactPage;
  get(id: string): Contact | null;
  /** Adds a contact, or, with an id, replaces that contact's fields. Throws FaxdeskError with words on a bad number. */
  save(draft: ContactDraft, id?: string): Contact;
  remove(id: string): void;
  groups(): ContactGroup[];
  renameGroup(id: string, name: string): ContactGroup;
  removeGroup(id: string): void;
  /** Contacts and groups matching what has been typed so far (name, organisation or digits). */
  suggest(typed: string, limit: number): RecipientSuggestion[];
  /**
   * A recipient as the command line's `--to` takes it: a number (returned as given), a contact's
   * name (its first fax number) or a group's name (each member's first number). Null when it
   * names no contact or group; throws FaxdeskError when a name is ambiguous.
   */
  resolveRecipient(nameOrNumber: string): string[] | null;
  /** The contact's name for an E.164 number, or null; kept with a fax when it goes or arrives. */
  nameFor(number: string): string | null;
  /** Reads a file's text without writing anything. */
  previewImport(text: string, format: ImportFormat, defaultCountry: string): ImportPreview;
  /** Writes what `previewImport` showed, merging duplicates by fax number, in one transaction. */
  commitImport(preview: ImportPreview): ImportResult;
  exportContacts(format: ImportFormat): string;
  onChanged(listener: () => void): () => void;
}
