/**
 * The address book as vCard 3.0, one card per contact, built with ical.js's component API (so
 * its escaping and folding are the library's): FN, N, ORG, TEL;TYPE=FAX (with the label as a
 * further type), a voice TEL for the phone, NOTE and CATEGORIES. vcard-import.ts reads it back.
 */
import ICAL from 'ical.js';
import type { Contact } from './contacts-api';

export function contactsVcard(contacts: readonly Contact[]): string {
  return contacts.map((contact) => card(contact).toString() + '\r\n').join('');
}

function card(contact: Contact): ICAL.Component {
  const vcard = new ICAL.Component('vcard');
  vcard.addPropertyWithValue('version', '3.0');
  vcard.addPropertyWithValue('fn', contact.name);
  // N is required in 3.0; Faxdesk keeps one name, so it goes whole into the family name.
  vcard.addPropertyWithValue('n', [contact.name, '', '', '', '']);
  if (contact.organization) vcard.addPropertyWithValue('org', [contact.organization]);
  for (const entry of contact.faxNumbers) {
    const tel = vcard.addPropertyWithValue('tel', entry.number);
    tel.setParameter('type', entry.label ? [entry.label.toLowerCase(), 'fax'] : ['fax']);
  }
  if (contact.phone) vcard.addPropertyWithValue('tel', contact.phone).setParameter('type', ['voice']);
  if (contact.notes) vcard.addPropertyWithValue('note', contact.notes);
  if (contact.groups.length > 0) {
    const categories = new ICAL.Property('categories');
    categories.setValues(contact.groups);
    vcard.addProperty(categories);
  }
  return vcard;
}
