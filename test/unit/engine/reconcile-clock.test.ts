/**
 * What reconciliation concludes from the clocks. The property that keeps a fax from going out
 * twice: a search that did not find the fax is only called "absent" when, at Telnyx, the grace
 * period had truly passed between the create leaving and the search looking — whatever the
 * network's delays, and whatever the desk's clock does meanwhile (fast, slow, set forward or
 * back). And the grace does end: a search well past it is "absent", not "too soon" forever.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultOutboxPolicy } from '../../../main/engine/outbox/policy';
import {
  describeSpan,
  FRESH_READING_MS,
  judgeAbsence,
  longestGraceWaitMs,
  searchSince,
  searchTime,
  telnyxTimeOfPosting,
} from '../../../main/engine/outbox/reconcile-clock';
import { TelnyxClock } from '../../../main/engine/telnyx/server-clock';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Telnyx's true time is `start + mono`; the desk's is Telnyx's plus `deskOffset`, which tests move. */
function world(start: number, deskOffset: number) {
  let mono = 5_000;
  let offset = deskOffset;
  const clock = new TelnyxClock(
    () => mono,
    () => start + mono + offset,
  );
  return {
    clock,
    mono: () => mono,
    truth: (instant = mono) => start + instant,
    advance: (ms: number) => {
      mono += ms;
    },
    setDeskOffset: (ms: number) => {
      offset = ms;
    },
    /** A request answered with a Date header written `stampAfter` ms after it left. */
    request: (stampAfter: number, arriveAfter: number) => {
      const sentAt = clock.stamp();
      mono += stampAfter;
      const date = new Date(Math.floor((start + mono) / 1000) * 1000).toUTCString();
      mono += arriveAfter;
      clock.observe(date, sentAt);
    },
  };
}

const policy = (graceMs: number) => ({ ...defaultOutboxPolicy, graceMs });

