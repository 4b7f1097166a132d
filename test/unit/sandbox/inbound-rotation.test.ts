import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startInboundFeed } from '../../../main/sandbox/inbound-feed';
import type { InboundFaxOptions } from '../../../main/sandbox/inbound';
import {
  INBOUND_FAILURES,
  ROTATION_LENGTH,
  rotatingInbound,
  SHORT_LINK_TTL_MS,
} from '../../../main/sandbox/inbound-rotation';
import { FAX_SENDERS } from '../../../main/sandbox/scan/fax-people';
import { FAX_KIND_NAMES } from '../../../main/sandbox/scan/kinds';
import { Scheduler } from '../../../main/sandbox/scheduler';

const TO = '+12025550180';

describe('the inbound rotation', () => {
  const deliveries = Array.from({ length: 60 }, (_, i) => rotatingInbound(i, TO));

  it('is the same every time', () => {
    expect(Array.from({ length: 60 }, (_, i) => rotatingInbound(i, TO))).toEqual(deliveries);
  });

  it('sends to the given number from the rotating senders, each delivery with its own seed', () => {
    expect(new Set(deliveries.map((d) => d.to))).toEqual(new Set([TO]));
    expect(new Set(deliveries.map((d) => d.from))).toEqual(new Set(FAX_SENDERS.map((s) => s.fax)));
    expect(new Set(deliveries.map((d) => d.seed)).size).toBe(deliveries.length);
  });

  it('is mostly received faxes of every kind and several page counts', () => {
    const received = deliveries.filter((d) => !d.fail);
    expect(received.length / deliveries.length).toBeGreaterThanOrEqual(0.8);
    expect(new Set(received.map((d) => d.kind))).toEqual(new Set(FAX_KIND_NAMES));
    expect(new Set(received.map((d) => d.pages))).toEqual(new Set([1, 2, 3]));
    expect(rotatingInbound(0, TO)).toMatchObject({ kind: 'invoice', seed: 0, pages: 1 });
  });

  it('has one failed call in every round, alternating between the two failures', () => {
    for (let round = 0; round < 10; round++) {
      const failed = deliveries.slice(round * ROTATION_LENGTH, (round + 1) * ROTATION_LENGTH).filter((d) => d.fail);
      expect(failed).toHaveLength(1);
      expect(failed[0]?.fail).toBe(INBOUND_FAILURES[round % 2]);
    }
  });

  it('has one received fax with a quickly expiring link in every round', () => {
    for (let round = 0; round < 10; round++) {
      const short = deliveries
        .slice(round * ROTATION_LENGTH, (round + 1) * ROTATION_LENGTH)
        .filter((d) => d.linkTtlMs !== undefined);
      expect(short).toHaveLength(1);
      expect(short[0]).toMatchObject({ linkTtlMs: SHORT_LINK_TTL_MS });
      expect(short[0]?.fail).toBeUndefined();
    }
  });
});

describe('the inbound feed', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('delivers one fax every interval, in rotation order, until stopped', () => {
    const scheduler = new Scheduler();
    const delivered: InboundFaxOptions[] = [];
    const feed = startInboundFeed(scheduler, 30_000, TO, (options) => delivered.push(options));
    vi.advanceTimersByTime(29_999);
    expect(delivered).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(delivered).toEqual([rotatingInbound(0, TO)]);
    vi.advanceTimersByTime(30_000 * 4);
    expect(delivered).toEqual([0, 1, 2, 3, 4].map((i) => rotatingInbound(i, TO)));
    expect(feed.delivered()).toBe(5);
    feed.stop();
    vi.advanceTimersByTime(300_000);
    expect(delivered).toHaveLength(5);
  });

  it('stops with the sandbox’s scheduler, and keeps going after a delivery that throws', () => {
    const scheduler = new Scheduler();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    startInboundFeed(scheduler, 1_000, TO, () => {
      calls++;
      if (calls === 1) throw new Error('disk full');
    });
    vi.advanceTimersByTime(3_000);
    expect(calls).toBe(3);
    expect(error).toHaveBeenCalledTimes(1);
    scheduler.stop();
    vi.advanceTimersByTime(10_000);
    expect(calls).toBe(3);
    error.mockRestore();
  });

  it('refuses an interval that is not positive', () => {
    expect(() => startInboundFeed(new Scheduler(), 0, TO, () => {})).toThrow(RangeError);
  });
});
