/**
 * A recipient as the command line's `--to` takes it: a number passes through as given (the send
 * reads it); otherwise it is a contact's or a group's name, exactly, whatever its case. A name
 * that fits more than one is refused with the choices, so a fax never goes to a guess.
 */
import { formatFaxNumber } from '../../../domain/fax-number';
import { FaxdeskError } from '../errors';
import type { ContactStores } from './contacts-service';

/** Digits with the separators people type between them, and at least three digits. */
export function looksLikeNumber(input: string): boolean {
  return /^\+?[\d\s().\-/]+$/.test(input.trim()) && (input.match(/\d/g)?.length ?? 0) >= 3;
}

export function resolveRecipient(s: Pick<ContactStores, 'list' | 'groups'>, nameOrNumber: string): string[] | null {
  if (looksLikeNumber(nameOrNumber)) return [nameOrNumber];
  const contacts = s.list.named(nameOrNumber);
  const groupId = s.groups.idByName(nameOrNumber);
  const choices = contacts.length + (groupId ? 1 : 0);
  if (choices === 0) return null;
  if (choices > 1) {
    const listed = [
      ...contacts.map((contact) => `the contact ${contact.name} (${numberOf(contact.faxNumbers[0]?.number)})`),
      ...(groupId ? [`the group ${nameOrNumber.trim()}`] : []),
    ];
    throw new FaxdeskError('invalid_parameters', `"${nameOrNumber.trim()}" could be ${listed.join(', or ')}.`, {
      whatToDo: 'Give the fax number instead.',
    });
  }
  const contact = contacts[0];
  if (contact) return contact.faxNumbers.slice(0, 1).map((entry) => entry.number);
  return s.groups.firstNumbers(groupId as string);
}

function numberOf(number: string | undefined): string {
  return number ? formatFaxNumber(number) : 'no fax number';
}
