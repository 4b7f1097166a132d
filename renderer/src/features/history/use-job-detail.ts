/**
 * One sent fax with its timeline, for the detail: the shared use-fax-detail.ts over the page's
 * job cache and `jobs:get`. Keyed by id: mount it per fax.
 */
import type { JobDetail, JobSummary } from '../../../../preload/contract';
import { useJobCache } from '../../data/JobCacheProvider';
import { faxdesk, unwrap } from '../../lib/api';
import { useFaxDetail } from './use-fax-detail';

const fetchJobDetail = (id: string) => unwrap(faxdesk().jobs.get(id));
const jobOf = (detail: JobDetail) => detail.job;

export function useJobDetail(initial: JobSummary) {
  const cache = useJobCache();
  const { fax, detail, error } = useFaxDetail({ cache, initial, fetchDetail: fetchJobDetail, faxOf: jobOf });
  return { job: fax, events: detail?.events ?? null, error };
}
