/**
 * The page's one copy of each sent fax (fax-cache.ts has the rule for which version wins),
 * fed by jobs:list pages, details, the answers to actions and `job.updated` / `job.deleted`.
 */
import type { JobSummary } from '../../../preload/contract';
import { FaxCache, type FaxChange } from './fax-cache';

export { supersedes } from './fax-cache';

export type JobChange = FaxChange<JobSummary>;

export class JobCache extends FaxCache<JobSummary> {}
