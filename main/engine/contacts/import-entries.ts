/**
 * What every reader of a contacts file (csv-import.ts, vcard-import.ts) gives: one entry per row
 * or card, its numbers still as written; and how those entries become the drafts an import
 * preview shows — numbers read with the desk's country, entries that share a number merged,
 * and every row that will not be imported, with the reason in words.
 */
import { formatFaxNumber } from '../../../domain/fax-number';
import { toE164 } from '../numbers/phone-number';
import { text, uniqueGroups, uniqueNumbers, type CheckedDraft } from './contact-draft';
import { mergeContacts } from './contact-merge';
import type { Contact, ContactDraft, ContactNumber, SkippedImportRow } from './contacts-api';

export interface ImportEntry extends Pick<Contact, 'organization' | 'phone' | 'notes' | 'groups'> {
  /** 1-based row (counting the header) or card. */
  row: number;
  /** Null when the file gives none: the contact is then called by its organisation or number. */
  name: string | null;
  /** As written in the file. */
  faxNumbers: ContactNumber[];
}

export function draftsFromEntries(
  entries: readonly ImportEntry[],
  defaultCountry: string,
): { contacts: ContactDraft[]; skipped: SkippedImportRow[] } {
  const skipped: SkippedImportRow[] = [];
  const drafts: CheckedDraft[] = [];
  const byNumber = new Map<string, number>();
  for (const entry of entries) {
    const read = readNumbers(entry.faxNumbers, defaultCountry);
    const first = read.numbers[0];
    if (!first) {
      skipped.push({ row: entry.row, reason: read.unreadable ?? noFaxNumber(entry) });
      continue;
    }
    const organization = text(entry.organization);
    const draft: CheckedDraft = {
      name: text(entry.name) ?? organization ?? formatFaxNumber(first.number, defaultCountry),
      organization,
      faxNumbers: read.numbers,
      phone: text(entry.phone),
      notes: text(entry.notes),
      groups: uniqueGroups(entry.groups),
    };
    // The same person twice in one file (or two cards sharing a fax) becomes one contact.
    const earlier = draft.faxNumbers.map((n) => byNumber.get(n.number)).find((index) => index !== undefined);
    const index = earlier ?? drafts.length;
    const kept = earlier === undefined ? draft : mergeContacts(drafts[earlier] as CheckedDraft, draft);
    drafts[index] = kept;
    for (const n of kept.faxNumbers) if (!byNumber.has(n.number)) byNumber.set(n.number, index);
  }
  return { contacts: drafts, skipped };
}

/** The numbers that can be read; when none can, why, naming the first that could not. */
function readNumbers(
  written: readonly ContactNumber[],
  defaultCountry: string,
): { numbers: ContactNumber[]; unreadable: string | null } {
  const numbers: ContactNumber[] = [];
  let unreadable: string | null = null;
  for (const entry of written) {
    if (!entry.number.trim()) continue;
    try {
      numbers.push({ number: toE164(entry.number, defaultCountry), label: text(entry.label) });
    } catch {
      unreadable ??= `"${entry.number.trim()}" is not a fax number Faxdesk can read.`;
    }
  }
  return { numbers: uniqueNumbers(numbers), unreadable };
}

function noFaxNumber(entry: ImportEntry): string {
  const who = text(entry.name) ?? text(entry.organization);
  return who ? `${who} has no fax number.` : 'No name and no fax number.';
}
