/**
 * What becomes of a file taken from the watched folder. In the app, a file whose name holds a
 * fax number is queued at once when "Send files named with a fax number" is on, and any other
 * file opens in Send for a person to address. `faxdesk watch` runs with no one to address
 * anything, so there a file without a number in its name is refused, with a note saying why.
 */
import { faxNumberInName } from './number-in-name';

export type WatchAction = { kind: 'queue'; number: string } | { kind: 'open' } | { kind: 'refuse'; reason: string };

export interface WatchRules {
  defaultCountry: string;
  /** Files named with a fax number are queued at once (the setting; always so from the command line). */
  sendByName: boolean;
  /** No one is there to open a file in Send: the command line. */
  headless: boolean;
}

export function decideWatchedFile(name: string, rules: WatchRules): WatchAction {
  const number = rules.sendByName || rules.headless ? faxNumberInName(name, rules.defaultCountry) : null;
  if (number) return { kind: 'queue', number };
  if (!rules.headless) return { kind: 'open' };
  return {
    kind: 'refuse',
    reason:
      `The name "${name}" holds no fax number, so Faxdesk could not tell where to send it. ` +
      'Name the file with the number, like "to 202-555-0100.pdf", and put it in the watched folder again.',
  };
}
