/**
 * How the page writes numbers and times: fax numbers as people write them (at home and
 * abroad, and while typed), and the history's times, which say no more than they need to.
 * Times are compared with the page's own formatters, so the test holds in any locale and zone.
 */
import { describe, expect, it } from 'vitest';
import {
  clockTime,
  fullTime,
  isSameDay,
  isoTime,
  listTime,
  stepTime,
  stepTimeOnDay,
  whenTime,
} from '../../../renderer/src/features/history/format-time';
import { formatFaxNumber } from '../../../domain/fax-number';
import { digitsOf, formatAsTyped, invalidNumberMessage, toE164 } from '../../../renderer/src/features/send/fax-number';

describe('fax numbers', () => {
  it('writes a stored number in international format, and leaves what it cannot read alone', () => {
    expect(formatFaxNumber('+12025550100')).toBe('+1 202 555 0100');
    expect(formatFaxNumber('+442079460018')).toBe('+44 20 7946 0018');
    expect(formatFaxNumber('not a number')).toBe('not a number');
  });

  it('reads typed numbers against the home country, and refuses what is not a valid number', () => {
    expect(toE164(' (202) 555-0100 ', 'US')).toBe('+12025550100');
    expect(toE164('020 7946 0018', 'GB')).toBe('+442079460018');
    expect(toE164('+44 20 7946 0018', 'US')).toBe('+442079460018');
    expect(toE164('555', 'US')).toBeNull();
    expect(toE164('Harbor Legal', 'US')).toBeNull();
  });

  it('shows numbers in national format at home and international format abroad', () => {
    expect(formatFaxNumber('+12025550100', 'US')).toBe('(202) 555-0100');
    expect(formatFaxNumber('+12025550100', 'GB')).toBe('+1 202 555 0100');
    expect(formatFaxNumber('nonsense', 'US')).toBe('nonsense');
  });

  it('formats a number while it is typed, and leaves a name being searched alone', () => {
    expect(formatAsTyped('2025550100', 'US')).toBe('(202) 555-0100');
    expect(formatAsTyped('+4420', 'US')).toBe('+44 20');
    expect(formatAsTyped('Harbor', 'US')).toBe('Harbor');
    expect(formatAsTyped('(', 'US')).toBe('(');
  });

  it('keeps only digits, and explains a refused number with what was typed', () => {
    expect(digitsOf('+1 (202) 555-0100')).toBe('12025550100');
    expect(invalidNumberMessage('  555 ')).toMatch(/^"555" is not a valid fax number\./);
  });
});

describe('history times', () => {
  const now = new Date(2026, 5, 15, 16, 30).getTime();
  const earlierToday = new Date(2026, 5, 15, 9, 5, 12).getTime();
  const thisYear = new Date(2026, 1, 3, 9, 5).getTime();
  const lastYear = new Date(2025, 11, 31, 23, 59).getTime();

  it('lists every fax with a day and a time: "Today" and the clock today, the full date otherwise', () => {
    expect(listTime(earlierToday, now)).toBe(`Today ${clockTime(earlierToday)}`);
    expect(listTime(thisYear, now)).toBe(fullTime(thisYear));
    expect(listTime(lastYear, now)).toBe(fullTime(lastYear));
    expect(listTime(lastYear, now)).toContain('2025');
  });

  it('writes a time of day in one form, without a leading zero on the hour', () => {
    const morning = new Date(2026, 5, 15, 3, 32).getTime();
    expect(clockTime(morning)).toBe(
      new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(morning),
    );
    expect(fullTime(morning)).toContain(clockTime(morning));
  });

  it('says a moment today by the clock and any other with its day', () => {
    expect(whenTime(earlierToday, now)).toBe(clockTime(earlierToday));
    expect(whenTime(thisYear, now)).toBe(fullTime(thisYear));
  });

  it('gives a timeline step its day only when asked, and its seconds always', () => {
    expect(stepTimeOnDay(earlierToday, false)).toBe(stepTime(earlierToday));
    expect(stepTimeOnDay(earlierToday, true)).toMatch(new RegExp(`, ${stepTime(earlierToday)}$`));
    expect(stepTime(earlierToday)).toContain('12');
  });

  it('compares days by the local calendar, and writes machine-readable times in UTC', () => {
    expect(isSameDay(earlierToday, now)).toBe(true);
    expect(isSameDay(lastYear, lastYear + 60_000)).toBe(false);
    expect(isoTime(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02T03:04:05.000Z');
  });
});
