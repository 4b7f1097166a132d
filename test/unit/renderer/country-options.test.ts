/** The country picker's list: every country Faxdesk can read numbers of, named with its calling code. */
import { expect, it } from 'vitest';
import { countryFromText, countryLabel, countryOptions } from '../../../renderer/src/features/settings/country-options';

const options = countryOptions('en-US');

it('names each country with its calling code, in alphabetical order', () => {
  expect(countryLabel('US', options)).toBe('United States (+1)');
  expect(countryLabel('GB', options)).toBe('United Kingdom (+44)');
  expect(countryLabel('DE', options)).toBe('Germany (+49)');
  const labels = options.map((option) => option.label);
  expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en-US')));
  expect(options.length).toBeGreaterThan(200);
});

it('shows a code it does not know as it is', () => {
  expect(countryLabel('ZZ', options)).toBe('ZZ');
});

it('reads a picked label, a name or a two-letter code back as the country', () => {
  expect(countryFromText('United Kingdom (+44)', options)).toBe('GB');
  expect(countryFromText('  germany ', options)).toBe('DE');
  expect(countryFromText('ca', options)).toBe('CA');
});

it('finds no country in text that names none', () => {
  expect(countryFromText('', options)).toBeNull();
  expect(countryFromText('G1', options)).toBeNull();
  expect(countryFromText('Atlantis (+999)', options)).toBeNull();
});
