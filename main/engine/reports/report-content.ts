/**
 * What a fax report says, in words, from the records alone (so it is the same offline, and the
 * same every time): the result, who it went from and to, its ids, its times in the time zone
 * kept with the fax, its pages, attempts and quality. The failure is told in the engine's own
 * words (outbox/failure-reasons.ts), as the history and the inbox tell it.
 */
import { formatFaxNumber } from '../../../domain/fax-number';
import { QUALITY_LABELS } from '../../../domain/fax-quality';
import { durationWords } from '../../../domain/duration-words';
import { FINAL_STATUSES } from '../../../domain/job-status';
import { explainFailure } from '../outbox/failure-reasons';
import type { AttemptRecord, EventRecord, JobRecord } from '../store/job-records';
import type { ReceivedEventRecord, ReceivedRecord } from '../store/received-records';
import { reportTime } from './report-time';

export const NOT_REPORTED = 'not reported by the carrier';
/** A fax kept before Faxdesk kept time zones with faxes is reported in UTC, said as such. */
const UNKNOWN_ZONE = 'UTC';

export interface ReportContent {
  title: 'Fax transmission report' | 'Fax reception report';
  /** "OK", "FAILED", "CANCELLED" or "NOT FINISHED", drawn large. */
  result: string;
  /** Why, in plain words; null when it went through whole. */
  reason: string | null;
  /** Label and value, in the order drawn. */
  rows: Array<[string, string]>;
  /** "1. 30 November 2026, 14:02:05 … — Delivered". */
  attempts: string[];
  /** The moment the report is dated with (its PDF's dates): when the fax ended, or was last changed. */
  dated: number;
}

/** Who the desk is, for the side of the fax that is this desk. */
export interface DeskIdentity {
  name: string | null;
}

const party = (name: string | null, number: string) =>
  name ? `${name}, ${formatFaxNumber(number)}` : formatFaxNumber(number);

export function sentReportContent(
  job: JobRecord,
  attempts: AttemptRecord[],
  events: EventRecord[],
  desk: DeskIdentity,
): ReportContent {
  const zone = job.timeZone ?? UNKNOWN_ZONE;
  const at = (ms: number | null) => (ms === null ? 'not yet' : reportTime(ms, zone));
  const finished = FINAL_STATUSES.has(job.status) ? (endedAt(events) ?? job.updatedAt) : null;
  const started = attempts.find((a) => a.postedAt !== null)?.postedAt ?? firstEventAt(events, 'sending');
  const recipientName = job.contactName ?? job.recipientName;
  const rows: Array<[string, string]> = [
    ['From', party(desk.name, job.from)],
    ['To', party(recipientName, job.to)],
    ['Job id', job.id],
    ['Telnyx fax id', job.telnyxFaxId ?? 'none (the fax did not reach Telnyx)'],
    ['Submitted', at(job.createdAt)],
    ['Sending started', at(started)],
    ['Finished', at(finished)],
    ['Call duration', NOT_REPORTED],
    ['Pages sent', sentPages(job)],
    ['Quality', QUALITY_LABELS[job.quality]],
    ['Remote ID', NOT_REPORTED],
  ];
  if (job.sandbox) rows.push(['Sandbox', 'made in sandbox mode: nothing was faxed']);
  return {
    title: 'Fax transmission report',
    ...sentResult(job),
    rows,
    attempts:
      attempts.length > 0
        ? attempts.map((a) => `${a.number}. ${reportTime(a.postedAt ?? a.createdAt, zone)} — ${attemptOutcome(a)}`)
        : [job.origin === 'elsewhere' ? 'Sent from elsewhere on the account: no attempts made here.' : 'None yet.'],
    dated: finished ?? job.updatedAt,
  };
}

