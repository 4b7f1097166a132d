/** `--at` for scheduled sends: an ISO date-time, or a clock time today (tomorrow if past). */
import { UsageError } from './io';

export function parseSendTime(text: string, now: Date = new Date()): number {
  const clock = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (clock) {
    const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
    if (hours > 23 || minutes > 59) throw new UsageError(`--at ${text} is not a time of day`);
    const at = new Date(now);
    at.setHours(hours, minutes, 0, 0);
    if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
    return at.getTime();
  }
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) {
    throw new UsageError(`--at ${text} is not a time: use HH:MM or a date-time like 2026-12-01T09:30`);
  }
  return parsed;
}
