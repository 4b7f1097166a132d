/** An address book over fresh records in a temporary folder, for the contacts tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContactsApi } from '../../../../main/engine/contacts/contacts-api';
import { createContactsService } from '../../../../main/engine/contacts/contacts-service';
import { openDatabase, type Db } from '../../../../main/engine/store/database';

export interface ContactsHarness {
  contacts: ContactsApi;
  db: Db;
  close(): void;
}

export function openContacts(defaultCountry = 'US'): ContactsHarness {
  const dir = mkdtempSync(join(tmpdir(), 'faxdesk-contacts-'));
  const db = openDatabase(join(dir, 'faxdesk.db'));
  let clock = 1_000;
  const contacts = createContactsService({ db: () => db, defaultCountry: () => defaultCountry, now: () => clock++ });
  return {
    contacts,
    db,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
