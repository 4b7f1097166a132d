/** A job to write straight into the store in engine tests: one fax to one number, no cover, sent now. */
import type { NewJob } from '../../main/engine/store/job-table';

export function newJob(documentId: number, patch: Partial<NewJob> = {}): NewJob {
  return {
    batchId: 'b',
    documentId,
    to: '+13125550100',
    contactName: null,
    from: '+12025550180',
    connectionId: '1',
    quality: 'high',
    subject: null,
    fileNames: [],
    hasCover: false,
    scheduledAt: null,
    ...patch,
  };
}
