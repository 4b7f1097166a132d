/**
 * The volume guard: a send of more than 25 faxes, or one that takes the faxes queued within an
 * hour past 100, is queued only once a person has said yes. A page that was made to misbehave
 * could otherwise queue thousands of faxes in a second; the question goes through a port the
 * page cannot reach (a native dialog in the app, the terminal in the command line), and the
 * hour is counted from the records, so a restart or the other program does not reset it.
 *
 * One question at a time: while one is open, other large sends are refused as busy rather than
 * stacked up behind it, so a flood of requests becomes one dialog, not a thousand.
 */
import { FaxdeskError } from '../errors';
import type { SendLedger } from '../store/send-ledger';
import {
  faxCount,
  largeBatchQuestion,
  VOLUME_LIMITS,
  type LargeBatchQuestion,
  type VolumeLimits,
} from './large-batch-question';

/**
 * Asks the person. Resolves true to queue, false not to; may reject with a FaxdeskError whose
 * words say why it could not ask (no terminal, no window).
 */
export type ConfirmLargeBatch = (question: LargeBatchQuestion) => Promise<boolean>;

/** For an engine that was given no way to ask: large sends are refused, in words. */
export const noOneToAsk: ConfirmLargeBatch = (question) =>
  Promise.reject(
    new FaxdeskError(
      'not_confirmed',
      `Nothing was queued: more than ${question.limits.atOnce} faxes at once, or more than ${question.limits.perHour} in an hour, ` +
        'need a person to confirm them, and Faxdesk has no way to ask one here.',
    ),
  );

/** A send let through the guard, until its faxes are written or it is given up. */
export interface VolumePermit {
  /** Runs `write` (which queues the faxes) and counts them in the ledger, in one transaction. */
  queue<T>(write: () => T): T;
  /** The send failed after it was let through: its place under the limit is given back. */
  release(): void;
}

const HOUR_MS = 3_600_000;

export interface VolumeGuardDeps {
  ledger: SendLedger;
  confirm: ConfirmLargeBatch;
  now: () => number;
  limits?: VolumeLimits;
}

export class VolumeGuard {
  /** Faxes let through but not yet written: sends in progress count before they are on disk. */
  private reserved = 0;
  private asking = false;
  private readonly limits: VolumeLimits;

  constructor(private readonly deps: VolumeGuardDeps) {
    this.limits = deps.limits ?? VOLUME_LIMITS;
  }

  /** Lets a send of `faxes` through, asking the person first when it is large; throws otherwise. */
  async admit(faxes: number): Promise<VolumePermit> {
    // Read and reserved without an await in between, so sends side by side cannot all slip under.
    const queuedInLastHour = this.deps.ledger.queuedSince(this.deps.now() - HOUR_MS) + this.reserved;
    if (faxes > this.limits.atOnce || queuedInLastHour + faxes > this.limits.perHour) {
      await this.ask(largeBatchQuestion(faxes, queuedInLastHour, this.limits));
    }
    return this.reserve(faxes);
  }

  private async ask(question: LargeBatchQuestion): Promise<void> {
    if (this.asking) {
      throw new FaxdeskError(
        'busy',
        `Nothing was queued: Faxdesk is already asking you about another large send. Answer that question first, then try again.`,
      );
    }
    this.asking = true;
    let yes: boolean;
    try {
      yes = await this.deps.confirm(question);
    } catch (error) {
      if (error instanceof FaxdeskError) throw error;
      throw new FaxdeskError(
        'not_confirmed',
        `Nothing was queued: Faxdesk could not ask you to confirm ${faxCount(question.faxes)}. Try again.`,
        { cause: error },
      );
    } finally {
      this.asking = false;
    }
    if (yes !== true) {
      throw new FaxdeskError('not_confirmed', `Nothing was queued: you chose not to send ${faxCount(question.faxes)}.`);
    }
  }

  private reserve(faxes: number): VolumePermit {
    this.reserved += faxes;
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      this.reserved -= faxes;
    };
    return {
      queue: (write) => {
        if (!held) throw new Error('this permit was already used or given back');
        try {
          return this.deps.ledger.record(faxes, write);
        } finally {
          release();
        }
      },
      release,
    };
  }
}
