/**
 * Reads a contacts CSV (csv-parse does the quoting, commas in names and line breaks in notes):
 * the header row tells the layout (csv-layouts.ts), then each row becomes an entry with its
 * numbers as written. A cell with several fax numbers (Google joins them with " ::: ") gives one
 * contact with several numbers.
 */
import { parse } from 'csv-parse/sync';
import { FaxdeskError } from '../errors';
import type { ContactNumber, CsvLayout } from './contacts-api';
import { detectColumns, MULTI_VALUE, type ColumnRole, type CsvColumns } from './csv-layouts';
import type { ImportEntry } from './import-entries';

export interface CsvFile {
  layout: CsvLayout;
  columns: { name: string; meaning: string }[];
  entries: ImportEntry[];
  /** Rows with nothing in them, numbered as counted in the file. */
  emptyRows: number[];
}

/** Google's system groups: every contact is in them, so they say nothing. */
const GOOGLE_SYSTEM_GROUPS = new Set(['* mycontacts', '* starred']);

export function readCsv(text: string): CsvFile {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new FaxdeskError('invalid_document', 'Faxdesk cannot read this file as CSV.', {
      whatToDo: 'Save it again as CSV (comma separated) and import that.',
      technicalDetail: error instanceof Error ? error.message : String(error),
    });
  }
  const first = records[0];
  if (!first) throw new FaxdeskError('invalid_document', 'This CSV file is empty.');
  const columns = detectColumns(first);
  if (!columns) {
    throw new FaxdeskError('invalid_document', 'Faxdesk does not recognise the columns of this CSV file.', {
      whatToDo:
        'Use a file exported from Outlook or Google Contacts, or one with a "Name" and a "Fax" column (or just name,fax on each line).',
    });
  }
  const entries: ImportEntry[] = [];
  const emptyRows: number[] = [];
  const start = columns.hasHeader ? 1 : 0;
  for (let index = start; index < records.length; index++) {
    const record = records[index] as string[];
    if (record.every((cell) => cell === '')) emptyRows.push(index + 1);
    else entries.push(readRecord(record, index + 1, columns));
  }
  return { layout: columns.layout, columns: columns.described, entries, emptyRows };
}

function readRecord(record: readonly string[], row: number, columns: CsvColumns): ImportEntry {
  const cell = (index: number) => record[index] ?? '';
  const parts: Partial<Record<string, string>> = {};
  const faxNumbers: ContactNumber[] = [];
  const phones: string[] = [];
  const groups: string[] = [];
  for (const [index, role] of columns.roles) {
    const value = cell(index);
    if (!value) continue;
    readCell(role, value, cell, { parts, faxNumbers, phones, groups });
  }
  const name = parts.name ?? ([parts.first, parts.middle, parts.last].filter(Boolean).join(' ') || null);
  return {
    row,
    name,
    organization: parts.organization ?? null,
    faxNumbers,
    phone: phones[0] ?? null,
    notes: parts.notes ?? null,
    groups: columns.layout === 'google' ? groups.filter((g) => !GOOGLE_SYSTEM_GROUPS.has(g.toLowerCase())) : groups,
  };
}

interface Collected {
  parts: Partial<Record<string, string>>;
  faxNumbers: ContactNumber[];
  phones: string[];
  groups: string[];
}

function readCell(role: ColumnRole, value: string, cell: (index: number) => string, into: Collected): void {
  switch (role.kind) {
    case 'fax':
      into.faxNumbers.push(...labelledNumbers(value, role.label));
      return;
    case 'typed-phone': {
      const type = role.typeColumn === null ? '' : cell(role.typeColumn).replace(/^\*\s*/, '');
      if (/fax/i.test(type)) into.faxNumbers.push(...labelledNumbers(value, faxLabel(type)));
      else into.phones.push(...value.split(MULTI_VALUE));
      return;
    }
    case 'phone':
      into.phones.push(value);
      return;
    case 'groups':
      into.groups.push(...value.split(role.separator).filter(Boolean));
      return;
    default:
      into.parts[role.kind] ??= value;
  }
}

/** "Work: +1 202 555 0100 ::: +1 202 555 0101" (Faxdesk's export) or bare numbers. */
function labelledNumbers(value: string, label: string | null): ContactNumber[] {
  return value
    .split(MULTI_VALUE)
    .filter(Boolean)
    .map((written) => {
      const labelled = /^([^\d+:][^:]*):\s*(.+)$/.exec(written);
      return labelled ? { number: labelled[2] as string, label: labelled[1] as string } : { number: written, label };
    });
}

/** "Work Fax" -> "Work"; "Fax" -> none. */
function faxLabel(type: string): string | null {
  const rest = type.replace(/fax/i, '').trim();
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : null;
}
