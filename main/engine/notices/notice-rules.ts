/**
 * Which changes to a fax deserve a desktop notification: a fax of this desk delivered, finally
 * failed or become unconfirmed, and a fax received. Intermediate states (waiting, sending, a
 * redial) stay quiet, and so does everything that was already so when Faxdesk started: the
 * watch is told what was still open at start (`seed`), and a fax it never heard of counts only
 * when it was made (sent) or began arriving (received) after that.
 *
 * Plain TypeScript on the engine's own records, so the rule is tested without Electron.
 */
import type { JobOrigin } from '../../../domain/job-origin';
import type { JobStatus } from '../../../domain/job-status';
import type { ReceivedStatus } from '../../../domain/received-fax';
import { explainFailure } from '../outbox/failure-reasons';

export const NOTICE_KINDS = ['delivered', 'failed', 'unconfirmed', 'received'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** One fax worth telling about; no document content, only who it was with. */
export interface Notice {
  kind: NoticeKind;
  direction: 'sent' | 'received';
  faxId: string;
  /** The other side's fax number (E.164, or as Telnyx gave it). */
  number: string;
  /** Why it failed, in words (kind 'failed'). */
  reason: string | null;
}

/** What the watch needs of a sent fax (a JobRecord has it). */
export interface SentFaxState {
  id: string;
  to: string;
  status: JobStatus;
  origin: JobOrigin;
  /** Telnyx's (or Faxdesk's) failure reason; told in words as the fax's detail tells it. */
  failureReason: string | null;
  createdAt: number;
}

/** What the watch needs of a received fax (a ReceivedFax has it). */
export interface ReceivedFaxState {
  id: string;
  from: string;
  status: ReceivedStatus;
  receivedAt: number;
}

const SENT_NOTICES: Partial<Record<JobStatus, NoticeKind>> = {
  delivered: 'delivered',
  failed: 'failed',
  unconfirmed: 'unconfirmed',
};

export class NoticeWatch {
  private readonly sent = new Map<string, JobStatus>();
  private readonly received = new Map<string, ReceivedStatus>();

  /** `startedAt`: when Faxdesk started; anything older it was not told of was settled before. */
  constructor(private readonly startedAt: number) {}

  /** A sent fax that was still open when Faxdesk started (waiting, sending, unconfirmed). */
  seedSent(id: string, status: JobStatus): void {
    this.sent.set(id, status);
  }

  /** A received fax whose call was still going on when Faxdesk started. */
  seedReceived(id: string, status: ReceivedStatus): void {
    this.received.set(id, status);
  }

  /** A sent fax changed: the notice it deserves, if any. */
  sentChanged(job: SentFaxState): Notice | null {
    const before = this.sent.get(job.id);
    this.sent.set(job.id, job.status);
    // Faxes from other desks are theirs to tell about.
    if (job.origin !== 'desk' || before === job.status) return null;
    if (before === undefined && job.createdAt < this.startedAt) return null;
    const kind = SENT_NOTICES[job.status];
    if (!kind) return null;
    return {
      kind,
      direction: 'sent',
      faxId: job.id,
      number: job.to,
      reason: kind === 'failed' ? explainFailure(job.failureReason).text : null,
    };
  }

  /** A received fax changed: a notice once it has fully arrived. */
  receivedChanged(fax: ReceivedFaxState): Notice | null {
    const before = this.received.get(fax.id);
    this.received.set(fax.id, fax.status);
    if (before === fax.status || fax.status !== 'received') return null;
    if (before === undefined && fax.receivedAt < this.startedAt) return null;
    return { kind: 'received', direction: 'received', faxId: fax.id, number: fax.from, reason: null };
  }

  /** A sent fax was deleted from history: forgotten, so its id holds nothing. */
  forgetSent(id: string): void {
    this.sent.delete(id);
  }
}

/** The Settings switch of each kind. */
export const NOTICE_SWITCHES = {
  delivered: 'notifyDelivered',
  failed: 'notifyFailed',
  unconfirmed: 'notifyUnconfirmed',
  received: 'notifyReceived',
} as const satisfies Record<NoticeKind, string>;

/** Whether the person wants this kind told, by its switch in Settings. */
export function isWanted(kind: NoticeKind, settings: Record<(typeof NOTICE_SWITCHES)[NoticeKind], boolean>): boolean {
  return settings[NOTICE_SWITCHES[kind]];
}
