/** How the address book words its counts, a contact's line and an import's outcome. Pure. */
import type { ContactImportPreview, ContactImportResult, ContactView } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';

export const contactsText = (count: number) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? 'contact' : 'contacts'}`;

/** The list's count: all of them, or how many match the search or group. */
export function contactCountText(total: number, filtered: boolean): string {
  if (!filtered) return total === 0 ? 'No contacts yet' : contactsText(total);
  return total === 0 ? 'No contacts match' : `${contactsText(total)} match`;
}

/** The first fax number, shown at home as people write it, and how many more there are. */
export function numbersSummary(contact: Pick<ContactView, 'faxNumbers'>, country: string): string {
  const [first, ...rest] = contact.faxNumbers;
  if (!first) return '';
  const shown = formatFaxNumber(first.number, country);
  return rest.length > 0 ? `${shown} (+${rest.length} more)` : shown;
}

const LAYOUTS: Record<NonNullable<ContactImportPreview['layout']>, string> = {
  outlook: 'Outlook contacts (CSV)',
  google: 'Google Contacts (CSV)',
  plain: 'A list of names and fax numbers (CSV)',
};

/** What kind of file Faxdesk found, in words. */
export function layoutText(preview: Pick<ContactImportPreview, 'format' | 'layout'>): string {
  if (preview.format === 'vcard') return 'vCard contacts (.vcf)';
  return preview.layout ? LAYOUTS[preview.layout] : 'CSV';
}

/** The preview's one-line summary: what will be added, merged and left out. */
export function importSummaryText(preview: Pick<ContactImportPreview, 'contactCount' | 'mergeCount' | 'skipped'>) {
  const added = preview.contactCount - preview.mergeCount;
  const parts = [`${contactsText(added)} will be added`];
  if (preview.mergeCount > 0) parts.push(`${preview.mergeCount.toLocaleString('en-US')} merged into contacts you have`);
  if (preview.skipped.length > 0) {
    const rows = preview.skipped.length;
    parts.push(`${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'} will not be imported`);
  }
  return `${parts.join(', ')}.`;
}

/** What an import did, announced once it is written. */
export function importResultText(result: ContactImportResult): string {
  const merged = result.merged > 0 ? `, ${result.merged.toLocaleString('en-US')} merged` : '';
  const skipped = result.skipped.length > 0 ? `, ${result.skipped.length.toLocaleString('en-US')} skipped` : '';
  return `Imported: ${contactsText(result.added)} added${merged}${skipped}.`;
}
