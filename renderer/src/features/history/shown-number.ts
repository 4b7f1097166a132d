/**
 * Numbers as the list shows them ("+1 202 555 0100"), remembered: parsing a number is the
 * costliest part of drawing a row, and the same few numbers fill most of a fax history.
 */
import { formatFaxNumber } from '../../../../domain/fax-number';

const MAX_REMEMBERED = 5_000;
const shown = new Map<string, string>();

export function shownNumber(e164: string): string {
  let text = shown.get(e164);
  if (text === undefined) {
    if (shown.size >= MAX_REMEMBERED) shown.clear();
    text = formatFaxNumber(e164);
    shown.set(e164, text);
  }
  return text;
}
