/**
 * The main process's view of the outbox, kept live: the list, one fax's detail, and whether
 * Telnyx can be reached. Every change arrives as an event; nothing here polls.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConnectivityStatus, JobDetail, JobSummary } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { JobListStore } from './job-list-store';
import type { ListQuery } from './job-query';

export function useJobList(query: ListQuery) {
  const [store] = useState(() => new JobListStore((request) => unwrap(faxdesk().jobs.list(request))));
  useEffect(() => faxdesk().jobs.onUpdated((job) => store.apply(job)), [store]);
  useEffect(() => faxdesk().jobs.onDeleted(({ id }) => store.remove(id)), [store]);
  useEffect(() => () => store.dispose(), [store]);
  // The query is compared by value: a new object with the same filters is not a new list.
  const key = JSON.stringify(query);
  useEffect(() => store.setQuery(JSON.parse(key) as ListQuery), [store, key]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { store, snapshot };
}

/** The newer of two reports of the same fax. */
const newer = (a: JobSummary, b: JobSummary) => (b.updatedAt >= a.updatedAt ? b : a);

/** One fax with its timeline; reloaded whenever the fax changes. Keyed by id: mount it per fax. */
export function useJobDetail(id: string) {
  const [detail, setDetail] = useState<JobDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      unwrap(faxdesk().jobs.get(id)).then(
        (loaded) => {
          if (!live) return;
          setDetail((current) => (current ? { job: newer(current.job, loaded.job), events: loaded.events } : loaded));
          setError(null);
        },
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    void load();
    const off = faxdesk().jobs.onUpdated((job) => {
      if (job.id !== id || !live) return;
      setDetail((current) => (current ? { ...current, job: newer(current.job, job) } : current));
      // The timeline grew too; a burst of changes is fetched once.
      clearTimeout(timer);
      timer = setTimeout(() => void load(), 80);
    });
    return () => {
      live = false;
      off();
      clearTimeout(timer);
    };
  }, [id]);

  /** Applies the answer to an action at once, before its event arrives. */
  const applyJob = (job: JobSummary) =>
    setDetail((current) => (current ? { ...current, job: newer(current.job, job) } : current));

  return { detail, error, applyJob };
}

export function useConnectivity(): ConnectivityStatus | null {
  const [status, setStatus] = useState<ConnectivityStatus | null>(null);
  useEffect(() => {
    let live = true;
    const off = faxdesk().connectivity.onChanged((next) => live && setStatus(next));
    unwrap(faxdesk().connectivity.status()).then(
      // An event that came in meanwhile is newer than this answer.
      (first) => live && setStatus((current) => current ?? first),
      () => undefined,
    );
    return () => {
      live = false;
      off();
    };
  }, []);
  return status;
}

/** The redial setting, to say "attempt 2 of 3"; null until known. */
export function useRedialAttempts(): number | null {
  const [attempts, setAttempts] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    unwrap(faxdesk().settings.get()).then(
      (settings) => live && setAttempts(settings.redialAttempts),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return attempts;
}
