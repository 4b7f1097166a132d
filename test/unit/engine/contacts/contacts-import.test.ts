/**
 * Importing contacts files in the shapes people really have (test/fixtures/contacts/): Outlook's
 * and Google's CSV exports (both of Google's header styles), a plain name,fax list with or without
 * a header, and vCard 3 and 4. The preview says the layout, which column means what, the contacts
 * (merged by number) and every row left out with its reason; only commitImport writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openContacts, type ContactsHarness } from './contacts-harness';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../fixtures/contacts', name), 'utf8');

let h: ContactsHarness;
beforeEach(() => {
  h = openContacts('US');
});
afterEach(() => h.close());

describe('CSV layouts', () => {
  it('reads an Outlook export: names joined, Business/Home/Other Fax labelled, Categories as groups, a repeated fax merged', () => {
    const preview = h.contacts.previewImport(fixture('outlook.csv'), 'csv', 'US');
    expect(preview.layout).toBe('outlook');
    expect(preview.columns).toEqual(
      expect.arrayContaining([
        { name: 'First Name', meaning: 'First name' },
        { name: 'Company', meaning: 'Organisation' },
        { name: 'Business Fax', meaning: 'Fax number (Work)' },
        { name: 'Other Fax', meaning: 'Fax number (Other)' },
        { name: 'Categories', meaning: 'Groups' },
      ]),
    );
    expect(preview.contacts).toEqual([
      {
        name: 'Elena Rivera',
        organization: 'St. Mary Clinic',
        faxNumbers: [{ number: '+12175550142', label: 'Work' }],
        phone: '(217) 555-0100',
        notes: 'Faxes before noon, please.',
        groups: ['Clinics', 'Referrals', 'Cardiology'],
      },
      {
        name: 'Tom Baker',
        organization: 'Baker & Sons, Ltd.',
        faxNumbers: [
          { number: '+13125550177', label: 'Home' },
          { number: '+442079460018', label: 'Other' },
        ],
        phone: '(312) 555-0101',
        notes: null,
        groups: ['Vendors'],
      },
      expect.objectContaining({ name: 'County Clerk', faxNumbers: [{ number: '+12175550199', label: 'Work' }] }),
    ]);
    expect(preview.skipped).toEqual([
      { row: 4, reason: 'Nora Quinn has no fax number.' },
      { row: 6, reason: '"12345" is not a fax number Faxdesk can read.' },
    ]);
    expect(preview.mergeCount).toBe(0);
  });

  it('reads a Google Contacts export: fax by its phone type, several numbers in one cell, Labels without the system groups', () => {
    const preview = h.contacts.previewImport(fixture('google.csv'), 'csv', 'US');
    expect(preview.layout).toBe('google');
    expect(preview.columns).toEqual(
      expect.arrayContaining([
        { name: 'Organization Name', meaning: 'Organisation' },
        { name: 'Labels', meaning: 'Groups' },
        { name: 'Phone 1 - Value', meaning: 'Fax number when its type says Fax, otherwise phone' },
      ]),
    );
    expect(preview.contacts).toEqual([
      {
        name: 'Ada Lovelace',
        organization: 'Analytical Engines',
        faxNumbers: [
          { number: '+12025550100', label: 'Work' },
          { number: '+12025550101', label: 'Work' },
        ],
        phone: '+1 202-555-0155',
        notes: 'Notes with a comma, and\na line break',
        groups: ['Clients', 'Math'],
      },
    ]);
    expect(preview.skipped).toEqual([
      { row: 3, reason: 'Grace Hopper has no fax number.' },
      { row: 4, reason: '"020 7946 0019" is not a fax number Faxdesk can read.' },
    ]);
  });

  it('reads the same UK number when the desk is in the UK', () => {
    const preview = h.contacts.previewImport(fixture('google.csv'), 'csv', 'GB');
    expect(preview.contacts.find((c) => c.name === 'Charles Babbage')?.faxNumbers).toEqual([
      { number: '+442079460019', label: null },
    ]);
  });

  it("reads Google's older export (Name, Phone 1 - Type, Group Membership, Organization 1 - Name)", () => {
    const preview = h.contacts.previewImport(fixture('google-legacy.csv'), 'csv', 'US');
    expect(preview.layout).toBe('google');
    expect(preview.contacts).toEqual([
      {
        name: 'Lab Results Desk',
        organization: 'Boston Lab',
        faxNumbers: [{ number: '+16175550123', label: 'Work' }],
        phone: '(617) 555-0124',
        notes: 'Send results here',
        groups: ['Labs'],
      },
    ]);
  });

  it('reads a plain name,fax list without a header', () => {
    const preview = h.contacts.previewImport(fixture('plain-no-header.csv'), 'csv', 'US');
    expect(preview.layout).toBe('plain');
    expect(preview.columns).toEqual([
      { name: 'column 1', meaning: 'Name' },
      { name: 'column 2', meaning: 'Fax number' },
    ]);
    expect(preview.contacts.map((c) => [c.name, c.faxNumbers[0]?.number])).toEqual([
      ['Northwind Insurance', '+13125550150'],
      ['Contoso Claims', '+13125550151'],
    ]);
    expect(preview.skipped).toEqual([
      { row: 3, reason: 'Nobody has no fax number.' },
      { row: 4, reason: '"555" is not a fax number Faxdesk can read.' },
    ]);
  });

  it('reads a plain list with a header; a row without a name is called by its organisation', () => {
    const preview = h.contacts.previewImport(fixture('plain-header.csv'), 'csv', 'US');
    expect(preview.layout).toBe('plain');
    expect(preview.contacts.map((c) => [c.name, c.organization, c.groups])).toEqual([
      ['Lee Park', 'Park & Co', ['Clients']],
      ['Kim, Jo', null, []],
      ['Front Desk Inc', 'Front Desk Inc', []],
    ]);
  });

  it('refuses, in words, a CSV whose columns it does not recognise', () => {
    expect(() => h.contacts.previewImport('colour,size\nred,large\n', 'csv', 'US')).toThrow(
      /does not recognise the columns/,
    );
    expect(() => h.contacts.previewImport('', 'csv', 'US')).toThrow(/empty/);
  });
});

describe('vCard', () => {
  it('reads 3.0 and 4.0 cards: TYPE=FAX numbers labelled by their other types, FN or N, ORG, NOTE, CATEGORIES', () => {
    const preview = h.contacts.previewImport(fixture('contacts.vcf'), 'vcard', 'US');
    expect(preview.layout).toBeNull();
    expect(preview.contacts).toEqual([
      {
        name: 'Ada Lovelace',
        organization: 'Analytical Engines',
        faxNumbers: [
          { number: '+12025550100', label: 'Work' },
          { number: '+12025550101', label: 'Home' },
        ],
        phone: '+1 202 555 0155',
        notes: 'Prefers mornings, weekdays',
        groups: ['Clients', 'Math'],
      },
      expect.objectContaining({
        name: 'Grace Hopper',
        faxNumbers: [{ number: '+442079460018', label: 'Work' }],
        groups: ['Vendors'],
      }),
      expect.objectContaining({ name: 'Charles Babbage', faxNumbers: [{ number: '+13125550177', label: null }] }),
    ]);
    expect(preview.skipped).toEqual([{ row: 4, reason: 'No Fax Person has no fax number.' }]);
  });

  it('refuses a file that is not vCard, in words', () => {
    expect(() => h.contacts.previewImport('hello', 'vcard', 'US')).toThrow(/cannot read this file as vCard/);
  });
});

describe('committing an import', () => {
  it('writes nothing on preview; commit adds new contacts and merges those whose fax is already kept', () => {
    h.contacts.save({ name: 'Dr. Rivera', faxNumbers: [{ number: '+12175550142', label: null }], groups: ['VIP'] });
    const preview = h.contacts.previewImport(fixture('outlook.csv'), 'csv', 'US');
    expect(preview.mergeCount).toBe(1);
    expect(h.contacts.list({ limit: 10 }).total).toBe(1);

    const result = h.contacts.commitImport(preview);
    expect(result).toEqual({ added: 2, merged: 1, skipped: preview.skipped });
    const rivera = h.contacts.list({ search: '2175550142', limit: 10 }).items;
    expect(rivera).toHaveLength(1);
    expect(rivera[0]).toMatchObject({
      name: 'Dr. Rivera',
      organization: 'St. Mary Clinic',
      // The number had no label: the file's fills it.
      faxNumbers: [{ number: '+12175550142', label: 'Work' }],
      groups: ['Cardiology', 'Clinics', 'Referrals', 'VIP'],
    });

    // The same file again doubles nothing.
    expect(h.contacts.commitImport(h.contacts.previewImport(fixture('outlook.csv'), 'csv', 'US'))).toMatchObject({
      added: 0,
      merged: 3,
    });
    expect(h.contacts.list({ limit: 10 }).total).toBe(3);
  });

  it('writes all or nothing: a bad number in a changed preview leaves the records as they were', () => {
    const preview = h.contacts.previewImport(fixture('plain-header.csv'), 'csv', 'US');
    const broken = {
      ...preview,
      contacts: [...preview.contacts, { name: 'X', faxNumbers: [{ number: '1', label: null }] }],
    };
    expect(() => h.contacts.commitImport(broken)).toThrow(/"1" is not a valid fax number/);
    expect(h.contacts.list({ limit: 10 }).total).toBe(0);
  });
});

describe('export', () => {
  beforeEach(() => {
    h.contacts.commitImport(h.contacts.previewImport(fixture('outlook.csv'), 'csv', 'US'));
    h.contacts.save({
      name: 'Quote "Q" Person',
      organization: 'Semi; Colon, Inc',
      faxNumbers: [{ number: '+12025550123', label: 'Main office' }],
      phone: '555-0000',
      notes: 'Line one\nLine two, with comma',
      groups: ['A, B', 'C'],
    });
  });

  const strip = ({
    name,
    organization,
    faxNumbers,
    phone,
    notes,
    groups,
  }: ReturnType<typeof h.contacts.list>['items'][number]) => ({
    name,
    organization,
    faxNumbers,
    phone,
    notes,
    groups: [...groups].sort(),
  });

  it('writes CSV in the plain layout that its own import reads back unchanged', () => {
    const csv = h.contacts.exportContacts('csv');
    expect(csv.split('\r\n')[0]).toBe('"Name","Organization","Fax numbers","Phone","Notes","Groups"');
    const before = h.contacts.list({ limit: 100 }).items.map(strip);
    const preview = h.contacts.previewImport(csv, 'csv', 'US');
    expect(preview.layout).toBe('plain');
    expect(preview.skipped).toEqual([]);
    const again = openContacts('US');
    try {
      again.contacts.commitImport(preview);
      expect(again.contacts.list({ limit: 100 }).items.map(strip)).toEqual(before);
    } finally {
      again.close();
    }
  });

  it('writes vCard 3.0 that its own import reads back unchanged', () => {
    const vcf = h.contacts.exportContacts('vcard');
    expect(vcf).toMatch(/^BEGIN:VCARD\r\nVERSION:3.0\r\n/);
    expect(vcf).toContain('TEL;TYPE=work,fax:+12175550142');
    const before = h.contacts.list({ limit: 100 }).items.map(strip);
    const again = openContacts('US');
    try {
      again.contacts.commitImport(again.contacts.previewImport(vcf, 'vcard', 'US'));
      expect(again.contacts.list({ limit: 100 }).items.map(strip)).toEqual(before);
    } finally {
      again.close();
    }
  });
});
