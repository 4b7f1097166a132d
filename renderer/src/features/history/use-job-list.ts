/** The history list, kept live through the page's job cache (use-fax-list.ts). */
import type { JobSummary } from '../../../../preload/contract';
import { useJobCache } from '../../data/JobCacheProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { JobListStore } from './job-list-store';
import type { ListQuery } from './job-query';
import { useFaxList } from './use-fax-list';

export function useJobList(query: ListQuery) {
  const cache = useJobCache();
  return useFaxList<JobSummary, ListQuery, JobListStore>(
    () => new JobListStore((request) => unwrap(faxdesk().jobs.list(request)), cache),
    query,
  );
}
