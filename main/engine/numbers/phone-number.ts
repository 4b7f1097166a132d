/**
 * Fax numbers as people type them ("(202) 555-0100", "030 1234567") become E.164, checked
 * against the numbering plan of their country; anything else is refused before a job exists.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { FaxdeskError } from '../errors';

export function toE164(input: string, defaultCountry: string): string {
  const trimmed = input.trim();
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry as CountryCode);
  if (!parsed || !parsed.isValid()) {
    throw new FaxdeskError(
      'invalid_number',
      trimmed
        ? `"${trimmed}" is not a valid fax number. Use the full number, with the country code for other countries (for example +44 20 7946 0018).`
        : 'A fax number is empty.',
    );
  }
  return parsed.number;
}
