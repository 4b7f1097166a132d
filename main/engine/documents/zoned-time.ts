/**
 * A moment read as a clock in a named time zone (IANA, e.g. "Europe/London"). The cover page
 * and the fax reports are dated in a zone that is given to them — kept with the fax, or passed
 * in — never the computer's own, so the same fax makes the same bytes on any computer.
 */

export interface ZonedTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0–23. */
  hour: number;
  minute: number;
  second: number;
  /** The zone's offset from UTC at that moment, e.g. "UTC+01:00", "UTC". */
  offset: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone the desk is in, read once where the engine starts and then kept with each fax. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The clock reading of `date` in `timeZone`; an unknown zone reads as UTC rather than failing a report. */
export function zonedTime(date: Date, timeZone: string): ZonedTime {
  const parts = new Map<string, string>(
    formatIn(timeZone)
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const number = (type: string) => Number(parts.get(type) ?? 0);
  const offset = (parts.get('timeZoneName') ?? 'GMT').replace(/^GMT/, 'UTC');
  return {
    year: number('year'),
    month: number('month'),
    day: number('day'),
    hour: number('hour') % 24,
    minute: number('minute'),
    second: number('second'),
    offset,
  };
}

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    };
    try {
      format = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    formats.set(timeZone, format);
  }
  return format;
}
