/**
 * How dates read on the cover page. Its numbers are written the international way by
 * domain/fax-number.ts (+1 202 555 0100, +44 20 7946 0958).
 */
import type { PaperSize } from './types';
import { zonedTime } from './zoned-time';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The date in the given time zone (the desk's, passed in: never read from the computer here),
 * spelled out so it cannot be misread across the Atlantic: "March 4, 2025, 2:07 PM" for Letter
 * paper, "4 March 2025, 14:07" for A4.
 */
export function formatCoverDate(date: Date, paper: PaperSize, timeZone: string): string {
  const { year, month: monthNumber, day, hour, minute } = zonedTime(date, timeZone);
  const month = MONTHS[monthNumber - 1] ?? '';
  const minutes = String(minute).padStart(2, '0');
  if (paper === 'a4') return `${day} ${month} ${year}, ${String(hour).padStart(2, '0')}:${minutes}`;
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const half = hour < 12 ? 'AM' : 'PM';
  return `${month} ${day}, ${year}, ${hour12}:${minutes} ${half}`;
}
