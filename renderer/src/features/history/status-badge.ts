/**
 * The badge a fax wears in the list and atop its detail, and the few words beside it. A
 * waiting fax says which kind of waiting it is, each with its own shape and colour family
 * (a redial after a busy line, a scheduled time, no connection, an account to fix), and the
 * tries a fax took are told here instead of in a column of their own. From the job alone, so
 * the list and the detail agree.
 */
import type { JobSummary } from '../../../../preload/contract';
import { clockTime, whenTime } from './format-time';
import { CHIP_LABEL, chipKind, shortReason, TELNYX_NOTE, withoutStop, type ChipKind } from './job-text';

/** The chip's six states, and the four kinds of waiting that each have a badge of their own. */
export type BadgeKind = ChipKind | 'redial' | 'scheduled' | 'offline' | 'attention';

export interface StatusBadge {
  kind: BadgeKind;
  /** What the badge says: "Busy — retry 2 of 3", "Scheduled 4:00 PM". */
  label: string;
  /** A few words under it, or null when the badge says it all. */
  note: string | null;
}

/**
 * `redialAttempts` is the setting the outbox redials by (how many tries in all), null while it
 * is not known; `now` places a scheduled time on today or another day.
 */
export function statusBadge(job: JobSummary, redialAttempts: number | null, now: number = Date.now()): StatusBadge {
  if (job.status === 'waiting') return waitingBadge(job, redialAttempts, now);
  const kind = chipKind(job.status);
  return { kind, label: CHIP_LABEL[kind], note: finishedNote(job) };
}

function waitingBadge(job: JobSummary, redialAttempts: number | null, now: number): StatusBadge {
  switch (job.waitReason) {
    case 'redial': {
      const retry = `retry ${job.attempts + 1}${redialAttempts ? ` of ${redialAttempts}` : ''}`;
      return {
        kind: 'redial',
        label: `${shortReason(job, 'Not through')} — ${retry}`,
        note: job.nextActionAt ? `Trying again at ${clockTime(job.nextActionAt)}` : 'Trying again shortly',
      };
    }
    case 'scheduled':
      return {
        kind: 'scheduled',
        label: job.scheduledAt ? `Scheduled ${whenTime(job.scheduledAt, now)}` : 'Scheduled',
        note: null,
      };
    case 'offline':
      return { kind: 'offline', label: 'Offline', note: 'Goes out when Telnyx can be reached' };
    case 'account':
      return { kind: 'attention', label: 'Needs attention', note: 'Check the Telnyx account in Settings' };
    case 'rate_limited':
      return { kind: 'waiting', label: CHIP_LABEL.waiting, note: 'Telnyx asked to slow down' };
    case 'in_flight_cap':
      return { kind: 'waiting', label: CHIP_LABEL.waiting, note: 'Waiting for room at Telnyx' };
    default:
      return { kind: 'waiting', label: CHIP_LABEL.waiting, note: 'In the outbox' };
  }
}

/** Sending, done or stopped: what Telnyx is doing, why it failed, and how many tries it took. */
function finishedNote(job: JobSummary): string | null {
  const tries = job.attempts > 1 ? `${job.attempts} attempts` : null;
  switch (job.status) {
    case 'submitting':
      return 'Handing to Telnyx';
    case 'sending':
      return job.stalled ? 'No progress for a while' : (TELNYX_NOTE[job.telnyxStatus ?? ''] ?? null);
    case 'failed':
      return joinNote(job.failureText ? withoutStop(job.failureText) : null, tries);
    case 'delivered':
      return tries && `After ${tries}`;
    case 'unconfirmed':
      return 'Check with the recipient';
    default:
      return tries;
  }
}

const joinNote = (...parts: Array<string | null>) => parts.filter(Boolean).join(' · ') || null;
