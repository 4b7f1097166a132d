/**
 * How the address book looks on the command line: one line per contact for people, stable
 * objects for --json (field names are part of the CLI's contract with scripts), and the import
 * preview asked about before anything is written.
 */
import type { Contact, ImportPreview } from '../engine/contacts/contacts-api';
import { shortId } from './job-output';
import { formatFaxNumber } from '../../domain/fax-number';

export function contactJson(contact: Contact) {
  return {
    id: contact.id,
    name: contact.name,
    organization: contact.organization,
    faxNumbers: contact.faxNumbers.map((entry) => entry.number),
    labels: contact.faxNumbers.map((entry) => entry.label),
    phone: contact.phone,
    notes: contact.notes,
    groups: contact.groups,
    createdAt: new Date(contact.createdAt).toISOString(),
    updatedAt: new Date(contact.updatedAt).toISOString(),
  };
}

export function contactLine(contact: Contact): string {
  const organization =
    contact.organization && contact.organization !== contact.name ? ` (${contact.organization})` : '';
  const numbers = contact.faxNumbers
    .map((entry) => `${formatFaxNumber(entry.number)}${entry.label ? ` [${entry.label}]` : ''}`)
    .join(', ');
  const groups = contact.groups.length > 0 ? `  groups: ${contact.groups.join(', ')}` : '';
  return `${shortId(contact.id)}  ${contact.name}${organization}  ${numbers}${groups}`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What an import would do: the layout and columns, the counts, and every row left out and why. */
export function previewLines(preview: ImportPreview): string[] {
  const lines: string[] = [];
  if (preview.format === 'vcard') lines.push('Format: vCard');
  else lines.push(`Format: CSV, ${layoutName(preview.layout)} layout`);
  if (preview.columns.length > 0) {
    lines.push('Columns:');
    for (const column of preview.columns) lines.push(`  ${column.name} → ${column.meaning}`);
  }
  const added = preview.contacts.length - preview.mergeCount;
  lines.push(
    `${plural(preview.contacts.length, 'contact', 'contacts')} to import: ${added} new, ` +
      `${preview.mergeCount} merged into contacts with the same fax number.`,
  );
  if (preview.skipped.length > 0) {
    lines.push(`${plural(preview.skipped.length, 'row', 'rows')} will not be imported:`);
    const unit = preview.format === 'vcard' ? 'card' : 'row';
    for (const skipped of preview.skipped) lines.push(`  ${unit} ${skipped.row}: ${skipped.reason}`);
  }
  return lines;
}

function layoutName(layout: ImportPreview['layout']): string {
  if (layout === 'outlook') return 'Outlook';
  if (layout === 'google') return 'Google Contacts';
  return 'plain';
}
