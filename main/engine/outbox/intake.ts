/**
 * Turning "these files to these numbers" into jobs: numbers checked and normalised, the
 * document validated and prepared once (merged, normalised for fax), a cover page put in front
 * of it per recipient when asked, archived by content hash, and the jobs written — all before anything leaves
 * the machine. Any problem is refused here, with nothing queued: a number that is not valid,
 * or one that costs far more than a fax should while the person has not allowed those.
 */
import { randomUUID } from 'node:crypto';
import type { SourceFile } from '../documents';
import type { DocumentProcessor } from '../documents/processor';
import { FaxdeskError } from '../errors';
import { refuseCostlyNumbers } from '../numbers/costly-numbers';
import { parseFaxNumber } from '../numbers/phone-number';
import type { DocumentArchive } from '../store/document-archive';
import type { JobRecord } from '../store/job-records';
import type { JobStore } from '../store/job-store';
import type { NewJob } from '../store/job-table';
import { coverPageFor, prepareBody, sendingFrom, withCoverPage } from './fax-document';
import type { VolumeGuard, VolumePermit } from './volume-guard';
import type { FaxQuality } from '../../../domain/fax-quality';
import type { Settings } from '../../../domain/settings';
import { MAX_RECIPIENTS } from '../../../domain/send-limits';

export interface Recipient {
  number: string;
  name?: string | null;
}

export interface NewFaxRequest {
  documents: SourceFile[];
  recipients: Recipient[];
  cover?: { subject?: string | null; message?: string | null } | null;
  quality?: FaxQuality;
  /** Epoch ms; in the past or absent means now. */
  scheduledAt?: number | null;
  from?: string | null;
  connectionId?: string | null;
}

export interface IntakeDeps {
  store: JobStore;
  documents: DocumentProcessor;
  archive: DocumentArchive;
  settings: () => Settings;
  now: () => number;
  /** Asks the person before a large send (volume-guard.ts). */
  volume: VolumeGuard;
  /** The address book's name for a number, kept with the fax as it is now. */
  nameFor?: (number: string) => string | null;
  /** The desk's time zone: the cover page is dated in it, and it is kept with the fax for its report. */
  timeZone: string;
}

export async function createJobs(deps: IntakeDeps, request: NewFaxRequest): Promise<JobRecord[]> {
  const settings = deps.settings();
  const { from, connectionId } = sendingFrom(settings, request);
  if (request.recipients.length === 0) throw new FaxdeskError('invalid_number', 'Add at least one fax number.');
  if (request.recipients.length > MAX_RECIPIENTS) {
    throw new FaxdeskError('invalid_number', `One send can go to at most ${MAX_RECIPIENTS} numbers.`);
  }
  const parsed = request.recipients.map((r) => ({
    parsed: parseFaxNumber(r.number, settings.defaultCountry),
    name: r.name?.trim() || null,
  }));
  refuseCostlyNumbers(
    parsed.map((r) => r.parsed),
    settings.allowPremiumAndSatelliteNumbers,
  );
  const recipients = uniqueRecipients(parsed.map((r) => ({ number: r.parsed.number, name: r.name })));

  // Asked before the documents are prepared: a send the person does not want costs nothing more.
  const permit = await deps.volume.admit(recipients.length);
  try {
    return await queueJobs(deps, request, settings, { from, connectionId, recipients }, permit);
  } finally {
    permit.release();
  }
}

async function queueJobs(
  deps: IntakeDeps,
  request: NewFaxRequest,
  settings: Settings,
  send: { from: string; connectionId: string; recipients: Recipient[] },
  permit: VolumePermit,
): Promise<JobRecord[]> {
  const { from, connectionId, recipients } = send;

  const cover = request.cover ?? null;
  const subject = cover?.subject?.trim() || null;
  // The files' pages are made once per send; with a cover page, each recipient's goes in front of them.
  const body = await prepareBody(deps.documents, request.documents, settings, cover !== null);
  const documentFor = async (recipient: Recipient | null) => {
    const coverPage =
      cover && recipient
        ? coverPageFor(settings, from, cover, recipient, { now: deps.now(), timeZone: deps.timeZone })
        : null;
    const prepared = await withCoverPage(deps.documents, body, settings, coverPage);
    const path = deps.archive.put(prepared.pdf, prepared.sha256);
    return deps.store.addDocument({
      sha256: prepared.sha256,
      path,
      pages: prepared.pages,
      bytes: prepared.pdf.byteLength,
      sourceNames: request.documents.map((d) => d.name),
    });
  };

  // Without a cover page every recipient gets the same document; with one, each gets their own.
  const shared = cover ? null : await documentFor(null);
  const batchId = randomUUID();
  const jobs: NewJob[] = [];
  for (const recipient of recipients) {
    jobs.push({
      batchId,
      documentId: shared ?? (await documentFor(recipient)),
      to: recipient.number,
      contactName: recipient.name ?? null,
      recipientName: deps.nameFor?.(recipient.number) ?? null,
      timeZone: deps.timeZone,
      from,
      connectionId,
      quality: request.quality ?? settings.defaultQuality,
      subject,
      fileNames: request.documents.map((d) => d.name),
      hasCover: cover !== null,
      sandbox: settings.sandboxMode,
      scheduledAt: request.scheduledAt ?? null,
    });
  }
  return permit.queue(() => deps.store.createJobs(jobs));
}

/**
 * "Send again" queues a fax as surely as a new send does: the number rules as they are now,
 * and the volume guard. The outbox then decides whether this fax may be sent again at all.
 */
export async function resendJob(
  deps: Pick<IntakeDeps, 'store' | 'settings' | 'volume'>,
  jobId: string,
  resend: (jobId: string) => JobRecord,
): Promise<JobRecord> {
  const job = deps.store.get(jobId);
  // The outbox says why: not in the history, or sent from elsewhere.
  if (!job || job.origin === 'elsewhere') return resend(jobId);
  refuseCostlyNumbers(
    [parseFaxNumber(job.to, deps.settings().defaultCountry)],
    deps.settings().allowPremiumAndSatelliteNumbers,
  );
  const permit = await deps.volume.admit(1);
  try {
    return permit.queue(() => resend(jobId));
  } finally {
    permit.release();
  }
}

/** The same number twice in one send is almost certainly a slip: it gets one fax. */
function uniqueRecipients(recipients: Recipient[]): Recipient[] {
  const seen = new Map<string, Recipient>();
  for (const recipient of recipients) if (!seen.has(recipient.number)) seen.set(recipient.number, recipient);
  return [...seen.values()];
}
