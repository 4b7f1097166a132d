/**
 * The history list's store against a stand-in for jobs:list that pages like the engine does
 * (keyset by `before`, or by `offset`), over a list that changes while it is read.
 */
import { describe, expect, it } from 'vitest';
import type { JobPage, JobSummary } from '../../../preload/contract';
import { JobCache } from '../../../renderer/src/data/job-cache';
import { JobListStore, type PageRequest } from '../../../renderer/src/features/history/job-list-store';
import { jobSummary } from './job-summary';

function fax(n: number): JobSummary {
  return jobSummary({
    id: `fax-${n}`,
    to: `+1415200${String(n).padStart(4, '0')}`,
    createdAt: n * 60_000,
    updatedAt: n * 60_000,
  });
}

/** Newest first, like the engine; `requests` records how each page was asked for. */
function backend(count: number) {
  const jobs = Array.from({ length: count }, (_, i) => fax(count - 1 - i));
  const requests: PageRequest[] = [];
  const load = (request: PageRequest): Promise<JobPage> => {
    requests.push(request);
    const start = request.before ? jobs.findIndex((job) => job.id === request.before) + 1 : (request.offset ?? 0);
    return Promise.resolve({ jobs: jobs.slice(start, start + request.limit), total: jobs.length });
  };
  return { jobs, requests, load };
}

async function settled(store: JobListStore) {
  await expect.poll(() => store.getSnapshot().loading).toBe(false);
}

const idAt = (store: JobListStore, index: number) => store.getSnapshot().rows[index]?.id;

describe('JobListStore', () => {
  it('loads the newest page, then jumps to the far end by position without the pages in between', async () => {
    const server = backend(100_000);
    const store = new JobListStore(server.load);
    store.setQuery({});
    await settled(store);
    expect(store.getSnapshot()).toMatchObject({ counted: true, total: 100_000 });
    expect(idAt(store, 0)).toBe('fax-99999');

    store.want(99_980, 99_999);
    await settled(store);
    expect(idAt(store, 99_999)).toBe('fax-0');
    expect(server.requests.map((r) => r.offset ?? r.before ?? 'first')).toEqual(['first', 99_980]);
    expect(store.getSnapshot().rows[50_000]).toBeUndefined();
  });

  it('asks for the page after a loaded fax by keyset, which stays exact while faxes arrive', async () => {
    const server = backend(1_000);
    const store = new JobListStore(server.load);
    store.setQuery({});
    await settled(store);
    store.want(190, 230);
    await settled(store);
    expect(server.requests.at(-1)).toMatchObject({ before: 'fax-800' });
    expect(idAt(store, 200)).toBe('fax-799');
  });

  it('waits for the live update before placing a page asked for by position', async () => {
    const server = backend(1_000);
    const cache = new JobCache();
    const store = new JobListStore(server.load, cache);
    store.setQuery({});
    await settled(store);
    store.want(600, 620);
    await settled(store);
    expect(idAt(store, 600)).toBe('fax-399');

    // A fax arrives at the top; its live update lands a moment after the next page is asked for.
    server.jobs.unshift(fax(5_000));
    setTimeout(() => cache.offer(fax(5_000)), 20);
    store.want(550, 560);
    await settled(store);
    expect(idAt(store, 0)).toBe('fax-5000');
    expect(store.getSnapshot().total).toBe(1_001);
    const loaded = store.getSnapshot().rows.flatMap((job, index) => (job ? [[index, job.id] as const] : []));
    // Every loaded fax sits exactly where the engine has it, and none twice.
    for (const [index, id] of loaded) expect(id).toBe(server.jobs[index]?.id);
    expect(new Set(loaded.map(([, id]) => id)).size).toBe(loaded.length);
  });

  it("starts over at the engine's count when positions keep disagreeing", async () => {
    const server = backend(1_000);
    const cache = new JobCache();
    const store = new JobListStore(server.load, cache);
    store.setQuery({});
    await settled(store);
    // Faxes gone without a word to this list (as when faxes leave a status filter but keep their rows).
    server.jobs.splice(0, 10);
    store.want(700, 710);
    await settled(store);
    expect(store.getSnapshot().total).toBe(990);
    const loaded = store.getSnapshot().rows.flatMap((job, index) => (job ? [[index, job.id] as const] : []));
    for (const [index, id] of loaded) expect(id).toBe(server.jobs[index]?.id);
    expect(server.requests.filter((r) => r.offset === 700)).toHaveLength(4);

    // The top is no longer loaded, but an old fax's update still is not taken for a new one.
    cache.offer({ ...fax(300), status: 'failed', updatedAt: 10_000_000 });
    cache.offer(fax(6_000));
    await expect.poll(() => store.getSnapshot().total).toBe(991);
    expect(idAt(store, 0)).toBe('fax-6000');
  });

  it('ends the list where the engine does when it became shorter', async () => {
    const server = backend(500);
    const store = new JobListStore(server.load);
    store.setQuery({});
    await settled(store);
    server.jobs.splice(0, 100);
    store.want(380, 420);
    await settled(store);
    expect(store.getSnapshot().total).toBe(400);
    expect(store.getSnapshot().rows.length).toBeLessThanOrEqual(400);
  });

  it('takes a deleted fax out and closes the gap', async () => {
    const server = backend(300);
    const cache = new JobCache();
    const store = new JobListStore(server.load, cache);
    store.setQuery({});
    await settled(store);
    cache.delete('fax-298');
    expect(store.getSnapshot().total).toBe(299);
    expect(idAt(store, 1)).toBe('fax-297');
    expect(store.getSnapshot().indexOf.get('fax-297')).toBe(1);
  });

  it('keeps a live update over an older page that arrives after it', async () => {
    const server = backend(300);
    const cache = new JobCache();
    const store = new JobListStore(server.load, cache);
    // The update is in before the first page, which still has the fax as it was.
    cache.offer({ ...fax(299), status: 'failed', updatedAt: fax(299).updatedAt + 1 });
    store.setQuery({});
    await settled(store);
    expect(store.getSnapshot().rows[0]).toBe(cache.get('fax-299'));
    expect(store.getSnapshot().rows[0]?.status).toBe('failed');
  });
});
