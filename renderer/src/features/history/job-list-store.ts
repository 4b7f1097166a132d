/**
 * The history list's store: the shared FaxListStore (data/fax-list-store.ts) over jobs:list
 * pages and the page's job cache, newest created first, with history's filters.
 */
import type { JobPage, JobSummary } from '../../../../preload/contract';
import { JobCache } from '../../data/job-cache';
import { FaxListStore, type FaxListSnapshot, type FaxPageRequest } from '../../data/fax-list-store';
import { matchesQuery, type ListQuery } from './job-query';

export type PageRequest = FaxPageRequest<ListQuery>;
export type JobListSnapshot = FaxListSnapshot<JobSummary>;
export { PAGE_SIZE } from '../../data/fax-list-store';

export class JobListStore extends FaxListStore<JobSummary, ListQuery> {
  constructor(loadPage: (request: PageRequest) => Promise<JobPage>, cache: JobCache = new JobCache()) {
    super({
      loadPage: async (request) => {
        const { jobs, total } = await loadPage(request);
        return { items: jobs, total };
      },
      cache,
      matches: matchesQuery,
      orderOf: (job) => job.createdAt,
    });
  }
}
