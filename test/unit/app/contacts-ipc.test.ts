/**
 * The address book's channels over a FakeContacts: drafts checked by the contract, a missing
 * contact in words, suggestions only for what is typed, and import and export through the
 * dialogs' answers — the file read in the main process (never past 20 MB), its preview held
 * under a token until Confirm, once only — with nothing done when the person cancels.
 */
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../main/app/contact-import-file';
import { createContactsHandlers, type ContactsHandlerContext } from '../../../main/app/contacts-handlers';
import { createDispatch, type Handlers } from '../../../main/app/ipc-dispatch';
import { contract, type ContactImportPreview } from '../../../preload/contract';
import { FakeContacts } from '../../support/fake-contacts';

let dir: string;
let contacts: FakeContacts;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'faxdesk-contacts-ipc-'));
  contacts = new FakeContacts();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function dispatch(overrides: Partial<ContactsHandlerContext> = {}) {
  const unused = () => Promise.reject(new Error('not used'));
  const handlers = Object.fromEntries(Object.keys(contract).map((c) => [c, unused])) as unknown as Handlers;
  const context: ContactsHandlerContext = { contacts, defaultCountry: () => 'US', ...overrides };
  return createDispatch({ ...handlers, ...createContactsHandlers(context) }, () => undefined);
}

const harbor = {
  name: 'Harbor Legal',
  organization: 'Harbor Legal LLP',
  faxNumbers: [{ number: '+12025550100', label: 'Office' }],
  groups: ['Courts'],
};

describe('contacts:save, get, list and remove', () => {
  it('saves a draft and finds it by search and by group', async () => {
    const call = dispatch();
    const saved = await call('contacts:save', { draft: harbor });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Harbor Legal', phone: null, groups: ['Courts'] } });
    expect(await call('contacts:list', { search: 'harbor' })).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await call('contacts:list', { search: 'nobody' })).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await call('contacts:list', { groupId: 'group-Courts' })).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('refuses a draft without a name or a number before the engine sees it', async () => {
    const call = dispatch();
    const noName = await call('contacts:save', { draft: { ...harbor, name: ' ' } });
    expect(noName).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const noNumber = await call('contacts:save', { draft: { ...harbor, faxNumbers: [] } });
    expect(noNumber).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it("passes the engine's words about a bad number on", async () => {
    const result = await dispatch()('contacts:save', { draft: { ...harbor, faxNumbers: [{ number: '12' }] } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_number' } });
  });

  it('says in words when a contact is not there', async () => {
    const id = '7d0a4c1e-0a52-4f0e-9a61-5f9e7d0b8a11';
    expect(await dispatch()('contacts:get', { id })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That contact is not in your address book.' },
    });
    expect(await dispatch()('contacts:remove', { id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('contacts:suggest', () => {
  it('suggests groups and contacts for what is typed, nothing for nothing', async () => {
    contacts.save(harbor);
    const call = dispatch();
    expect(await call('contacts:suggest', { typed: '  ' })).toEqual({ ok: true, value: [] });
    const result = await call('contacts:suggest', { typed: 'har' });
    expect(result).toMatchObject({ ok: true, value: [{ kind: 'contact', name: 'Harbor Legal' }] });
    const group = await call('contacts:suggest', { typed: 'court' });
    expect(group).toMatchObject({ ok: true, value: [{ kind: 'group', numbers: ['+12025550100'] }] });
  });
});

describe('contacts:importChoose, importCommit and export', () => {
  it('reads the chosen file, previews it with its skipped rows, and writes it once on Confirm', async () => {
    const file = join(dir, 'clinics.csv');
    await writeFile(file, 'name,fax\nNorth Clinic,+13125550101\nNo Number,\n');
    const call = dispatch({ chooseImportFile: () => Promise.resolve(file) });
    const chosen = await call('contacts:importChoose', undefined);
    expect(chosen).toMatchObject({
      ok: true,
      value: {
        fileName: 'clinics.csv',
        format: 'csv',
        contactCount: 1,
        skipped: [{ row: 3, reason: 'It has no fax number.' }],
      },
    });
    expect(contacts.contacts.size).toBe(0);
    const { token } = (chosen as { value: ContactImportPreview }).value;
    expect(await call('contacts:importCommit', { token })).toMatchObject({ ok: true, value: { added: 1 } });
    expect(contacts.contacts.size).toBe(1);
    expect(await call('contacts:importCommit', { token })).toMatchObject({
      ok: false,
      error: { code: 'not_possible' },
    });
  });

  it('does nothing when the person cancels the dialog, or cancels the preview', async () => {
    expect(
      await dispatch({ chooseImportFile: () => Promise.resolve(null) })('contacts:importChoose', undefined),
    ).toEqual({ ok: true, value: null });
    const file = join(dir, 'one.csv');
    await writeFile(file, 'name,fax\nA,+13125550101\n');
    const call = dispatch({ chooseImportFile: () => Promise.resolve(file) });
    const chosen = await call('contacts:importChoose', undefined);
    const { token } = (chosen as { value: ContactImportPreview }).value;
    expect(await call('contacts:importCancel', { token })).toEqual({ ok: true, value: null });
    expect(await call('contacts:importCommit', { token })).toMatchObject({ ok: false });
    expect(contacts.contacts.size).toBe(0);
  });

  it('refuses a file over 20 MB in words, without reading it', async () => {
    const file = join(dir, 'huge.csv');
    await writeFile(file, '');
    await truncate(file, MAX_IMPORT_BYTES + 1);
    const result = await dispatch({ chooseImportFile: () => Promise.resolve(file) })(
      'contacts:importChoose',
      undefined,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not_possible', message: /up to 20 MB/ } });
  });

  it('saves the export where the person chose, or nothing when they cancel', async () => {
    contacts.save(harbor);
    const target = join(dir, 'out.vcf');
    const chooseExportPath = vi.fn(() => Promise.resolve(target));
    expect(await dispatch({ chooseExportPath })('contacts:export', { format: 'vcard' })).toEqual({
      ok: true,
      value: true,
    });
    expect(chooseExportPath).toHaveBeenCalledWith('Contacts.vcf', 'vcard');
    expect(await readFile(target, 'utf8')).toContain('BEGIN:VCARD');
    const cancel = () => Promise.resolve(null);
    expect(await dispatch({ chooseExportPath: cancel })('contacts:export', { format: 'csv' })).toEqual({
      ok: true,
      value: false,
    });
  });
});
