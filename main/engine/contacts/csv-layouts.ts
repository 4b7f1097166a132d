/**
 * The CSV layouts Faxdesk recognises by their header row, and what each column means in them:
 * Outlook's export ("Business Fax", "Categories"), Google Contacts' (old and new: "Phone 1 - Type"
 * or "- Label" beside "Phone 1 - Value", "Group Membership" or "Labels") and a plain one with a
 * name and a fax column (Faxdesk's own export), which may also come without a header.
 */
import type { CsvLayout } from './contacts-api';

/** What one column holds. */
export type ColumnRole =
  | { kind: 'name' | 'first' | 'middle' | 'last' | 'organization' | 'phone' | 'notes' }
  | { kind: 'fax'; label: string | null }
  | { kind: 'groups'; separator: RegExp }
  /** Google: a phone's value, a fax when the type column beside it says so. */
  | { kind: 'typed-phone'; typeColumn: number | null };

export interface CsvColumns {
  layout: CsvLayout;
  /** False for a plain file that starts with its first contact. */
  hasHeader: boolean;
  roles: Map<number, ColumnRole>;
  /** Which column means what, in words, for the preview. */
  described: { name: string; meaning: string }[];
}

/** Several values in one cell: Google's " ::: ", or a semicolon. */
export const MULTI_VALUE = /\s*(?::::|;)\s*/;

const OUTLOOK: Record<string, ColumnRole> = {
  'first name': { kind: 'first' },
  'middle name': { kind: 'middle' },
  'last name': { kind: 'last' },
  company: { kind: 'organization' },
  'business fax': { kind: 'fax', label: 'Work' },
  'home fax': { kind: 'fax', label: 'Home' },
  'other fax': { kind: 'fax', label: 'Other' },
  'business phone': { kind: 'phone' },
  'mobile phone': { kind: 'phone' },
  'home phone': { kind: 'phone' },
  notes: { kind: 'notes' },
  categories: { kind: 'groups', separator: /\s*;\s*/ },
};

const GOOGLE: Record<string, ColumnRole> = {
  name: { kind: 'name' },
  'first name': { kind: 'first' },
  'given name': { kind: 'first' },
  'middle name': { kind: 'middle' },
  'additional name': { kind: 'middle' },
  'last name': { kind: 'last' },
  'family name': { kind: 'last' },
  'organization name': { kind: 'organization' },
  'organization 1 - name': { kind: 'organization' },
  notes: { kind: 'notes' },
  labels: { kind: 'groups', separator: /\s*:::\s*/ },
  'group membership': { kind: 'groups', separator: /\s*:::\s*/ },
};

const PLAIN: Array<[RegExp, ColumnRole]> = [
  [/^(name|full name|display name|contact)$/, { kind: 'name' }],
  [/^(organi[sz]ation|company|org)$/, { kind: 'organization' }],
  [/fax/, { kind: 'fax', label: null }],
  [/^(phone|telephone|tel|voice)( number)?$/, { kind: 'phone' }],
  [/^notes?$/, { kind: 'notes' }],
  [/^(groups?|categories|labels)$/, { kind: 'groups', separator: MULTI_VALUE }],
];

const MEANINGS: Record<ColumnRole['kind'], string> = {
  name: 'Name',
  first: 'First name',
  middle: 'Middle name',
  last: 'Last name',
  organization: 'Organisation',
  phone: 'Phone (not faxed to)',
  notes: 'Notes',
  fax: 'Fax number',
  groups: 'Groups',
  'typed-phone': 'Fax number when its type says Fax, otherwise phone',
};

/** The layout of a file from its first record; null when Faxdesk cannot tell what it is. */
export function detectColumns(first: readonly string[]): CsvColumns | null {
  const header = first.map((cell) => cell.trim().toLowerCase());
  if (header.some((cell) => /^phone \d+ - value$/.test(cell))) return google(first, header);
  if (header.some((cell) => cell in OUTLOOK && OUTLOOK[cell]?.kind === 'fax'))
    return byTable('outlook', first, OUTLOOK);
  const plain = plainWithHeader(first, header);
  if (plain) return plain;
  if (first.length >= 2 && looksLikeFaxCell(first[1] ?? '')) {
    const roles = new Map<number, ColumnRole>([
      [0, { kind: 'name' }],
      [1, { kind: 'fax', label: null }],
    ]);
    return {
      layout: 'plain',
      hasHeader: false,
      roles,
      described: [
        { name: 'column 1', meaning: 'Name' },
        { name: 'column 2', meaning: 'Fax number' },
      ],
    };
  }
  return null;
}

function byTable(layout: CsvLayout, first: readonly string[], table: Record<string, ColumnRole>): CsvColumns {
  const roles = new Map<number, ColumnRole>();
  header(first).forEach((cell, index) => {
    const role = table[cell];
    if (role) roles.set(index, role);
  });
  return described(layout, first, roles);
}

function google(first: readonly string[], lower: string[]): CsvColumns {
  const columns = byTable('google', first, GOOGLE);
  lower.forEach((cell, index) => {
    const value = /^phone (\d+) - value$/.exec(cell);
    if (!value) return;
    const typeColumn = lower.findIndex(
      (other) => other === `phone ${value[1]} - type` || other === `phone ${value[1]} - label`,
    );
    columns.roles.set(index, { kind: 'typed-phone', typeColumn: typeColumn >= 0 ? typeColumn : null });
  });
  return described('google', first, columns.roles);
}

function plainWithHeader(first: readonly string[], lower: string[]): CsvColumns | null {
  const roles = new Map<number, ColumnRole>();
  lower.forEach((cell, index) => {
    const role = PLAIN.find(([pattern]) => pattern.test(cell))?.[1];
    if (role) roles.set(index, role);
  });
  const kinds = [...roles.values()].map((role) => role.kind);
  if (!kinds.includes('fax') || !(kinds.includes('name') || kinds.includes('organization'))) return null;
  return described('plain', first, roles);
}

function described(layout: CsvLayout, first: readonly string[], roles: Map<number, ColumnRole>): CsvColumns {
  const sorted = new Map([...roles].sort(([a], [b]) => a - b));
  return {
    layout,
    hasHeader: true,
    roles: sorted,
    described: [...sorted].map(([index, role]) => ({
      name: first[index]?.trim() ?? `column ${index + 1}`,
      meaning: role.kind === 'fax' && role.label ? `Fax number (${role.label})` : MEANINGS[role.kind],
    })),
  };
}

function header(first: readonly string[]): string[] {
  return first.map((cell) => cell.trim().toLowerCase());
}

/** A cell that is a number, not a heading: digits and separators, at least five digits. */
function looksLikeFaxCell(cell: string): boolean {
  return /^[\d\s+().\-/:;]+$/.test(cell.trim()) && (cell.match(/\d/g)?.length ?? 0) >= 5;
}
