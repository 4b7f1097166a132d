/**
 * `send --to` as people use it: a fax number, a contact's name (its first fax number) or a
 * group's name (one fax to each member's first number). The names go with the faxes, so the
 * history shows who each went to.
 */
import type { Engine } from '../engine/engine';
import { FaxdeskError } from '../engine/errors';

export interface NamedRecipient {
  number: string;
  name?: string;
}

export function resolveRecipients(engine: Engine, to: readonly string[]): NamedRecipient[] {
  return to.flatMap((value): NamedRecipient[] => {
    const numbers = engine.contacts.resolveRecipient(value);
    if (numbers === null) {
      throw new FaxdeskError(
        'invalid_number',
        `"${value}" is not a fax number, and no contact or group in the address book is called that.`,
        { whatToDo: 'See `faxdesk contacts list`.' },
      );
    }
    // A number passes through as typed: the send reads it, and refuses it in words if it must.
    if (numbers.length === 1 && numbers[0] === value) return [{ number: value }];
    if (numbers.length === 0) {
      throw new FaxdeskError('not_possible', `The group "${value}" has no contacts in it, so nothing was queued.`);
    }
    return numbers.map((number) => {
      const name = engine.contacts.nameFor(number);
      return name === null ? { number } : { number, name };
    });
  });
}
