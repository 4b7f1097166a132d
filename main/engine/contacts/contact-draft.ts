/**
 * A contact as a person typed it, or as a file gave it, made ready for the records: words
 * trimmed, fax numbers read into E.164 with the desk's country (numbers/phone-number.ts, the
 * one reader of numbers) and each kept once, groups each once whatever their case. A contact
 * without a name is called by its organisation, or else by its first number.
 */
import { formatFaxNumber } from '../../../domain/fax-number';
import { FaxdeskError } from '../errors';
import { toE164 } from '../numbers/phone-number';
import type { ContactFields } from '../store/contact-table';
import type { ContactDraft, ContactNumber } from './contacts-api';

/** Ready to write: every number E.164, at least one, and a name. */
export interface CheckedDraft extends ContactFields {
  groups: string[];
}

/** Throws FaxdeskError, in words, for a number that cannot be read or a contact without one. */
export function checkDraft(draft: ContactDraft, defaultCountry: string): CheckedDraft {
  const faxNumbers = uniqueNumbers(
    draft.faxNumbers.map((entry) => ({ number: toE164(entry.number, defaultCountry), label: text(entry.label) })),
  );
  const first = faxNumbers[0];
  if (!first) throw new FaxdeskError('invalid_number', 'A contact needs at least one fax number.');
  const organization = text(draft.organization);
  return {
    name: text(draft.name) ?? organization ?? formatFaxNumber(first.number, defaultCountry),
    organization,
    faxNumbers,
    phone: text(draft.phone),
    notes: text(draft.notes),
    groups: uniqueGroups(draft.groups ?? []),
  };
}

/** Each number once, the first label given for it kept. */
export function uniqueNumbers(numbers: ContactNumber[]): ContactNumber[] {
  const seen = new Map<string, ContactNumber>();
  for (const entry of numbers) {
    const kept = seen.get(entry.number);
    if (!kept) seen.set(entry.number, { ...entry });
    else if (kept.label === null) kept.label = entry.label;
  }
  return [...seen.values()];
}

/** Each group once whatever its case (the first spelling wins), without empty names. */
export function uniqueGroups(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()];
}

/** Trimmed text, or null for nothing. */
export function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
