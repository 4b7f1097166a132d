/**
 * How dates read on the cover page. Its numbers are written the international way by
 * domain/fax-number.ts (+1 202 555 0100, +44 20 7946 0958).
 */
import type { PaperSize } from './types';

const MONTHS = [
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
 * The date in this computer's time zone, spelled out so it cannot be misread across the
 * Atlantic: "March 4, 2025, 2:07 PM" for Letter paper, "4 March 2025, 14:07" for A4.
 */
export function formatCoverDate(date: Date, paper: PaperSize): string {
  const month = MONTHS[date.getMonth()] ?? '';
  const minutes = String(date.getMinutes()).padStart(2, '0');
  if (paper === 'a4') {
    return `${date.getDate()} ${month} ${date.getFullYear()}, ${String(date.getHours()).padStart(2, '0')}:${minutes}`;
  }
  const hour12 = date.getHours() % 12 === 0 ? 12 : date.getHours() % 12;
  const half = date.getHours() < 12 ? 'AM' : 'PM';
  return `${month} ${date.getDate()}, ${date.getFullYear()}, ${hour12}:${minutes} ${half}`;
}
