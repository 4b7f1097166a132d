/**
 * Times as the history shows them, in the person's own locale and clock. The formatters are
 * made once: a long list formats many times a second while it scrolls.
 */

const formatter = (options: Intl.DateTimeFormatOptions) => {
  let made: Intl.DateTimeFormat | null = null;
  return (at: number) => (made ??= new Intl.DateTimeFormat(undefined, options)).format(at);
};

/** "14:05" — the same form the engine uses in its timeline texts ("Trying again at 14:05"). */
export const clockTime = formatter({ hour: '2-digit', minute: '2-digit' });

/** "27 Nov 2025, 14:05" — when a moment needs no context. */
export const fullTime = formatter({ dateStyle: 'medium', timeStyle: 'short' });

/** "14:05:12" — timeline steps are often seconds apart. */
export const stepTime = formatter({ hour: '2-digit', minute: '2-digit', second: '2-digit' });

const dayAndTime = formatter({ day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const dateOnly = formatter({ day: 'numeric', month: 'short', year: 'numeric' });
const dayOnly = formatter({ day: 'numeric', month: 'short' });

const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** For the list: the time alone today, the day and time this year, the date alone before that. */
export function listTime(at: number, now: number = Date.now()): string {
  const date = new Date(at);
  const today = new Date(now);
  if (sameDay(date, today)) return clockTime(at);
  return date.getFullYear() === today.getFullYear() ? dayAndTime(at) : dateOnly(at);
}

/** Today's moments by the clock, others with their day. */
export function whenTime(at: number, now: number = Date.now()): string {
  return sameDay(new Date(at), new Date(now)) ? clockTime(at) : fullTime(at);
}

/** A timeline step: with its day when it is the first of that day. */
export function stepTimeOnDay(at: number, withDay: boolean): string {
  return withDay ? `${dayOnly(at)}, ${stepTime(at)}` : stepTime(at);
}

export function isSameDay(a: number, b: number): boolean {
  return sameDay(new Date(a), new Date(b));
}

export function isoTime(at: number): string {
  return new Date(at).toISOString();
}
