/**
 * The rule for a watched-folder file named with a fax number. Settings and the README write it
 * out in the words of NUMBER_IN_NAME_RULE; this is the one place it is decided.
 *
 * The name, without its extension, is the fax number, optionally after the word "to" or "fax",
 * and optionally followed by " - " and a note:
 *   to 202-555-0100.pdf · fax +44 20 7946 0018.pdf · 2025550100.pdf · to (202) 555-0100 - invoice 42.pdf
 * The number may have spaces, hyphens, dots and brackets, and a + before the country code;
 * without one it is read as a number of the country in Settings. Anything else in the name, or a
 * number that is not a valid fax number there, and the name holds no number: the file opens in
 * Send (or, from `faxdesk watch`, goes to failed/). The suffixes the Faxdesk printers add to keep
 * names unique — " (job 12)", " (2)" — are set aside first, so a printed "to 202-555-0100" is sent.
 */
import { extname } from 'node:path';
import { toE164 } from '../numbers/phone-number';

export const NUMBER_IN_NAME_RULE =
  'A file is sent at once when its name, without the extension, is a fax number, optionally after "to" or "fax" ' +
  'and optionally followed by " - " and a note: "to 202-555-0100.pdf", "fax +44 20 7946 0018.pdf", "2025550100.pdf", ' +
  '"to 202-555-0100 - invoice 42.pdf". The number may have spaces, hyphens, dots and brackets; without a + and ' +
  'country code it is read as a number of the country in Settings. What the Faxdesk printer adds to a name, ' +
  '" (job 12)" or a counter such as " (2)", is not part of it.';

/** The Faxdesk printers' additions (assets/print/): the CUPS job id, and a counter when a name is taken. */
const PRINTER_SUFFIX = /(?:\s+\((?:job\s+)?\d+\))+$/i;
const NAMED_NUMBER = /^(?:(?:to|fax)\s+)?(\+?[\d\s().-]*\d[\d\s().-]*?)(?:\s+-\s+.*)?$/i;

/** The fax number (E.164) a file's name holds, or null when it holds none by the rule above. */
export function faxNumberInName(fileName: string, defaultCountry: string): string | null {
  const stem = fileName
    .slice(0, fileName.length - extname(fileName).length)
    .trim()
    .replace(PRINTER_SUFFIX, '');
  const match = NAMED_NUMBER.exec(stem);
  const candidate = match?.[1]?.trim();
  if (!candidate) return null;
  try {
    return toE164(candidate, defaultCountry);
  } catch {
    return null;
  }
}
