/** A fax as jobs:list reports it, for the renderer's tests: one delivered one-page fax unless told otherwise. */
import type { JobSummary } from '../../../preload/contract';

export function jobSummary(patch: Partial<JobSummary> = {}): JobSummary {
  return {
    id: 'fax-1',
    to: '+12025550100',
    contactName: null,
    recipientName: null,
    from: '+12025550181',
    status: 'delivered',
    telnyxStatus: null,
    telnyxFaxId: null,
    pages: 1,
    attempts: 1,
    failureReason: null,
    failureText: null,
    waitReason: null,
    stalled: false,
    subject: null,
    files: [],
    scheduledAt: null,
    nextActionAt: null,
    createdAt: 1_000,
    updatedAt: 2_000,
    lastConfirmedAt: null,
    sandbox: false,
    origin: 'desk',
    hasDocument: true,
    ...patch,
  };
}