export function receivedReportContent(
  fax: ReceivedRecord,
  events: ReceivedEventRecord[],
  desk: DeskIdentity,
): ReportContent {
  const zone = fax.timeZone ?? UNKNOWN_ZONE;
  const finished = fax.status === 'received' || fax.status === 'failed' ? callEndedAt(events, fax.status) : null;
  const rows: Array<[string, string]> = [
    ['From', fax.from.startsWith('+') ? party(fax.senderName, fax.from) : fax.from || 'Unknown sender'],
    ['Caller id', fax.callerId?.trim() || NOT_REPORTED],
    ['To', party(desk.name, fax.to)],
    ['Fax id', fax.id],
    ['Telnyx fax id', fax.telnyxFaxId],
    ['Call started', reportTime(fax.receivedAt, zone)],
    ['Finished', finished === null ? 'not yet' : reportTime(finished, zone)],
    ['Call duration', fax.callDurationSecs === null ? NOT_REPORTED : durationWords(fax.callDurationSecs)],
    ['Pages received', receivedPages(fax)],
    ['Quality', NOT_REPORTED],
    ['Remote ID', NOT_REPORTED],
  ];
  if (fax.sandbox) rows.push(['Sandbox', 'received through the sandbox: nothing was faxed']);
  return {
    title: 'Fax reception report',
    ...receivedResult(fax),
    rows,
    attempts: [`1. ${reportTime(fax.receivedAt, zone)} — ${receivedOutcome(fax)}`],
    dated: finished ?? fax.updatedAt,
  };
}

function sentResult(job: JobRecord): Pick<ReportContent, 'result' | 'reason'> {
  switch (job.status) {
    case 'delivered':
      return { result: 'OK', reason: null };
    case 'failed':
      return { result: 'FAILED', reason: explainFailure(job.failureReason).text };
    case 'cancelled':
      return { result: 'CANCELLED', reason: 'The fax was cancelled before it was delivered.' };
    default:
      return { result: 'NOT FINISHED', reason: 'The fax has not reached its final state yet.' };
  }
}

function receivedResult(fax: ReceivedRecord): Pick<ReportContent, 'result' | 'reason'> {
  if (fax.status === 'failed') return { result: 'FAILED', reason: explainFailure(fax.failureReason).text };
  if (fax.status !== 'received') return { result: 'NOT FINISHED', reason: 'The fax is still being received.' };
  return { result: 'OK', reason: fax.partial ? 'Only part of the fax arrived.' : null };
}

function sentPages(job: JobRecord): string {
  if (job.pages === null) return NOT_REPORTED;
  const of = `of the document's ${job.pages}`;
  return job.status === 'delivered' ? `${job.pages} ${of}` : `${NOT_REPORTED} (${of})`;
}

function receivedPages(fax: ReceivedRecord): string {
  if (fax.pages === null) return fax.status === 'failed' ? '0' : NOT_REPORTED;
  return fax.partial ? `${fax.pages} (only part of the fax arrived)` : String(fax.pages);
}

function attemptOutcome(attempt: AttemptRecord): string {
  switch (attempt.phase) {
    case 'final':
      return attempt.telnyxStatus === 'delivered' ? 'Delivered' : explainFailure(attempt.failureReason).text;
    case 'refused':
      return `Refused by Telnyx${attempt.failureReason ? `: ${explainFailure(attempt.failureReason).text}` : ''}`;
    case 'absent':
      return 'Did not reach Telnyx.';
    default:
      return 'In progress';
  }
}

function receivedOutcome(fax: ReceivedRecord): string {
  if (fax.status === 'failed') return explainFailure(fax.failureReason).text;
  return fax.status === 'received' ? 'Received' : 'In progress';
}

function firstEventAt(events: EventRecord[], status: EventRecord['status']): number | null {
  return events.find((e) => e.status === status)?.at ?? null;
}

/** When the fax reached its final state: the first final line after its last try (a resend starts again). */
function endedAt(events: EventRecord[]): number | null {
  const lastOpen = events.findLastIndex((e) => !FINAL_STATUSES.has(e.status));
  return events.slice(lastOpen + 1).find((e) => FINAL_STATUSES.has(e.status))?.at ?? null;
}

/** The first line that said the call ended the way it did (later lines are about the document). */
function callEndedAt(events: ReceivedEventRecord[], status: ReceivedRecord['status']): number | null {
  return events.find((e) => e.status === status)?.at ?? null;
}
