/**
 * The address book's channels, in terms of the engine's ContactsApi: the list and its search,
 * one contact, saving and removing, groups, Send's suggestions, and import and export through
 * native dialogs the main process opens (the page gets the preview, never a path). Kept apart
 * from handlers.ts like the inbox's; free of Electron. The ContactsApi and the dialogs are
 * dependencies (the engine's and Electron's in the app, stand-ins in tests).
 */
import { writeFile } from 'node:fs/promises';
import {
  CONTACT_PREVIEW_ROWS,
  type ContactImportPreview,
  type ContactView,
  type ImportedContactView,
} from '../../preload/contract';
import type { Contact, ContactsApi, ContactDraft, ImportFormat } from '../engine/contacts/contacts-api';
import { FaxdeskError } from '../engine/errors';
import { HeldImports, readImportFile } from './contact-import-file';
import { reasonOf } from './inbox-handlers';
import type { Handlers } from './ipc-dispatch';

export type ContactsChannel = Extract<keyof Handlers, `contacts:${string}`>;

export interface ContactsHandlerContext {
  /** The engine's address book (engine.contacts). */
  contacts: ContactsApi;
  /** Numbers typed without a country code are read as this country's (the settings' defaultCountry). */
  defaultCountry: () => string;
  /** Asks which contacts file to import (a native open dialog in the app); null when cancelled. */
  chooseImportFile?: () => Promise<string | null>;
  /** Asks where to save the export, suggesting a name; null when cancelled. */
  chooseExportPath?: (suggestedName: string, format: ImportFormat) => Promise<string | null>;
}

const NOT_FOUND = 'That contact is not in your address book.';
const SUGGESTIONS = 8;

export function createContactsHandlers(context: ContactsHandlerContext): Pick<Handlers, ContactsChannel> {
  const { contacts } = context;
  const held = new HeldImports();
  const contact = (id: string): Contact => {
    const found = contacts.get(id);
    if (!found) throw new FaxdeskError('not_found', NOT_FOUND);
    return found;
  };

  return {
    'contacts:list': ({ search, groupId, offset, limit }) =>
      Promise.resolve(contacts.list({ search: search?.trim() || undefined, groupId, offset, limit: limit ?? 200 })),
    'contacts:get': ({ id }) => Promise.resolve(toContactView(contact(id))),
    'contacts:save': ({ draft, id }) => {
      if (id) contact(id);
      return Promise.resolve(toContactView(contacts.save(toDraft(draft), id)));
    },
    'contacts:remove': ({ id }) => {
      contact(id);
      contacts.remove(id);
      return Promise.resolve(null);
    },
    'contacts:groups': () => Promise.resolve(contacts.groups()),
    'contacts:renameGroup': ({ id, name }) => Promise.resolve(contacts.renameGroup(id, name)),
    'contacts:removeGroup': ({ id }) => {
      contacts.removeGroup(id);
      return Promise.resolve(null);
    },
    'contacts:suggest': ({ typed, limit }) =>
      Promise.resolve(typed.trim() ? contacts.suggest(typed.trim(), limit ?? SUGGESTIONS) : []),
    'contacts:importChoose': async () => {
      if (!context.chooseImportFile) throw new FaxdeskError('not_possible', 'Faxdesk cannot ask for a file here.');
      const path = await context.chooseImportFile();
      if (!path) return null;
      const file = await readImportFile(path);
      const preview = contacts.previewImport(file.text, file.format, context.defaultCountry());
      return toImportPreview(preview, held.hold(preview), file.fileName);
    },
    'contacts:importCommit': ({ token }) => Promise.resolve(contacts.commitImport(held.take(token))),
    'contacts:importCancel': ({ token }) => {
      held.release(token);
      return Promise.resolve(null);
    },
    'contacts:export': async ({ format }) => {
      if (!context.chooseExportPath) throw new FaxdeskError('not_possible', 'Faxdesk cannot ask where to save here.');
      const target = await context.chooseExportPath(format === 'csv' ? 'Contacts.csv' : 'Contacts.vcf', format);
      if (!target) return false;
      try {
        await writeFile(target, contacts.exportContacts(format), 'utf8');
      } catch (error) {
        throw new FaxdeskError('not_possible', `Faxdesk could not save the contacts there: ${reasonOf(error)}`, {
          cause: error,
        });
      }
      return true;
    },
  };
}

export function toContactView(contact: Contact): ContactView {
  return {
    id: contact.id,
    name: contact.name,
    organization: contact.organization,
    faxNumbers: contact.faxNumbers.map(({ number, label }) => ({ number, label })),
    phone: contact.phone,
    notes: contact.notes,
    groups: [...contact.groups],
    createdAt: contact.createdAt,
    updatedAt: contact.updatedAt,
  };
}

function toDraft(draft: {
  name: string;
  organization?: string | null;
  faxNumbers: Array<{ number: string; label?: string | null }>;
  phone?: string | null;
  notes?: string | null;
  groups?: string[];
}): ContactDraft {
  return {
    name: draft.name,
    organization: draft.organization || null,
    faxNumbers: draft.faxNumbers.map(({ number, label }) => ({ number, label: label || null })),
    phone: draft.phone || null,
    notes: draft.notes || null,
    groups: draft.groups ?? [],
  };
}

function toImportPreview(
  preview: ReturnType<ContactsApi['previewImport']>,
  token: string,
  fileName: string,
): ContactImportPreview {
  const shown: ImportedContactView[] = preview.contacts.slice(0, CONTACT_PREVIEW_ROWS).map((draft) => ({
    name: draft.name,
    organization: draft.organization ?? null,
    faxNumbers: draft.faxNumbers,
    groups: draft.groups ?? [],
  }));
  return {
    token,
    fileName,
    format: preview.format,
    layout: preview.layout,
    columns: preview.columns,
    contactCount: preview.contacts.length,
    contacts: shown,
    mergeCount: preview.mergeCount,
    skipped: preview.skipped,
  };
}
