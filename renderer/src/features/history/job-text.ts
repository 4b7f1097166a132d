/**
 * A fax's state in words: the label of its chip, a few words beside it in the list, and in
 * the detail what happened and what Faxdesk will do next — from the job alone, so the list
 * and the detail always agree with each other and with the engine's own timeline texts.
 */
import type { JobStatus, JobSummary } from '../../../../preload/contract';
import { clockTime, fullTime } from './format-time';

/** The chip shows six states: "submitting" is a moment of sending, not a state of its own to a person. */
export type ChipKind = 'waiting' | 'sending' | 'delivered' | 'failed' | 'cancelled' | 'unconfirmed';

export const chipKind = (status: JobStatus): ChipKind => (status === 'submitting' ? 'sending' : status);

export const CHIP_LABEL: Record<ChipKind, string> = {
  waiting: 'Waiting',
  sending: 'Sending',
  delivered: 'Delivered',
  failed: 'Failed',
  cancelled: 'Cancelled',
  unconfirmed: 'Unconfirmed',
};

/** Short names for the reasons a redial is for (the full sentences come from the engine). */
const SHORT_REASON: Record<string, string> = {
  user_busy: 'Line busy',
  receiver_no_answer: 'No answer',
  receiver_no_response: 'No response from the fax machine',
  receiver_call_dropped: 'Call dropped',
  fax_initial_communication_timeout: 'No fax machine answered',
  carrier_lost: 'Connection lost',
  destination_unreachable: 'Number unreachable',
  service_unavailable: 'Fax service unavailable',
};

/** What stopped the last try, in a few words; `fallback` when the reason has no short name and no text. */
export function shortReason(job: JobSummary, fallback: string): string {
  return SHORT_REASON[job.failureReason ?? ''] ?? (job.failureText ? withoutStop(job.failureText) : fallback);
}

/** A few words for what Telnyx is doing with a fax it has. */
export const TELNYX_NOTE: Record<string, string> = {
  queued: 'Queued at Telnyx',
  'media.processed': 'Document prepared',
  originated: 'Dialling',
  sending: 'Sending pages',
};

const TELNYX_NEXT: Record<string, string> = {
  queued: 'Telnyx has the fax and dials shortly.',
  'media.processed': 'Telnyx has prepared the document and dials shortly.',
  originated: 'Dialling the fax number.',
  sending: 'Connected: the pages are going through.',
};

export const withoutStop = (text: string) => text.replace(/\.\s*$/, '');

export const UNCONFIRMED_TEXT =
  'Faxdesk could not confirm this fax was sent; check with the recipient before sending again.';

/**
 * What happened and what comes next, for the detail. `redialAttempts` is the setting the
 * outbox redials by; null while it is not known.
 */
export function nextStep(job: JobSummary, redialAttempts: number | null): string {
  switch (job.status) {
    case 'waiting':
      return waitingStep(job, redialAttempts);
    case 'submitting':
      return 'Handing the fax to Telnyx.';
    case 'sending':
      if (job.stalled) {
        const cancel = job.origin === 'desk' ? '; you can cancel it' : '';
        return `No progress from Telnyx for a while. Faxdesk keeps checking${cancel}.`;
      }
      return TELNYX_NEXT[job.telnyxStatus ?? ''] ?? 'Telnyx is sending the fax.';
    case 'delivered':
      return job.pages === null
        ? 'Delivered: every page went through.'
        : `Delivered: ${job.pages} ${job.pages === 1 ? 'page' : 'pages'} went through.`;
    case 'failed': {
      const what = job.failureText ?? 'The fax failed.';
      if (job.origin === 'elsewhere') return `${what} It was sent from elsewhere, so Faxdesk does not send it again.`;
      const tries =
        job.attempts > 1
          ? `Faxdesk tried ${job.attempts} times and will not try again on its own.`
          : 'Faxdesk will not try again on its own.';
      return `${what} ${tries}`;
    }
    case 'cancelled':
      return 'Cancelled. Faxdesk will not send it unless you send it again.';
    case 'unconfirmed':
      return UNCONFIRMED_TEXT;
  }
}

function waitingStep(job: JobSummary, redialAttempts: number | null): string {
  switch (job.waitReason) {
    case 'redial': {
      const reason = shortReason(job, 'The call did not go through');
      const when = job.nextActionAt ? `trying again at ${clockTime(job.nextActionAt)}` : 'trying again shortly';
      const attempt = `attempt ${job.attempts + 1}${redialAttempts ? ` of ${redialAttempts}` : ''}`;
      return `${reason} — ${when}, ${attempt}.`;
    }
    case 'offline':
      return 'Waiting for a connection to Telnyx; it goes out when the connection returns.';
    case 'scheduled':
      return job.scheduledAt ? `Scheduled for ${fullTime(job.scheduledAt)}.` : 'Scheduled for later.';
    case 'rate_limited':
      return job.nextActionAt
        ? `Telnyx asked Faxdesk to slow down; it goes out at ${clockTime(job.nextActionAt)}.`
        : 'Telnyx asked Faxdesk to slow down; it goes out shortly.';
    case 'account':
      return 'Waiting until the Telnyx account works again; check the account under Settings.';
    case 'in_flight_cap':
      return 'Many faxes are going out at once; this one goes out as soon as Telnyx has room.';
    default:
      return 'In the outbox; it goes out in a moment.';
  }
}

/** A fax sent from elsewhere is not this desk's to cancel or send again: only its own are. */
export const canCancel = (job: JobSummary) =>
  job.origin === 'desk' && (job.status === 'waiting' || job.status === 'submitting' || job.status === 'sending');

/**
 * Only a finished fax leaves history; one that may still go out must be cancelled first. One
 * from elsewhere that Telnyx no longer knows (unconfirmed) may go too: this desk would never send it.
 */
export const canDelete = (job: JobSummary) =>
  job.status === 'delivered' ||
  job.status === 'failed' ||
  job.status === 'cancelled' ||
  (job.origin === 'elsewhere' && job.status === 'unconfirmed');

export const canSendAgain = (job: JobSummary) =>
  job.origin === 'desk' && (job.status === 'failed' || job.status === 'cancelled' || job.status === 'unconfirmed');
