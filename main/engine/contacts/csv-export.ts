/**
 * The address book as CSV in Faxdesk's plain layout, which its own import reads back: a header,
 * then one row per contact, every field quoted (RFC 4180). Several fax numbers or groups share a
 * cell joined by " ::: " as Google does; a labelled number is written "Work: +12025550100".
 */
import type { Contact } from './contacts-api';

export const CSV_EXPORT_HEADER = ['Name', 'Organization', 'Fax numbers', 'Phone', 'Notes', 'Groups'];

export function contactsCsv(contacts: readonly Contact[]): string {
  const rows = contacts.map((contact) => [
    contact.name,
    contact.organization ?? '',
    contact.faxNumbers.map((entry) => (entry.label ? `${entry.label}: ${entry.number}` : entry.number)).join(' ::: '),
    contact.phone ?? '',
    contact.notes ?? '',
    contact.groups.join(' ::: '),
  ]);
  return [CSV_EXPORT_HEADER, ...rows].map((row) => row.map(quoted).join(',')).join('\r\n') + '\r\n';
}

function quoted(field: string): string {
  return `"${field.replaceAll('"', '""')}"`;
}
