/**
 * The add/edit form of a contact as plain data: what it starts with (empty, or a contact's
 * fields), its fax number rows (added and removed), and what it sends to contacts:save —
 * numbers read with the same rules as Send's field (E.164 against the default country), each
 * refused row named in words, so the person sees which row to mend before anything is saved.
 */
import type { ContactView } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { invalidNumberMessage, toE164 } from '../send/fax-number';

export interface NumberRow {
  /** Stable across edits, so React keeps each row's inputs (and focus) when one above is removed. */
  key: number;
  number: string;
  label: string;
}

export interface ContactForm {
  name: string;
  organization: string;
  numbers: NumberRow[];
  phone: string;
  notes: string;
  groups: string[];
}

export interface ContactDraftRequest {
  name: string;
  organization: string | null;
  faxNumbers: Array<{ number: string; label: string | null }>;
  phone: string | null;
  notes: string | null;
  groups: string[];
}

export type FormCheck =
  { ok: true; draft: ContactDraftRequest } | { ok: false; field: 'name' | 'numbers'; row?: number; message: string };

let nextKey = 1;
export const newNumberRow = (number = '', label = ''): NumberRow => ({ key: nextKey++, number, label });

/** An empty form, or one filled with a number typed in Send ("Save as contact"). */
export function emptyForm(number?: string, country = 'US'): ContactForm {
  return {
    name: '',
    organization: '',
    numbers: [newNumberRow(number ? formatFaxNumber(number, country) : '')],
    phone: '',
    notes: '',
    groups: [],
  };
}

export function formOf(contact: ContactView, country: string): ContactForm {
  return {
    name: contact.name,
    organization: contact.organization ?? '',
    numbers: contact.faxNumbers.map((n) => newNumberRow(formatFaxNumber(n.number, country), n.label ?? '')),
    phone: contact.phone ?? '',
    notes: contact.notes ?? '',
    groups: [...contact.groups],
  };
}

export function addNumberRow(form: ContactForm): ContactForm {
  return { ...form, numbers: [...form.numbers, newNumberRow()] };
}

/** Removes a row; the last one stays (emptied), since a contact has at least one number. */
export function removeNumberRow(form: ContactForm, key: number): ContactForm {
  const rest = form.numbers.filter((row) => row.key !== key);
  return { ...form, numbers: rest.length > 0 ? rest : [newNumberRow()] };
}

export function updateNumberRow(form: ContactForm, key: number, patch: Partial<Omit<NumberRow, 'key'>>): ContactForm {
  return { ...form, numbers: form.numbers.map((row) => (row.key === key ? { ...row, ...patch } : row)) };
}

/** Adds a group by name (a new one, or one already there), keeping the list alphabetical and without repeats. */
export function withGroup(form: ContactForm, name: string): ContactForm {
  const trimmed = name.trim();
  if (!trimmed || form.groups.some((g) => g.toLowerCase() === trimmed.toLowerCase())) return form;
  return { ...form, groups: [...form.groups, trimmed].sort((a, b) => a.localeCompare(b)) };
}

export function withoutGroup(form: ContactForm, name: string): ContactForm {
  return { ...form, groups: form.groups.filter((g) => g !== name) };
}

/** What contacts:save is sent, or the first thing to mend. Empty number rows are left out. */
export function checkForm(form: ContactForm, country: string): FormCheck {
  const name = form.name.trim();
  if (!name) return { ok: false, field: 'name', message: 'Give the contact a name.' };
  const faxNumbers: ContactDraftRequest['faxNumbers'] = [];
  for (const [index, row] of form.numbers.entries()) {
    if (!row.number.trim()) continue;
    const number = toE164(row.number, country);
    if (!number) return { ok: false, field: 'numbers', row: index, message: invalidNumberMessage(row.number) };
    if (faxNumbers.some((n) => n.number === number)) continue;
    faxNumbers.push({ number, label: row.label.trim() || null });
  }
  if (faxNumbers.length === 0) return { ok: false, field: 'numbers', row: 0, message: 'Add at least one fax number.' };
  return {
    ok: true,
    draft: {
      name,
      organization: form.organization.trim() || null,
      faxNumbers,
      phone: form.phone.trim() || null,
      notes: form.notes.trim() || null,
      groups: form.groups,
    },
  };
}
