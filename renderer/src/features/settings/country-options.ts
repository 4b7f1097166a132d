/**
 * The countries a person can choose as home for numbers typed without a country code, as
 * they read them ("United States (+1)"), from libphonenumber-js's list — the countries whose
 * numbers Faxdesk can read — named in the person's language by Intl.DisplayNames.
 */
import { getCountries, getCountryCallingCode, type CountryCode } from 'libphonenumber-js';

export interface CountryOption {
  code: CountryCode;
  /** "United States (+1)". */
  label: string;
}

function countryNamer(locale?: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}

/** Every country, in alphabetical order of its name. */
export function countryOptions(locale?: string): CountryOption[] {
  const name = countryNamer(locale);
  return getCountries()
    .map((code) => ({ code, label: `${name(code)} (+${getCountryCallingCode(code)})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** How a saved code is shown; a code Faxdesk does not know is shown as it is. */
export function countryLabel(code: string, options: CountryOption[]): string {
  return options.find((option) => option.code === code)?.label ?? code;
}

/**
 * The country the person picked or typed: a label from the list, a country's name, or its
 * two-letter code, in any case. Null when it names no country.
 */
export function countryFromText(text: string, options: CountryOption[]): CountryCode | null {
  const wanted = text.trim().toLocaleLowerCase();
  if (!wanted) return null;
  const found = options.find(
    (option) =>
      option.label.toLocaleLowerCase() === wanted ||
      option.code.toLowerCase() === wanted ||
      option.label.replace(/ \(\+\d+\)$/, '').toLocaleLowerCase() === wanted,
  );
  return found?.code ?? null;
}
