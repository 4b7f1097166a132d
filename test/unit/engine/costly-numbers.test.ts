/**
 * Which numbers cost far more than a fax should: premium rate, satellite and international
 * networks, international premium rate. Everything else — ordinary, mobile, toll-free and
 * shared-cost numbers of every country — stays allowed.
 */
import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountries, getExampleNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { FaxdeskError } from '../../../main/engine/errors';
import { costlyNumber, refuseCostlyNumbers } from '../../../main/engine/numbers/costly-numbers';
import { parseFaxNumber } from '../../../main/engine/numbers/phone-number';

const kindOf = (number: string) => costlyNumber(parseFaxNumber(number, 'US'))?.kind ?? null;

describe('costlyNumber()', () => {
  it.each([
    ['+1 900 555 0100', 'premium_rate'],
    ['+1 900 234 5678', 'premium_rate'],
    ['+44 909 879 0000', 'premium_rate'],
    ['+49 900 1 234567', 'premium_rate'],
    ['+33 8 99 12 34 56', 'premium_rate'],
    ['+61 1900 123 456', 'premium_rate'],
    ['+870 773 111 632', 'satellite'],
    ['+881 631 234 567', 'satellite'],
    ['+882 16 1234 5678', 'satellite'],
    ['+979 1234 56789', 'international_premium_rate'],
  ])('%s is %s', (number, kind) => {
    expect(kindOf(number)).toBe(kind);
  });

  it.each([
    ['+1 809 234 5678', 'the Dominican Republic, an ordinary number'],
    ['+1 202 555 0100', 'a US line'],
    ['(312) 555-0100', 'a US line typed nationally'],
    ['+1 800 555 0100', 'US toll-free'],
    ['+44 20 7946 0958', 'a London line'],
    ['+49 30 123456', 'a Berlin line'],
    ['+49 800 1234567', 'German toll-free'],
    ['+33 8 10 12 34 56', 'French shared cost'],
    ['+808 1234 5678', 'international shared cost'],
    ['+800 1234 5678', 'international freephone'],
    ['+86 138 0013 8000', 'a Chinese mobile'],
    ['+353 91 234 567', 'an Irish line'],
  ])('%s (%s) is allowed', (number) => {
    expect(kindOf(number)).toBeNull();
  });

  it("allows every country's example mobile number", () => {
    const costly = getCountries()
      .map((country) => getExampleNumber(country, examples))
      .filter((example) => example !== undefined && costlyNumber(example) !== null)
      .map((example) => example?.number);
    expect(getCountries().length).toBeGreaterThan(240);
    expect(costly).toEqual([]);
  });
});

describe('refuseCostlyNumbers()', () => {
  const parse = (numbers: string[]) => numbers.map((n) => parseFaxNumber(n, 'US'));

  it('names the first costly number, counts the others once each, and says how to allow them', () => {
    const numbers = parse(['+12025550100', '+19005550100', '+870773111632', '+19005550100', '+33899123456']);
    let refusal: unknown;
    try {
      refuseCostlyNumbers(numbers, false);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(FaxdeskError);
    expect(refusal).toMatchObject({
      code: 'number_not_allowed',
      summary:
        '+1 900 555 0100 is a premium-rate number, charged far above an ordinary call, and this send has 2 more such numbers. Nothing was queued.',
      whatToDo:
        'Faxdesk sends to premium-rate and satellite numbers only when "Allow premium-rate and satellite numbers" is turned on in Settings.',
    });
  });

  it('names a satellite network in words', () => {
    expect(() => refuseCostlyNumbers(parse(['+870773111632']), false)).toThrow(
      '+870 773 111 632 is a satellite number (Inmarsat), charged far above an ordinary call. Nothing was queued.',
    );
  });

  it('lets everything through once the person allowed it, and ordinary numbers always', () => {
    expect(() => refuseCostlyNumbers(parse(['+19005550100', '+979123456789']), true)).not.toThrow();
    expect(() => refuseCostlyNumbers(parse(['+18092345678', '+442079460958']), false)).not.toThrow();
  });
});

describe('parseFaxNumber()', () => {
  it('refuses a number the full numbering plan does not know, which the smaller one would pass', () => {
    // 11 digits after +49 900: the right length for Germany, not for its premium-rate range.
    expect(() => parseFaxNumber('+49 900 12345678', 'US')).toThrow(/not a valid fax number/);
  });
});
