/**
 * What the recipients field makes of text: the numbers in what was typed or pasted (several at
 * once, split at commas, semicolons and line breaks), and the recent recipients that match a
 * name or part of a number being typed. Pure functions, checked with the engine's rules.
 */
import type { RecentRecipient } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { digitsOf, toE164 } from './fax-number';
import type { Recipient } from './send-model';

const MAX_SUGGESTIONS = 8;

export interface ParsedRecipients {
  /** Valid numbers not on the list yet, in the order typed, named when a recent recipient has the number. */
  added: Recipient[];
  /** The parts that are not valid numbers, as typed. */
  refused: string[];
  /** The last number typed that was already on the list, as shown; null when there was none. */
  duplicate: string | null;
}

/** The numbers in `text`; null when there is nothing in it but separators and spaces. */
export function parseRecipientText(
  text: string,
  { country, taken, recents }: { country: string; taken: readonly Recipient[]; recents: readonly RecentRecipient[] },
): ParsedRecipients | null {
  const parts = text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const added: Recipient[] = [];
  const refused: string[] = [];
  let duplicate: string | null = null;
  for (const part of parts) {
    const number = toE164(part, country);
    if (!number) refused.push(part);
    else if ([...taken, ...added].some((r) => r.number === number)) duplicate = formatFaxNumber(number, country);
    else added.push({ number, name: recents.find((r) => r.number === number)?.name ?? null });
  }
  return { added, refused, duplicate };
}

/** Recent recipients not yet on the list, whose name or number contains what was typed. */
export function matchRecents(
  recents: readonly RecentRecipient[],
  text: string,
  taken: readonly Recipient[],
  country: string,
): RecentRecipient[] {
  const query = text.trim().toLowerCase();
  const digits = digitsOf(query);
  return recents
    .filter((recent) => !taken.some((r) => r.number === recent.number))
    .filter(
      (recent) =>
        !query ||
        recent.name?.toLowerCase().includes(query) ||
        (digits.length > 0 &&
          (digitsOf(recent.number).includes(digits) ||
            digitsOf(formatFaxNumber(recent.number, country)).includes(digits))),
    )
    .slice(0, MAX_SUGGESTIONS);
}

/** "Harbor Legal, (202) 555-0100", or the number alone: how a recipient is named to screen readers. */
export function recipientLabel(recipient: Recipient, country: string): string {
  const number = formatFaxNumber(recipient.number, country);
  return recipient.name ? `${recipient.name}, ${number}` : number;
}
