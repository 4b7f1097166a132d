/** A contact named on the command line: its id, the first characters `contacts list` shows, or its exact name. */
import type { Contact } from '../engine/contacts/contacts-api';
import type { Engine } from '../engine/engine';
import { UsageError } from './io';

export function findContact(engine: Engine, reference: string | undefined): Contact {
  if (!reference) throw new UsageError('name the contact: its id (as `faxdesk contacts list` shows it) or its name');
  const exact = engine.contacts.get(reference);
  if (exact) return exact;
  const everyone = engine.contacts.list({ limit: -1 }).items;
  const byId = /^[0-9a-f-]{4,}$/i.test(reference)
    ? everyone.filter((c) => c.id.startsWith(reference.toLowerCase()))
    : [];
  const matches =
    byId.length > 0 ? byId : everyone.filter((c) => c.name.toLowerCase() === reference.trim().toLowerCase());
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) {
    throw new UsageError(
      `"${reference}" matches ${matches.length} contacts; give the id shown by \`faxdesk contacts list\``,
    );
  }
  throw new UsageError(`no contact "${reference}" in the address book (see \`faxdesk contacts list\`)`);
}
