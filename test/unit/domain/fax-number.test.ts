/** One way to show a stored number: international, or as written at home when asked. */
import { describe, expect, it } from 'vitest';
import { E164_PATTERN, formatFaxNumber } from '../../../domain/fax-number';

describe('formatFaxNumber', () => {
  it('writes a number the international way', () => {
    expect(formatFaxNumber('+12025550100')).toBe('+1 202 555 0100');
    expect(formatFaxNumber('+442079460018')).toBe('+44 20 7946 0018');
  });

  it('writes a number of the home country the way it is written there', () => {
    expect(formatFaxNumber('+12025550100', 'US')).toBe('(202) 555-0100');
    expect(formatFaxNumber('+442079460018', 'US')).toBe('+44 20 7946 0018');
  });

  it('gives back text that is not a number, trimmed', () => {
    expect(formatFaxNumber('  front desk ')).toBe('front desk');
  });
});

describe('E164_PATTERN', () => {
  it('takes a plus, a country code and at most 15 digits', () => {
    expect(E164_PATTERN.test('+12025550100')).toBe(true);
    expect(E164_PATTERN.test('12025550100')).toBe(false);
    expect(E164_PATTERN.test('+02025550100')).toBe(false);
    expect(E164_PATTERN.test('+1234567890123456')).toBe(false);
  });
});
