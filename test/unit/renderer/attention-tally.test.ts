/** The count on the "Outbox and history" tab: faxes that failed or became unconfirmed since the person last looked. */
import { describe, expect, it } from 'vitest';
import { AttentionTally } from '../../../renderer/src/features/history/attention-tally';
import { jobSummary } from './job-summary';

const updated = (patch: Parameters<typeof jobSummary>[0]) => ({ kind: 'updated' as const, job: jobSummary(patch) });

describe('AttentionTally', () => {
  it('counts faxes that fail or become unconfirmed after the last look, once each', () => {
    const tally = new AttentionTally(1_000);
    expect(tally.apply(updated({ id: 'a', status: 'failed', updatedAt: 900 }))).toBe(false); // already seen
    expect(tally.apply(updated({ id: 'b', status: 'failed', updatedAt: 1_100 }))).toBe(true);
    expect(tally.apply(updated({ id: 'b', status: 'failed', updatedAt: 1_200 }))).toBe(false);
    tally.apply(updated({ id: 'c', status: 'unconfirmed', updatedAt: 1_300 }));
    tally.apply(updated({ id: 'd', status: 'delivered', updatedAt: 1_300 }));
    expect(tally.count).toBe(2);
  });

  it('lets a fax go when it moves on or is deleted', () => {
    const tally = new AttentionTally(0);
    tally.apply(updated({ id: 'b', status: 'failed', updatedAt: 10 }));
    tally.apply(updated({ id: 'c', status: 'unconfirmed', updatedAt: 10 }));
    expect(tally.apply(updated({ id: 'b', status: 'sending', updatedAt: 20 }))).toBe(true);
    expect(tally.apply({ kind: 'deleted', id: 'c' })).toBe(true);
    expect(tally.count).toBe(0);
  });

  it('counts nothing while the person looks, and only what comes after once they leave', () => {
    const tally = new AttentionTally(0);
    tally.apply(updated({ id: 'a', status: 'failed', updatedAt: 10 }));
    tally.setLooking(true, 20);
    expect(tally.count).toBe(0);
    expect(tally.apply(updated({ id: 'b', status: 'failed', updatedAt: 25 }))).toBe(false);
    tally.setLooking(false, 30);
    tally.apply(updated({ id: 'b', status: 'failed', updatedAt: 25 }));
    tally.apply(updated({ id: 'c', status: 'failed', updatedAt: 35 }));
    expect(tally.count).toBe(1);
  });
});