describe('judging a fax absent', () => {
  it('never before the grace has passed at Telnyx, and always once it clearly has', () => {
    const latency = fc.integer({ min: 0, max: 3_000 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
        fc.integer({ min: 1_000, max: 10 * 60_000 }),
        fc.integer({ min: -23 * HOUR, max: 23 * HOUR }),
        fc.tuple(latency, latency, fc.integer({ min: 0, max: FRESH_READING_MS })),
        // Each check looks around the end of the grace (where a mistake would matter), or anywhere.
        fc.array(
          fc.tuple(
            fc.oneof(fc.integer({ min: -8_000, max: 8_000 }), fc.integer({ min: -HOUR, max: HOUR })),
            latency,
            latency,
            fc.integer({ min: -23 * HOUR, max: 23 * HOUR }),
          ),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        (start, graceMs, deskOffset, [uploadStamp, uploadArrive, beforePost], checks) => {
          const w = world(start, deskOffset);
          const rules = policy(graceMs);
          // The upload's answer, then the create leaves.
          w.request(uploadStamp, uploadArrive);
          w.advance(beforePost);
          const postedAt = telnyxTimeOfPosting(w.clock, rules);
          const truePost = w.truth();
          expect(postedAt).not.toBeNull();
          expect(postedAt!).toBeGreaterThanOrEqual(truePost);
          // A fax created by that create carries created_at >= truePost: inside the search window.
          expect(Date.parse(searchSince(postedAt, rules)!)).toBeLessThanOrEqual(truePost - rules.reconcileMarginMs);

          for (const [aroundGraceEnd, listStamp, listArrive, newDeskOffset] of checks) {
            w.advance(Math.max(0, truePost + graceMs + aroundGraceEnd - w.truth()));
            w.setDeskOffset(newDeskOffset);
            const askedAt = w.mono();
            w.request(listStamp, listArrive);
            const verdict = judgeAbsence(postedAt, searchTime(w.clock, askedAt), rules);
            const truelyElapsed = w.truth(askedAt) - truePost;
            if (verdict.kind === 'absent') expect(truelyElapsed).toBeGreaterThanOrEqual(graceMs);
            if (verdict.kind === 'too_soon') {
              expect(verdict.waitMs).toBeGreaterThan(0);
              expect(verdict.waitMs).toBeLessThanOrEqual(longestGraceWaitMs(rules));
            }
            expect(verdict.kind).not.toBe('cannot_tell');
            // Two Date headers' seconds and the two round trips are all the slack there is.
            const slack = 2_000 + uploadStamp + uploadArrive + listStamp + listArrive + 100;
            if (truelyElapsed >= graceMs + slack) expect(verdict.kind).toBe('absent');
          }
        },
      ),
    );
  });

  it("cannot tell when Telnyx's time was unknown as the create left", () => {
    const w = world(Date.UTC(2026, 2, 1), 0);
    w.request(10, 10);
    const verdict = judgeAbsence(null, searchTime(w.clock, w.mono()), policy(120_000));
    expect(verdict).toEqual({
      kind: 'cannot_tell',
      reason: expect.stringContaining('could not tell what time it was at Telnyx'),
    });
  });

  it("cannot tell when Telnyx's answers carry no Date header", () => {
    const w = world(Date.UTC(2026, 2, 1), 0);
    const verdict = judgeAbsence(Date.UTC(2026, 2, 1), searchTime(w.clock, w.mono()), policy(120_000));
    expect(verdict).toEqual({ kind: 'cannot_tell', reason: expect.stringContaining('Date header is missing') });
  });

  it('cannot tell when the desk is days off, however long ago the create left', () => {
    for (const [offset, words] of [
      [3 * DAY, '3 days ahead of'],
      [-2 * DAY - 5 * HOUR, '2 days behind'],
    ] as const) {
      const w = world(Date.UTC(2026, 2, 1), 0);
      w.request(10, 10);
      const postedAt = telnyxTimeOfPosting(w.clock, policy(120_000));
      w.advance(HOUR);
      w.setDeskOffset(offset);
      const askedAt = w.mono();
      w.request(10, 10);
      const verdict = judgeAbsence(postedAt, searchTime(w.clock, askedAt), policy(120_000));
      expect(verdict).toEqual({ kind: 'cannot_tell', reason: expect.stringContaining(words) });
    }
  });

  it("cannot tell when Telnyx's clock reads earlier than when the create left", () => {
    const w = world(Date.UTC(2026, 2, 1), 0);
    w.request(10, 10);
    const postedAt = telnyxTimeOfPosting(w.clock, policy(120_000))!;
    const searched = { telnyxTime: { earliest: postedAt - HOUR, latest: postedAt - HOUR + 1_000 }, skewMs: 0 };
    expect(judgeAbsence(postedAt, searched, policy(120_000))).toEqual({
      kind: 'cannot_tell',
      reason: expect.stringContaining('reads earlier than when the fax left'),
    });
  });
});

describe("dating a create on Telnyx's clock", () => {
  it('is impossible before any Date header, with a stale reading, or with a desk days off', () => {
    const w = world(Date.UTC(2026, 2, 1), 0);
    expect(telnyxTimeOfPosting(w.clock, policy(120_000))).toBeNull();
    w.request(10, 10);
    expect(telnyxTimeOfPosting(w.clock, policy(120_000))).not.toBeNull();
    // A laptop may have slept since: an old reading is not trusted to date a create.
    w.advance(FRESH_READING_MS + 1);
    expect(telnyxTimeOfPosting(w.clock, policy(120_000))).toBeNull();
    w.request(10, 10);
    w.setDeskOffset(-2 * DAY);
    expect(telnyxTimeOfPosting(w.clock, policy(120_000))).toBeNull();
  });

  it('searches without a time bound when the create was not dated', () => {
    expect(searchSince(null, defaultOutboxPolicy)).toBeNull();
  });
});

describe('spans in words', () => {
  it('says how far off a clock is in the largest whole unit', () => {
    expect(describeSpan(3 * DAY + 5 * HOUR)).toBe('3 days');
    expect(describeSpan(DAY)).toBe('1 day');
    expect(describeSpan(15 * 60_000)).toBe('15 minutes');
    expect(describeSpan(3 * DAY - 500)).toBe('3 days');
    expect(describeSpan(80 * 60_000)).toBe('1 hour');
    expect(describeSpan(100 * 60_000)).toBe('2 hours');
    expect(describeSpan(4_000)).toBe('4 seconds');
  });
});
