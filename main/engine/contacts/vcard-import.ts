/**
 * Reads a vCard file (3.0 or 4.0, one or many cards) with ical.js: FN (or N) for the name, ORG,
 * NOTE, CATEGORIES as groups, and every TEL whose TYPE includes FAX as a fax number, labelled by
 * its other types (TYPE=WORK,FAX -> "Work"). Other TELs give the phone.
 */
import ICAL from 'ical.js';
import { FaxdeskError } from '../errors';
import type { ContactNumber } from './contacts-api';
import type { ImportEntry } from './import-entries';

/** Types that say how a number is reached, not whose it is: never a label. */
const NOT_LABELS = new Set(['fax', 'voice', 'pref', 'cell', 'text', 'msg', 'internet', 'x-other']);

export function readVcards(text: string): ImportEntry[] {
  let parsed: unknown[];
  try {
    parsed = ICAL.parse(text) as unknown[];
  } catch (error) {
    throw new FaxdeskError('invalid_document', 'Faxdesk cannot read this file as vCard.', {
      whatToDo: 'Export the contacts again as vCard (.vcf) and import that.',
      technicalDetail: error instanceof Error ? error.message : String(error),
    });
  }
  const cards = (typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[][];
  const entries = cards
    .map((jcard) => new ICAL.Component(jcard as never))
    .filter((card) => card.name === 'vcard')
    .map((card, index) => readCard(card, index + 1));
  if (entries.length === 0) throw new FaxdeskError('invalid_document', 'There are no contacts (vCards) in this file.');
  return entries;
}

function readCard(card: ICAL.Component, row: number): ImportEntry {
  const faxNumbers: ContactNumber[] = [];
  const phones: string[] = [];
  for (const tel of card.getAllProperties('tel')) {
    const number = String(tel.getFirstValue() ?? '').replace(/^tel:/i, '');
    const types = typesOf(tel.getParameter('type'));
    if (types.includes('fax')) faxNumbers.push({ number, label: labelOf(types) });
    else phones.push(number);
  }
  return {
    row,
    name: textValue(card.getFirstPropertyValue('fn')) ?? nameFromN(card.getFirstPropertyValue('n')),
    organization: textValue(card.getFirstPropertyValue('org')),
    faxNumbers,
    phone: phones[0] ?? null,
    notes: textValue(card.getFirstPropertyValue('note')),
    groups: card.getAllProperties('categories').flatMap((property) => property.getValues().map(String)),
  };
}

/** TYPE as one value, a list, or a comma-joined value ("work,fax"), in lower case. */
function typesOf(type: unknown): string[] {
  const values = Array.isArray(type) ? type : type === undefined || type === null ? [] : [type];
  return values.flatMap((value) => String(value).split(',')).map((value) => value.trim().toLowerCase());
}

function labelOf(types: string[]): string | null {
  const label = types.find((type) => !NOT_LABELS.has(type));
  return label ? label.charAt(0).toUpperCase() + label.slice(1) : null;
}

/** ORG's first part (the organisation; the rest are its units), or plain text. */
function textValue(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  const text = typeof first === 'string' ? first.trim() : '';
  return text === '' ? null : text;
}

/** N is family;given;additional;prefix;suffix. */
function nameFromN(value: unknown): string | null {
  if (!Array.isArray(value)) return textValue(value);
  const [family, given, additional] = value.map((part) => (Array.isArray(part) ? part.join(' ') : String(part ?? '')));
  return [given, additional, family].filter(Boolean).join(' ') || null;
}
