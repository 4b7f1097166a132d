/**
 * The page's job cache: which version of a fax wins, and that a change told several times
 * (the answer to an action, its event, the detail's reload) is applied once.
 */
import { describe, expect, it } from 'vitest';
import type { JobSummary } from '../../../preload/contract';
import { JobCache, supersedes, type JobChange } from '../../../renderer/src/data/job-cache';
import { jobSummary } from './job-summary';

/** A fax on its way, as the detail shows it. */
const fax = (patch: Partial<JobSummary> = {}): JobSummary =>
  jobSummary({
    status: 'sending',
    telnyxStatus: 'sending',
    telnyxFaxId: 'tx-1',
    pages: 2,
    files: ['letter.pdf'],
    ...patch,
  });

function watched() {
  const cache = new JobCache();
  const changes: JobChange[] = [];
  cache.subscribe((change) => changes.push(change));
  return { cache, changes };
}

describe('supersedes', () => {
  it('takes any report of a fax not held yet', () => {
    expect(supersedes(fax(), undefined)).toBe(true);
  });

  it('takes a later updatedAt and refuses an earlier one, whatever they say', () => {
    expect(supersedes(fax({ updatedAt: 2_001, status: 'delivered' }), fax())).toBe(true);
    expect(supersedes(fax({ updatedAt: 1_999, status: 'cancelled' }), fax())).toBe(false);
  });

  it('on the same updatedAt, takes the later arrival only when it says something different', () => {
    expect(supersedes(fax(), fax())).toBe(false);
    expect(supersedes(fax({ files: ['letter.pdf'] }), fax())).toBe(false);
    expect(supersedes(fax({ status: 'cancelled' }), fax())).toBe(true);
    expect(supersedes(fax({ files: ['other.pdf'] }), fax())).toBe(true);
    expect(supersedes(fax({ files: ['letter.pdf', 'more.pdf'] }), fax())).toBe(true);
  });
});

describe('JobCache', () => {
  it('applies a cancel once though it is answered, sent as an event and read again', () => {
    const { cache, changes } = watched();
    cache.offer(fax());
    const cancelled = fax({ status: 'cancelled', updatedAt: 3_000 });
    expect(cache.offer(cancelled)).toBe(cancelled); // the answer to jobs:cancel
    expect(cache.offer({ ...cancelled })).toBe(cancelled); // its job.updated event
    expect(cache.offer({ ...cancelled, files: [...cancelled.files] })).toBe(cancelled); // the detail's reload
    expect(changes.map((change) => change.kind === 'updated' && change.job.status)).toEqual(['sending', 'cancelled']);
  });

  it('keeps the newer version when an older page arrives after a live update', () => {
    const { cache, changes } = watched();
    const delivered = fax({ status: 'delivered', updatedAt: 5_000 });
    cache.offer(delivered);
    expect(cache.offer(fax())).toBe(delivered);
    expect(cache.get('fax-1')).toBe(delivered);
    expect(changes).toHaveLength(1);
  });

  it('tells of a deletion once, and takes the fax again if it is reported after', () => {
    const { cache, changes } = watched();
    cache.offer(fax());
    cache.delete('fax-1');
    cache.delete('fax-1');
    cache.delete('fax-never-seen');
    expect(cache.get('fax-1')).toBeUndefined();
    expect(changes.slice(1)).toEqual([{ kind: 'deleted', id: 'fax-1' }]);
  });

  it('stops telling a listener that unsubscribed', () => {
    const cache = new JobCache();
    const heard: JobChange[] = [];
    const off = cache.subscribe((change) => heard.push(change));
    cache.offer(fax());
    off();
    cache.offer(fax({ updatedAt: 9_000 }));
    expect(heard).toHaveLength(1);
  });
});
