/**
 * A clock for durations. The desk's wall clock (Date.now) can be corrected at any moment — by
 * NTP, by a person, by a laptop waking up — and a wait measured on it then ends early or lasts
 * far too long. A monotonic clock only moves forward, at the rate of real time, from an
 * arbitrary origin: good for "how long since", meaningless across processes or restarts.
 *
 * Like the OS clock under it (CLOCK_MONOTONIC, mach_absolute_time), it may stand still while
 * the computer sleeps; code that keeps a duration across sleep must allow for that.
 */

/** Milliseconds since an arbitrary origin; never goes backwards. */
export type MonotonicClock = () => number;

export const systemMonotonicClock: MonotonicClock = () => performance.now();
