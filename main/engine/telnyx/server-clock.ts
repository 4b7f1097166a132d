/**
 * Telnyx's clock, as the desk hears it. Telnyx stamps a fax's `created_at` with its own clock,
 * and office PCs drift: reconciliation that mixes the two clocks can miss a fax that exists and
 * send it twice (DESIGN.md §3). Every answer from Telnyx carries a `Date` header, so the desk
 * can know Telnyx's time without trusting its own.
 *
 * A reading is the Date of one answer together with when, on the monotonic clock, its request
 * left and its answer came back. The Date has whole seconds and was written somewhere between
 * those two moments, so Telnyx's time is known as an interval, carried forward on the monotonic
 * clock: a correction of the desk's clock moves nothing here. Only the newest reading is kept;
 * sleep stops the monotonic clock, so an old reading runs behind after a laptop wakes, and the
 * callers that need an upper bound ask for a fresh one (see `ageMs`).
 */
import type { MonotonicClock } from '../time/monotonic-clock';

/** Telnyx's time now, in epoch milliseconds: the true time there lies in [earliest, latest]. */
export interface TelnyxTime {
  earliest: number;
  latest: number;
}

/** The one thing the HTTP layer does with the clock: report each answer's Date header. */
export interface DateObserver {
  /** The monotonic time to pass back to observe() for a request about to leave. */
  stamp(): number;
  /** An answer came back; `dateHeader` is its Date header, if it had one. */
  observe(dateHeader: string | null, sentAt: number): void;
}

/** A request that took longer than this (the upload of a big file) dates its answer too loosely. */
export const MAX_USEFUL_ROUND_TRIP_MS = 10_000;

/** Date headers carry whole seconds (RFC 9110 §5.6.7). */
const DATE_RESOLUTION_MS = 1_000;

/**
 * The two clocks may run at slightly different rates (quartz error, NTP slewing: at most
 * 500 ppm each); the interval widens by this share of the reading's age.
 */
const RATE_ALLOWANCE = 0.001;

/**
 * The widest interval a reading younger than a minute can give: one second of resolution, the
 * longest useful round trip, and the rate allowance with room to spare. A single Telnyx time
 * stored as `latest` therefore bounds `earliest` to within this much.
 */
export const WIDEST_READING_MS = DATE_RESOLUTION_MS + MAX_USEFUL_ROUND_TRIP_MS + 1_000;

interface Reading {
  /** The Date header, parsed. */
  telnyxMs: number;
  /** Monotonic times at which the request left and its answer arrived. */
  sentAt: number;
  receivedAt: number;
}

export class TelnyxClock implements DateObserver {
  private reading: Reading | null = null;

  constructor(
    private readonly monotonic: MonotonicClock,
    /** The desk's wall clock, only to say how far off it is. */
    private readonly deskNow: () => number,
  ) {}

  stamp(): number {
    return this.monotonic();
  }

  observe(dateHeader: string | null, sentAt: number): void {
    const receivedAt = this.monotonic();
    if (!dateHeader) return;
    const telnyxMs = Date.parse(dateHeader);
    if (!Number.isFinite(telnyxMs)) return;
    if (receivedAt - sentAt > MAX_USEFUL_ROUND_TRIP_MS || receivedAt < sentAt) return;
    this.reading = { telnyxMs, sentAt, receivedAt };
  }

  /** Telnyx's time now; null until an answer with a usable Date header has come back. */
  now(): TelnyxTime | null {
    return this.at(this.monotonic());
  }

  /**
   * Telnyx's time at a monotonic instant, before or after the newest reading: the Date was
   * written after the request left and before its answer arrived, truncated to the second, so
   * Telnyx's time at the answer was at least the Date, and at the request below the Date plus a
   * second; from there, both clocks run at the same rate (give or take RATE_ALLOWANCE).
   */
  at(instant: number): TelnyxTime | null {
    const reading = this.reading;
    if (!reading) return null;
    const drift = Math.abs(instant - reading.sentAt) * RATE_ALLOWANCE;
    return {
      earliest: reading.telnyxMs + (instant - reading.receivedAt) - drift,
      latest: reading.telnyxMs + DATE_RESOLUTION_MS + (instant - reading.sentAt) + drift,
    };
  }

  /** Monotonic milliseconds since the newest reading arrived; null when there is none. */
  ageMs(): number | null {
    return this.reading ? this.monotonic() - this.reading.receivedAt : null;
  }

  /** Telnyx's clock minus the desk's: positive when the desk is behind. Null when unknown. */
  skewMs(): number | null {
    const time = this.now();
    return time ? (time.earliest + time.latest) / 2 - this.deskNow() : null;
  }
}
