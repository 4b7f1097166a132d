/**
 * The question the volume guard asks before a large send, in words. Written once here so the
 * window's dialog and the command line's prompt ask exactly the same thing.
 */

export interface VolumeLimits {
  /** More faxes than this in one send are asked about. */
  atOnce: number;
  /** More faxes than this queued within an hour (app and command line together) are asked about. */
  perHour: number;
}

export const VOLUME_LIMITS: VolumeLimits = { atOnce: 25, perHour: 100 };

export interface LargeBatchQuestion {
  /** Faxes this send would queue. */
  faxes: number;
  /** Faxes already queued in the last hour, before this send. */
  queuedInLastHour: number;
  limits: VolumeLimits;
  /** "Queue 2,000 faxes?" */
  title: string;
  /** Why Faxdesk asks, and what to do when the person did not ask for this. */
  message: string;
  /** The button (or answer) that queues them: "Queue 2,000 faxes". */
  confirmLabel: string;
  /** The one that does not, and is the default: "Don't queue". */
  declineLabel: string;
}

/** The question for a send of `faxes` after `queuedInLastHour` others. */
export function largeBatchQuestion(faxes: number, queuedInLastHour: number, limits: VolumeLimits): LargeBatchQuestion {
  const count = faxCount(faxes);
  const reasons: string[] = [];
  if (faxes > limits.atOnce) reasons.push(`This would queue ${count} at once.`);
  // With none before it, a send over the hourly limit is over the one for a single send too.
  if (queuedInLastHour > 0 && queuedInLastHour + faxes > limits.perHour) {
    reasons.push(
      `${capitalized(faxCount(queuedInLastHour))} ${queuedInLastHour === 1 ? 'was' : 'were'} queued in the last hour ` +
        `(in the Faxdesk window and from the command line together); with ${faxes === 1 ? 'this one' : 'these'} ` +
        `that makes ${formatCount(queuedInLastHour + faxes)}.`,
    );
  }
  return {
    faxes,
    queuedInLastHour,
    limits,
    title: `Queue ${count}?`,
    message: [
      ...reasons,
      `Faxdesk asks before queuing more than ${limits.atOnce} faxes at once or more than ${limits.perHour} in an hour, ` +
        'so that nothing can run up your phone bill without you knowing.',
      `If you did not just ask to send ${faxes === 1 ? 'it' : 'them'}, choose "Don't queue".`,
    ].join(' '),
    confirmLabel: `Queue ${count}`,
    declineLabel: "Don't queue",
  };
}

/** "1 fax", "2,000 faxes". */
export function faxCount(faxes: number): string {
  return `${formatCount(faxes)} ${faxes === 1 ? 'fax' : 'faxes'}`;
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
