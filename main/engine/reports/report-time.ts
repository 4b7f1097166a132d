/**
 * Times on a fax report: to the second, with the time zone said, in the zone kept with the fax
 * ("30 November 2026, 14:02:05 Europe/Berlin (UTC+01:00)") so the report reads the same on any
 * computer.
 */
import { MONTHS } from '../documents/cover-format';
import { zonedTime } from '../documents/zoned-time';

export function reportTime(ms: number, timeZone: string): string {
  const t = zonedTime(new Date(ms), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  const clock = `${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
  return `${t.day} ${MONTHS[t.month - 1] ?? ''} ${t.year}, ${clock} ${timeZone} (${t.offset})`;
}
