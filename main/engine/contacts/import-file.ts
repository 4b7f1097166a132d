/**
 * A contacts file read for the import preview: its layout and columns (CSV), the contacts it
 * gives (numbers read, duplicates merged) and every row or card that will not be imported, why.
 */
import type { ImportFormat, ImportPreview } from './contacts-api';
import { readCsv } from './csv-import';
import { draftsFromEntries } from './import-entries';
import { readVcards } from './vcard-import';

export function readImportFile(
  text: string,
  format: ImportFormat,
  defaultCountry: string,
): Omit<ImportPreview, 'mergeCount'> {
  if (format === 'vcard') {
    return { format, layout: null, columns: [], ...draftsFromEntries(readVcards(text), defaultCountry) };
  }
  const csv = readCsv(text);
  const { contacts, skipped } = draftsFromEntries(csv.entries, defaultCountry);
  const empty = csv.emptyRows.map((row) => ({ row, reason: 'The row is empty.' }));
  return {
    format,
    layout: csv.layout,
    columns: csv.columns,
    contacts,
    skipped: [...skipped, ...empty].sort((a, b) => a.row - b.row),
  };
}
