/**
 * Fax numbers are kept in E.164 (+12025550100) everywhere and shown the way people write
 * them. Reading what a person typed needs the full numbering plans and lives with whoever
 * reads it (the engine refuses, the page formats as typed); this is what all of them share.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;
export const E164_HINT = 'must be a number in international format, like +12025550100';

/**
 * +12025550100 -> "+1 202 555 0100"; or, when the number belongs to `homeCountry`, the way
 * it is written at home: "(202) 555-0100". Text that is not a number comes back trimmed.
 */
export function formatFaxNumber(number: string, homeCountry?: string): string {
  const trimmed = number.trim();
  const parsed = parsePhoneNumberFromString(trimmed);
  if (!parsed) return trimmed;
  return homeCountry !== undefined && parsed.country === homeCountry
    ? parsed.formatNational()
    : parsed.formatInternational();
}
