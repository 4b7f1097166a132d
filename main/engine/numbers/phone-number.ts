/**
 * Fax numbers as people type them ("(202) 555-0100", "030 1234567") become E.164, checked
 * against the numbering plan of their country; anything else is refused before a job exists.
 *
 * The engine reads numbers with libphonenumber-js's "max" metadata: the "min" build only knows
 * a country's number lengths, so it calls +49 900 12345678 valid and cannot tell a premium-rate
 * line from an ordinary one. The engine is where numbers are refused (costly-numbers.ts), so it
 * needs the full plan; the page keeps the smaller build for formatting as people type.
 */
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { FaxdeskError } from '../errors';

export function toE164(input: string, defaultCountry: string): string {
  return parseFaxNumber(input, defaultCountry).number;
}

/** The number with what the numbering plan says about it (its type, its calling code). */
export function parseFaxNumber(input: string, defaultCountry: string): PhoneNumber {
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
  return parsed;
}
