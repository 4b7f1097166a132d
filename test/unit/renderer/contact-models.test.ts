/**
 * The address book's page models: the contact form (number rows added and removed, groups, what
 * is sent to contacts:save and the first thing to mend), the list store (pages loaded around the
 * view, a new query starting again, a change reloading in place) and the words of counts and
 * of an import's preview.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ContactView } from '../../../preload/contract';
import {
  addNumberRow,
  checkForm,
  emptyForm,
  formOf,
  removeNumberRow,
  updateNumberRow,
  withGroup,
  withoutGroup,
} from '../../../renderer/src/features/contacts/contact-form-model';
import { ContactListStore, CONTACT_PAGE_SIZE } from '../../../renderer/src/features/contacts/contact-list-store';
import {
  contactCountText,
  importResultText,
  importSummaryText,
  layoutText,
  numbersSummary,
} from '../../../renderer/src/features/contacts/contact-text';

const contact = (n: number): ContactView => ({
  id: `id-${n}`,
  name: `Contact ${n}`,
  organization: null,
  faxNumbers: [{ number: '+12025550100', label: null }],
  phone: null,
  notes: null,
  groups: [],
  createdAt: 1,
  updatedAt: 1,
});

describe('the contact form', () => {
  it('sends the numbers in E.164 with their labels, leaving empty rows and repeats out', () => {
    let form = { ...emptyForm(), name: ' Harbor Legal ', organization: 'Harbor LLP' };
    const [first] = form.numbers;
    form = updateNumberRow(form, first!.key, { number: '(202) 555-0100', label: 'Office' });
    form = addNumberRow(addNumberRow(form));
    form = updateNumberRow(form, form.numbers[2]!.key, { number: '202-555-0100' });
    form = withGroup(withGroup(form, 'Courts'), ' courts ');
    expect(checkForm(form, 'US')).toEqual({
      ok: true,
      draft: {
        name: 'Harbor Legal',
        organization: 'Harbor LLP',
        faxNumbers: [{ number: '+12025550100', label: 'Office' }],
        phone: null,
        notes: null,
        groups: ['Courts'],
      },
    });
  });

  it('names the first thing to mend: the name, a number that is not one, or no number', () => {
    expect(checkForm(emptyForm(), 'US')).toMatchObject({ ok: false, field: 'name' });
    const named = { ...emptyForm(), name: 'A' };
    expect(checkForm(named, 'US')).toMatchObject({
      ok: false,
      field: 'numbers',
      message: 'Add at least one fax number.',
    });
    const wrong = updateNumberRow(addNumberRow(named), named.numbers[0]!.key, { number: '202555' });
    expect(checkForm(wrong, 'US')).toMatchObject({ ok: false, field: 'numbers', row: 0 });
  });

  it('keeps one number row when the last is removed, and removes groups', () => {
    const form = emptyForm('+12025550100', 'US');
    expect(form.numbers[0]?.number).toBe('(202) 555-0100');
    const emptied = removeNumberRow(form, form.numbers[0]!.key);
    expect(emptied.numbers).toHaveLength(1);
    expect(emptied.numbers[0]?.number).toBe('');
    expect(withoutGroup(withGroup(form, 'Labs'), 'Labs').groups).toEqual([]);
  });

  it('is filled from a contact, numbers shown as they are written at home', () => {
    const form = formOf(
      { ...contact(1), organization: 'Org', faxNumbers: [{ number: '+442079460018', label: 'London' }] },
      'US',
    );
    expect(form.numbers[0]).toMatchObject({ number: '+44 20 7946 0018', label: 'London' });
    expect(form.organization).toBe('Org');
  });
});

describe('the contact list store', () => {
  const all = Array.from({ length: 250 }, (_, i) => contact(i));
  const source = () =>
    vi.fn(({ offset, limit }: { offset: number; limit: number }) =>
      Promise.resolve({ items: all.slice(offset, offset + limit), total: all.length }),
    );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('loads the first page, then the pages scrolled to', async () => {
    const load = source();
    const store = new ContactListStore(load);
    store.setQuery({ search: 'contact' });
    await settle();
    expect(store.getSnapshot()).toMatchObject({ total: 250, counted: true });
    expect(store.getSnapshot().rows[CONTACT_PAGE_SIZE]).toBeUndefined();
    store.want(210, 240);
    await settle();
    expect(store.getSnapshot().rows[230]?.name).toBe('Contact 230');
    expect(load.mock.calls.map(([request]) => request.offset)).toEqual([0, 200]);
    expect(load.mock.calls[0]?.[0]).toMatchObject({ search: 'contact', limit: CONTACT_PAGE_SIZE });
  });

  it('starts again with a new query, and reloads in place on a change', async () => {
    const load = source();
    const store = new ContactListStore(load);
    store.setQuery({});
    await settle();
    const generation = store.getSnapshot().generation;
    store.reload();
    expect(store.getSnapshot().rows[0]?.name).toBe('Contact 0');
    await settle();
    expect(store.getSnapshot().generation).toBe(generation + 1);
    store.setQuery({ groupId: 'g' });
    expect(store.getSnapshot()).toMatchObject({ rows: [], counted: false });
    await settle();
    expect(load.mock.calls.at(-1)?.[0]).toMatchObject({ groupId: 'g', offset: 0 });
  });

  it('reloads an empty list when the first contact is added', async () => {
    const contacts: ContactView[] = [];
    const store = new ContactListStore(() => Promise.resolve({ items: [...contacts], total: contacts.length }));
    store.setQuery({});
    await settle();
    expect(store.getSnapshot()).toMatchObject({ total: 0, counted: true });
    contacts.push(contact(1));
    store.reload();
    await settle();
    expect(store.getSnapshot().total).toBe(1);
  });

  it('keeps the error in words', async () => {
    const store = new ContactListStore(() => Promise.reject(new Error('The records are busy.')));
    store.setQuery({});
    await settle();
    expect(store.getSnapshot().error).toBe('The records are busy.');
  });
});

describe('the address book in words', () => {
  it('counts contacts, all or matching', () => {
    expect(contactCountText(0, false)).toBe('No contacts yet');
    expect(contactCountText(1, false)).toBe('1 contact');
    expect(contactCountText(12000, true)).toBe('12,000 contacts match');
    expect(contactCountText(0, true)).toBe('No contacts match');
  });

  it('shows the first number and how many more', () => {
    const two = {
      faxNumbers: [
        { number: '+12025550100', label: null },
        { number: '+12025550101', label: null },
      ],
    };
    expect(numbersSummary(two, 'US')).toBe('(202) 555-0100 (+1 more)');
  });

  it("tells an import's layout, preview and result", () => {
    expect(layoutText({ format: 'csv', layout: 'outlook' })).toBe('Outlook contacts (CSV)');
    expect(layoutText({ format: 'vcard', layout: null })).toBe('vCard contacts (.vcf)');
    expect(importSummaryText({ contactCount: 5, mergeCount: 2, skipped: [{ row: 4, reason: 'x' }] })).toBe(
      '3 contacts will be added, 2 merged into contacts you have, 1 row will not be imported.',
    );
    expect(importResultText({ added: 3, merged: 0, skipped: [] })).toBe('Imported: 3 contacts added.');
  });
});
