import { describe, expect, it } from 'vitest';
import { formatFaxNumber } from '../../../domain/fax-number';
import { formatCoverDate } from '../../../main/engine/documents/cover-format';
import { systemTimeZone } from '../../../main/engine/documents/zoned-time';

describe('formatFaxNumber()', () => {
  it.each([
    ['+12025550100', '+1 202 555 0100'],
    ['+442079460958', '+44 20 7946 0958'],
    ['+4930123456', '+49 30 123456'],
    ['+35312345678', '+353 1 234 5678'],
    ['+74951234567', '+7 495 123 45 67'],
    ['not a number', 'not a number'],
    [' +12025550100 ', '+1 202 555 0100'],
  ])('shows %s as %s', (e164, shown) => {
    expect(formatFaxNumber(e164)).toBe(shown);
  });
});

describe('formatCoverDate()', () => {
  const date = new Date(2025, 2, 4, 14, 7);
  const here = systemTimeZone();
  it('spells the month out, US style on Letter paper', () => {
    expect(formatCoverDate(date, 'letter', here)).toBe('March 4, 2025, 2:07 PM');
    expect(formatCoverDate(new Date(2025, 0, 9, 0, 5), 'letter', here)).toBe('January 9, 2025, 12:05 AM');
  });
  it('and day-first with a 24-hour clock on A4', () => {
    expect(formatCoverDate(date, 'a4', here)).toBe('4 March 2025, 14:07');
  });
  it('reads the clock in the time zone it is given, whatever the computer is set to', () => {
    const moment = new Date(Date.UTC(2025, 2, 4, 14, 7));
    expect(formatCoverDate(moment, 'a4', 'UTC')).toBe('4 March 2025, 14:07');
    expect(formatCoverDate(moment, 'letter', 'America/New_York')).toBe('March 4, 2025, 9:07 AM');
    expect(formatCoverDate(moment, 'a4', 'Asia/Tokyo')).toBe('4 March 2025, 23:07');
  });
});
