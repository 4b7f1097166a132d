/**
 * `engine.reports`: the report of one fax, sent or received, made from the records and its
 * archived document only — the same offline, and the same bytes every time it is made.
 */
import { readFile } from 'node:fs/promises';
import type { Settings } from '../../../domain/settings';
import { zonedTime } from '../documents/zoned-time';
import { FaxdeskError } from '../errors';
import type { InboxRecords } from '../inbox/inbox-service';
import type { JobRecords } from '../jobs-service';
import type { DocumentRecord } from '../store/job-records';
import { receivedReportContent, sentReportContent, type ReportContent } from './report-content';
import { drawReport } from './report-pdf';

export interface FaxReport {
  direction: 'sent' | 'received';
  pdf: Uint8Array;
  /** "Fax report 2026-11-30 to +13125550100 3f2a9c1d.pdf": the date, the other number and the id. */
  fileName: string;
}

export interface ReportServiceDeps {
  records: () => Pick<JobRecords, 'store' | 'archive'> & Pick<InboxRecords, 'received' | 'documents'>;
  settings: () => Settings;
}

export function createReportService(deps: ReportServiceDeps) {
  const { records, settings } = deps;
  const documentBytes = (document: DocumentRecord | null) =>
    document ? readFile(records().archive.absolutePath(document.path)) : Promise.resolve(null);
  const draw = async (content: ReportContent, document: Uint8Array | null) =>
    drawReport({ content, document, paper: settings().paperSize, firstPage: settings().reportFirstPage });

  return {
    /** The report of the sent or received fax with this full id; refused in words when there is none. */
    make: async (id: string): Promise<FaxReport> => {
      const { store, received, documents } = records();
      const desk = { name: settings().senderName };
      const job = store.get(id);
      if (job) {
        const content = sentReportContent(job, store.attempts(id), store.events(id), desk);
        const document = await documentBytes(job.documentId === null ? null : store.document(job.documentId));
        const fileName = reportFileName(job.createdAt, job.timeZone, `to ${job.to}`, id);
        return { direction: 'sent', pdf: await draw(content, document), fileName };
      }
      const fax = received.get(id);
      if (!fax) throw new FaxdeskError('job_not_found', 'There is no fax with that id, sent or received.');
      const content = receivedReportContent(fax, received.events(id), desk);
      const readable = fax.archiveState === 'archived' && !fax.documentProblem && fax.documentId !== null;
      const document = await documentBytes(readable ? documents.get(fax.documentId ?? -1) : null);
      const fileName = reportFileName(fax.receivedAt, fax.timeZone, `from ${fax.from || 'unknown'}`, id);
      return { direction: 'received', pdf: await draw(content, document), fileName };
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;

function reportFileName(at: number, timeZone: string | null, other: string, id: string): string {
  const { year, month, day } = zonedTime(new Date(at), timeZone ?? 'UTC');
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // Only what every file system takes: a number's + stays, anything else odd becomes _.
  const safeOther = other.replace(/[^\w +-]/g, '_');
  return `Fax report ${date} ${safeOther} ${id.slice(0, 8)}.pdf`;
}
