/**
 * The address book's records: numbers normalised with the desk's country and refused in words,
 * a contact with a number already kept merged into its owner (never doubled), groups, search by
 * name, organisation and digits, suggestions, recipients by name, and a number's name.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaxdeskError } from '../../../../main/engine/errors';
import { openContacts, type ContactsHarness } from './contacts-harness';

let h: ContactsHarness;
beforeEach(() => {
  h = openContacts();
});
afterEach(() => h.close());

const fax = (number: string, label: string | null = null) => ({ number, label });

describe('saving contacts', () => {
  it('normalises numbers to E.164 with the desk country and keeps their order and labels', () => {
    const saved = h.contacts.save({
      name: ' Ada Lovelace ',
      organization: 'Analytical Engines',
      faxNumbers: [fax('(202) 555-0100', 'Work'), fax('+44 20 7946 0018', 'London')],
      groups: ['Clients'],
    });
    expect(saved.name).toBe('Ada Lovelace');
    expect(saved.faxNumbers).toEqual([fax('+12025550100', 'Work'), fax('+442079460018', 'London')]);
    expect(saved.groups).toEqual(['Clients']);
    expect(h.contacts.get(saved.id)).toEqual(saved);
  });

  it('refuses a number it cannot read, in words, and writes nothing', () => {
    const attempt = () => h.contacts.save({ name: 'Bad', faxNumbers: [fax('12')] });
    expect(attempt).toThrow(FaxdeskError);
    expect(attempt).toThrow(/"12" is not a valid fax number/);
    expect(() => h.contacts.save({ name: 'None', faxNumbers: [] })).toThrow(/at least one fax number/);
    expect(h.contacts.list({ limit: 10 }).total).toBe(0);
  });

  it('names a contact without a name by its organisation, else by its number', () => {
    expect(h.contacts.save({ name: '', organization: 'Acme', faxNumbers: [fax('2025550100')] }).name).toBe('Acme');
    expect(h.contacts.save({ name: ' ', faxNumbers: [fax('2025550101')] }).name).toBe('(202) 555-0101');
  });

  it('merges a new contact whose fax number is already kept: numbers and groups united, empty fields filled, filled kept', () => {
    const first = h.contacts.save({
      name: 'Dr. Rivera',
      faxNumbers: [fax('+12025550100', 'Work')],
      notes: 'Mornings only',
      groups: ['Clinics'],
    });
    const second = h.contacts.save({
      name: 'Rivera Clinic',
      organization: 'St. Mary',
      faxNumbers: [fax('202-555-0100'), fax('202-555-0199', 'Billing')],
      notes: 'Other notes',
      phone: '555 1234',
      groups: ['Referrals', 'clinics'],
    });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({
      name: 'Dr. Rivera',
      organization: 'St. Mary',
      notes: 'Mornings only',
      phone: '555 1234',
      faxNumbers: [fax('+12025550100', 'Work'), fax('+12025550199', 'Billing')],
      groups: ['Clinics', 'Referrals'],
    });
    expect(h.contacts.list({ limit: 10 }).total).toBe(1);
  });

  it('edits a contact by id, and refuses to give it a number another contact has', () => {
    const a = h.contacts.save({ name: 'A', faxNumbers: [fax('2025550100')] });
    const b = h.contacts.save({ name: 'B', faxNumbers: [fax('2025550101')] });
    const edited = h.contacts.save({ name: 'A2', faxNumbers: [fax('2025550102')], groups: [] }, a.id);
    expect(edited).toMatchObject({ id: a.id, name: 'A2', faxNumbers: [fax('+12025550102')] });
    expect(() => h.contacts.save({ name: 'A', faxNumbers: [fax('2025550101')] }, a.id)).toThrow(
      /\+12025550101 already belongs to B/,
    );
    expect(h.contacts.get(b.id)?.faxNumbers).toEqual([fax('+12025550101')]);
    expect(h.contacts.nameFor('+12025550100')).toBeNull();
  });

  it('removes a contact with its numbers and search entry; tells listeners of each change', () => {
    let changes = 0;
    const stop = h.contacts.onChanged(() => changes++);
    const a = h.contacts.save({ name: 'Gone Soon', faxNumbers: [fax('2025550100')] });
    h.contacts.remove(a.id);
    expect(h.contacts.list({ search: 'gone', limit: 10 }).total).toBe(0);
    expect(h.contacts.nameFor('+12025550100')).toBeNull();
    expect(() => h.contacts.remove(a.id)).toThrow(/no longer in the address book/);
    stop();
    h.contacts.save({ name: 'Unheard', faxNumbers: [fax('2025550101')] });
    expect(changes).toBe(2);
  });
});

describe('search and groups', () => {
  beforeEach(() => {
    h.contacts.save({
      name: 'Ada Lovelace',
      organization: 'Analytical Engines',
      faxNumbers: [fax('+12025550100')],
      groups: ['Clients'],
    });
    h.contacts.save({
      name: 'Charles Babbage',
      organization: 'Difference Ltd',
      faxNumbers: [fax('+13125550177')],
      notes: 'Prefers mornings',
      groups: ['Clients', 'Vendors'],
    });
    h.contacts.save({ name: 'Grace Hopper', faxNumbers: [fax('+442079460018')], groups: ['Vendors'] });
  });

  const names = (search: string, groupId?: string) =>
    h.contacts.list({ search, limit: 10, ...(groupId ? { groupId } : {}) }).items.map((c) => c.name);

  it('finds contacts by name, organisation, digits and notes, in name order', () => {
    expect(names('ada')).toEqual(['Ada Lovelace']);
    expect(names('differ')).toEqual(['Charles Babbage']);
    expect(names('5550100')).toEqual(['Ada Lovelace']);
    expect(names('202-555')).toEqual(['Ada Lovelace']);
    expect(names('+1312')).toEqual(['Charles Babbage']);
    expect(names('mornings')).toEqual(['Charles Babbage']);
    expect(names('')).toEqual(['Ada Lovelace', 'Charles Babbage', 'Grace Hopper']);
  });

  it('lists groups with their member counts, filters by group, renames and removes them', () => {
    const groups = h.contacts.groups();
    expect(groups.map((g) => [g.name, g.memberCount])).toEqual([
      ['Clients', 2],
      ['Vendors', 2],
    ]);
    const vendors = groups.find((g) => g.name === 'Vendors')!;
    expect(names('', vendors.id)).toEqual(['Charles Babbage', 'Grace Hopper']);
    expect(names('grace', vendors.id)).toEqual(['Grace Hopper']);
    expect(() => h.contacts.renameGroup(vendors.id, 'clients')).toThrow(/already a group called "clients"/);
    expect(h.contacts.renameGroup(vendors.id, 'Suppliers').name).toBe('Suppliers');
    expect(h.contacts.list({ search: 'grace', limit: 1 }).items[0]?.groups).toEqual(['Suppliers']);
    h.contacts.removeGroup(vendors.id);
    expect(h.contacts.groups().map((g) => g.name)).toEqual(['Clients']);
    expect(h.contacts.list({ search: 'charles', limit: 1 }).items[0]?.groups).toEqual(['Clients']);
  });

  it('suggests contacts by name, organisation and digits, and groups by name, not by notes', () => {
    expect(h.contacts.suggest('lov', 10)).toEqual([
      expect.objectContaining({ kind: 'contact', name: 'Ada Lovelace', number: '+12025550100' }),
    ]);
    expect(h.contacts.suggest('analyt', 10).map((s) => s.name)).toEqual(['Ada Lovelace']);
    expect(h.contacts.suggest('7946', 10).map((s) => s.name)).toEqual(['Grace Hopper']);
    expect(h.contacts.suggest('mornings', 10)).toEqual([]);
    expect(h.contacts.suggest('cli', 10)).toEqual([
      { kind: 'group', groupId: expect.any(String), name: 'Clients', numbers: ['+12025550100', '+13125550177'] },
    ]);
    expect(h.contacts.suggest('', 10)).toEqual([]);
  });

  it('resolves recipients: numbers pass through, names (any case) give numbers, ambiguity is refused with the choices', () => {
    expect(h.contacts.resolveRecipient('(202) 555-0100')).toEqual(['(202) 555-0100']);
    expect(h.contacts.resolveRecipient('ada lovelace')).toEqual(['+12025550100']);
    expect(h.contacts.resolveRecipient('VENDORS')).toEqual(['+13125550177', '+442079460018']);
    expect(h.contacts.resolveRecipient('Nobody')).toBeNull();
    h.contacts.save({ name: 'Clients', faxNumbers: [fax('+12025550111')] });
    expect(() => h.contacts.resolveRecipient('clients')).toThrow(
      /"clients" could be the contact Clients \(\+1 202 555 0111\), or the group clients/,
    );
  });

  it('names a number by its contact', () => {
    expect(h.contacts.nameFor('+13125550177')).toBe('Charles Babbage');
    expect(h.contacts.nameFor('+19999999999')).toBeNull();
  });
});
