/**
 * Numbers as the history shows them — national format for the person's own country
 * ("(202) 555-0100"), international otherwise — remembered: parsing a number is the costliest
 * part of drawing a row, and the same few numbers fill most of a fax history.
 */
import { formatFaxNumber } from '../../../../domain/fax-number';

const MAX_REMEMBERED = 5_000;
const shown = new Map<string, string>();
let shownFor: string | undefined;

export function shownNumber(e164: string, homeCountry: string | undefined): string {
  if (homeCountry !== shownFor) {
    shown.clear();
    shownFor = homeCountry;
  }
  let text = shown.get(e164);
  if (text === undefined) {
    if (shown.size >= MAX_REMEMBERED) shown.clear();
    text = formatFaxNumber(e164, homeCountry);
    shown.set(e164, text);
  }
  return text;
}

/**
 * The name shown for a sent fax's recipient: the one typed with the number, else the address
 * book's as it was when the fax was queued (kept with the fax), else none.
 */
export function recipientName(job: { contactName: string | null; recipientName: string | null }): string | null {
  return job.contactName ?? job.recipientName;
}
