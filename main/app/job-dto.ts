/** Engine job records as the page receives them (see JobSummary in the contract). */
import type { ConnectivityStatus, JobDetail, JobSummary } from '../../preload/contract';
import type { ConnectivityState } from '../engine/outbox/connectivity';
import { explainFailure } from '../engine/outbox/failure-reasons';
import type { EventRecord, JobRecord } from '../engine/store/job-records';

export function toJobSummary(job: JobRecord): JobSummary {
  return {
    id: job.id,
    to: job.to,
    contactName: job.contactName,
    from: job.from,
    status: job.status,
    telnyxStatus: job.telnyxStatus,
    telnyxFaxId: job.telnyxFaxId,
    pages: job.pages,
    attempts: job.attempts,
    failureReason: job.failureReason,
    failureText: job.failureReason ? explainFailure(job.failureReason).text : null,
    waitReason: job.waitReason,
    stalled: job.stalled,
    subject: job.subject,
    files: job.fileNames,
    scheduledAt: job.scheduledAt,
    nextActionAt: job.nextActionAt,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    lastConfirmedAt: job.lastConfirmedAt,
  };
}

export function toJobDetail(job: JobRecord, events: EventRecord[]): JobDetail {
  return {
    job: toJobSummary(job),
    events: events.map((e) => ({ at: e.at, status: e.status, telnyxStatus: e.telnyxStatus, detail: e.detail })),
  };
}

export function toConnectivityStatus(state: ConnectivityState): ConnectivityStatus {
  return { online: state.online, lastContactAt: state.lastContactAt, pausedUntil: state.pausedUntil };
}
