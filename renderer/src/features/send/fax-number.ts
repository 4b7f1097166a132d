/**
 * Fax numbers on the send screen: typed the way people write them, checked with the same
 * rules the engine applies (libphonenumber-js against the default country), kept as E.164.
 * They are shown with domain/fax-number.ts: national format at home, international abroad.
 */
import { AsYouType, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** Digits, spaces and the punctuation of phone numbers: text worth formatting as typed. */
const NUMBER_LIKE = /^[\d\s()+\-./]*$/;

/** The E.164 form of `text`, or null when it is not a valid number. */
export function toE164(text: string, country: string): string | null {
  const parsed = parsePhoneNumberFromString(text.trim(), country as CountryCode);
  return parsed?.isValid() ? parsed.number : null;
}

/** Formats a number while it is typed; leaves anything else (a name being searched) alone. */
export function formatAsTyped(text: string, country: string): string {
  if (!NUMBER_LIKE.test(text) || !/\d/.test(text)) return text;
  return new AsYouType(country as CountryCode).input(text);
}

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** Why `text` was refused, in words for the person typing it. */
export function invalidNumberMessage(text: string): string {
  return `"${text.trim()}" is not a valid fax number. Type the whole number with its area code, or + and the country code for other countries (for example +44 20 7946 0018).`;
}
