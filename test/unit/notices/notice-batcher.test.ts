/** Notices close together are told as one batch; a steady stream is still told every so often. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoticeBatcher } from '../../../main/engine/notices/notice-batcher';

afterEach(() => vi.useRealTimers());

describe('NoticeBatcher', () => {
  it('tells notices close together once, after a quiet moment', () => {
    vi.useFakeTimers();
    const told: number[][] = [];
    const batcher = new NoticeBatcher<number>((batch) => told.push(batch), { quietMs: 100, maxWaitMs: 1000 });
    for (let n = 0; n < 50; n++) {
      batcher.add(n);
      vi.advanceTimersByTime(10);
    }
    expect(told).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(told).toHaveLength(1);
    expect(told[0]).toHaveLength(50);
  });

  it('tells a steady stream at least every maxWaitMs', () => {
    vi.useFakeTimers();
    const told: number[][] = [];
    const batcher = new NoticeBatcher<number>((batch) => told.push(batch), { quietMs: 100, maxWaitMs: 300 });
    for (let n = 0; n < 10; n++) {
      batcher.add(n);
      vi.advanceTimersByTime(50);
    }
    expect(told.length).toBeGreaterThanOrEqual(1);
    expect(told[0]).toHaveLength(6);
  });

  it('drops what waits when stopped', () => {
    vi.useFakeTimers();
    const told: number[][] = [];
    const batcher = new NoticeBatcher<number>((batch) => told.push(batch), { quietMs: 100, maxWaitMs: 300 });
    batcher.add(1);
    batcher.stop();
    vi.advanceTimersByTime(1000);
    expect(told).toEqual([]);
  });
});
