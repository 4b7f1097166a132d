/**
 * Times as the window shows them (the history, the status bar), in the person's own locale and
 * clock, in one form everywhere ("3:32 PM" in the list, the notes and the detail alike). The
 * formatters are made once: a long list formats many times a second while it scrolls.
 */

const formatter = (options: Intl.DateTimeFormatOptions) => {
  let made: Intl.DateTimeFormat | null = null;
  return (at: number) => (made ??= new Intl.DateTimeFormat(undefined, options)).format(at);
};

/** "3:32 PM" (or "15:32" where the clock says so): the one form of a time of day. */
export const clockTime = formatter({ hour: 'numeric', minute: '2-digit' });

/** "Mar 11, 2025, 3:32 PM" — when a moment needs no context. */
export const fullTime = formatter({ dateStyle: 'medium', timeStyle: 'short' });

/** "3:32:05 PM" — timeline steps are often seconds apart. */
export const stepTime = formatter({ hour: 'numeric', minute: '2-digit', second: '2-digit' });

const dayOnly = formatter({ day: 'numeric', month: 'short' });

const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * For the list, always a day and a time: "Today 3:32 PM" for today, the full date and time
 * ("Mar 11, 2025, 4:58 PM") for any other day, so a row proves when it was sent.
 */
export function listTime(at: number, now: number = Date.now()): string {
  return sameDay(new Date(at), new Date(now)) ? `Today ${clockTime(at)}` : fullTime(at);
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
