/**
 * Gives the page its one job cache, fed by the main process's `job.updated` and `job.deleted`
 * events from the moment the page starts, so no screen has to listen for them itself.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { faxdesk } from '../lib/api';
import { JobCache } from './job-cache';

const JobCacheContext = createContext<JobCache | null>(null);

export function JobCacheProvider({ children }: { children: ReactNode }) {
  const [cache] = useState(() => new JobCache());
  useEffect(() => faxdesk().jobs.onUpdated((job) => void cache.offer(job)), [cache]);
  useEffect(() => faxdesk().jobs.onDeleted(({ id }) => cache.delete(id)), [cache]);
  return <JobCacheContext value={cache}>{children}</JobCacheContext>;
}

export function useJobCache(): JobCache {
  const cache = useContext(JobCacheContext);
  if (!cache) throw new Error('useJobCache needs a JobCacheProvider above it');
  return cache;
}
