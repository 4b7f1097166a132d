/**
 * Telnyx's clock as heard from Date headers: whatever the network's delays and wherever in its
 * second Telnyx wrote the header, the interval the clock gives must contain Telnyx's true time,
 * now and later; a correction of the desk's clock must not move it; answers without a usable
 * Date, or from requests too slow to date anything, are not readings at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateObservingFetch } from '../../../main/engine/telnyx/date-observing-fetch';
import { MAX_USEFUL_ROUND_TRIP_MS, TelnyxClock, WIDEST_READING_MS } from '../../../main/engine/telnyx/server-clock';

/**
 * A world with a monotonic clock the test moves by hand, and Telnyx's true time on it; `rate`
 * is how much faster Telnyx's clock runs (a few hundred parts per million in real life).
 */
function world(telnyxAtZero: number, rate = 0) {
  let mono = 1_000;
  let deskOffset = 0;
  const clock = new TelnyxClock(
    () => mono,
    () => telnyxAtZero + mono + deskOffset,
  );
  return {
    clock,
    advance: (ms: number) => {
      mono += ms;
    },
    setDeskOffset: (ms: number) => {
      deskOffset = ms;
    },
    /** Telnyx's true time now, or at a monotonic instant. */
    truth: (instant = mono) => telnyxAtZero + instant * (1 + rate),
    mono: () => mono,
    /** One request: leaves now, Telnyx writes its Date `stampAfter` ms later, the answer arrives `arriveAfter` ms after that. */
    request: (stampAfter: number, arriveAfter: number, header?: (dateMs: number) => string | null) => {
      const sentAt = clock.stamp();
      mono += stampAfter;
      const dateMs = Math.floor((telnyxAtZero + mono * (1 + rate)) / 1000) * 1000;
      mono += arriveAfter;
      clock.observe(header ? header(dateMs) : new Date(dateMs).toUTCString(), sentAt);
    },
  };
}

describe("Telnyx's clock", () => {
  it('knows nothing before it has heard a Date header', () => {
    const { clock } = world(Date.UTC(2026, 0, 5));
    expect(clock.now()).toBeNull();
    expect(clock.skewMs()).toBeNull();
    expect(clock.ageMs()).toBeNull();
  });

  it("always brackets Telnyx's true time, now, later or earlier, however the answers were delayed and the clocks' rates differ", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }),
        fc.integer({ min: -900, max: 900 }).map((ppm) => ppm / 1e6),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4_000 }), fc.integer({ min: 0, max: 4_000 }), fc.nat(120_000)), {
          minLength: 1,
          maxLength: 8,
        }),
        (start, rate, requests) => {
          const w = world(start, rate);
          for (const [stampAfter, arriveAfter, idle] of requests) {
            const askedAt = w.mono();
            w.request(stampAfter, arriveAfter);
            for (const later of [0, idle]) {
              w.advance(later);
              const time = w.clock.now();
              expect(time).not.toBeNull();
              expect(time!.earliest).toBeLessThanOrEqual(w.truth());
              expect(time!.latest).toBeGreaterThanOrEqual(w.truth());
            }
            // An instant before the reading, as when a search is dated by when it asked.
            for (const instant of [askedAt, askedAt - idle]) {
              const then = w.clock.at(instant)!;
              expect(then.earliest).toBeLessThanOrEqual(w.truth(instant));
              expect(then.latest).toBeGreaterThanOrEqual(w.truth(instant));
            }
          }
        },
      ),
    );
  });

  it('gives an interval no wider than WIDEST_READING_MS while the reading is under a minute old', () => {
    const w = world(Date.UTC(2026, 0, 5, 9, 30, 0, 999));
    w.request(MAX_USEFUL_ROUND_TRIP_MS / 2, MAX_USEFUL_ROUND_TRIP_MS / 2);
    w.advance(60_000);
    const time = w.clock.now()!;
    expect(time.latest - time.earliest).toBeLessThanOrEqual(WIDEST_READING_MS);
    expect(time.latest - time.earliest).toBeGreaterThan(MAX_USEFUL_ROUND_TRIP_MS);
  });

  it("is not moved by a correction of the desk's clock, which only changes the skew", () => {
    const w = world(Date.UTC(2026, 0, 5));
    w.request(20, 20);
    const before = w.clock.now();
    expect(Math.abs(w.clock.skewMs()!)).toBeLessThan(1_000);
    w.setDeskOffset(15 * 60_000);
    expect(w.clock.now()).toEqual(before);
    expect(w.clock.skewMs()!).toBeCloseTo(-15 * 60_000, -4);
    w.setDeskOffset(-15 * 60_000);
    expect(w.clock.skewMs()!).toBeCloseTo(15 * 60_000, -4);
  });

  it('ignores answers with no Date header, a Date it cannot read, or a request too slow to date anything', () => {
    const w = world(Date.UTC(2026, 0, 5));
    w.request(10, 10, () => null);
    w.request(10, 10, () => 'yesterday, around noon');
    w.request(MAX_USEFUL_ROUND_TRIP_MS, 1);
    expect(w.clock.now()).toBeNull();
    w.request(10, 10);
    expect(w.clock.now()).not.toBeNull();
    expect(w.clock.ageMs()).toBe(0);
  });

  it('hears the Date header of every answer through the fetch it wraps, errors included', async () => {
    const w = world(Date.UTC(2026, 0, 5));
    const date = 'Mon, 05 Jan 2026 10:00:00 GMT';
    const observed = dateObservingFetch(w.clock, () =>
      Promise.resolve(new Response('{"errors":[]}', { status: 500, headers: { date } })),
    );
    const response = await observed('http://127.0.0.1/v2/faxes');
    expect(response.status).toBe(500);
    const time = w.clock.now()!;
    expect(time.earliest).toBe(Date.parse(date));
    expect(time.latest).toBe(Date.parse(date) + 1_000);
  });
});
