/** Engine records as the page receives them (the types are the contract's). */
import type { ConnectivityStatus, JobDetail, JobSummary } from '../../preload/contract';
import type { ConnectivityState } from '../engine/outbox/connectivity';
import { toJobView } from '../engine/outbox/job-view';
import type { EventRecord, JobRecord } from '../engine/store/job-records';

export const toJobSummary = (job: JobRecord): JobSummary => toJobView(job);

export function toJobDetail(job: JobRecord, events: EventRecord[]): JobDetail {
  return {
    job: toJobSummary(job),
    events: events.map((e) => ({ at: e.at, status: e.status, telnyxStatus: e.telnyxStatus, detail: e.detail })),
  };
}

export function toConnectivityStatus(state: ConnectivityState): ConnectivityStatus {
  return { online: state.online, lastContactAt: state.lastContactAt, pausedUntil: state.pausedUntil };
}
