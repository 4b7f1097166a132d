/** The address book written out in the format asked for: CSV (plain layout) or vCard 3.0. */
import type { Contact, ImportFormat } from './contacts-api';
import { contactsCsv } from './csv-export';
import { contactsVcard } from './vcard-export';

export function exportContacts(contacts: readonly Contact[], format: ImportFormat): string {
  return format === 'vcard' ? contactsVcard(contacts) : contactsCsv(contacts);
}
