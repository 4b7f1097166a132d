/**
 * What reconciliation may conclude from the clocks (DESIGN.md §3). After a create whose answer
 * was lost, Faxdesk lists Telnyx's faxes for the number and looks for the attempt's
 * client_state. Found settles it. Not found is only "absent" once the grace period has passed
 * since the create left: a request still being processed must have had time to show up.
 *
 * Every time here is Telnyx's, read from the Date headers of its answers (server-clock.ts):
 * Telnyx stamps created_at with its own clock, so the search window must be in that clock, and
 * measuring the grace on it too keeps the desk's clock out entirely — a desk 15 minutes fast or
 * slow, or one corrected halfway through the grace, changes nothing.
 *
 * What is persisted is the attempt's `postedAt`: Telnyx's time (the upper bound) when the create
 * left. A monotonic clock would measure the grace as well while the process lives, but it starts
 * again from nothing after a restart, and a crash while `posting` is exactly when the grace is
 * needed. Telnyx's time survives: after a restart the next answer's Date tells how long it has
 * been, on the same clock that stamped the fax.
 *
 * When Telnyx's time is not known (no Date header ever heard, or one too far from the desk's
 * clock to be believed), absence cannot be proven: the verdict is "cannot tell", and the job
 * ends unconfirmed rather than faxed twice.
 */
import type { TelnyxClock, TelnyxTime } from '../telnyx/server-clock';
import { WIDEST_READING_MS } from '../telnyx/server-clock';
import type { OutboxPolicy } from './policy';

/**
 * A reading used to date a create must be this recent: the monotonic clock stands still while
 * the computer sleeps, so an old reading carried forward can run behind Telnyx's time, and an
 * upper bound that runs behind would end the grace early. The upload answers seconds before.
 */
export const FRESH_READING_MS = 30_000;

/**
 * How far past the grace its rest may run before Faxdesk looks again: the two Date headers'
 * whole seconds (the create's and the search's). A wait that needs longer, because a request was
 * slow, ends in another look, which costs one list request and risks nothing.
 */
const GRACE_WAIT_SLACK_MS = 2_000;

/** The longest a submission waits for the rest of a grace period before looking again. */
export function longestGraceWaitMs(policy: Pick<OutboxPolicy, 'graceMs'>): number {
  return policy.graceMs + GRACE_WAIT_SLACK_MS;
}

export type AbsenceVerdict =
  { kind: 'absent' } | { kind: 'too_soon'; waitMs: number } | { kind: 'cannot_tell'; reason: string };

type ClockPolicy = Pick<OutboxPolicy, 'graceMs' | 'maxClockSkewMs'>;

/**
 * When a search looked, on Telnyx's clock: the moment its first page (the newest faxes) was
 * asked for, so every fax created before `telnyxTime.earliest` was there to be seen.
 */
export interface SearchTime {
  telnyxTime: TelnyxTime | null;
  /** Telnyx's clock minus the desk's. */
  skewMs: number | null;
}

/**
 * The search that asked for its first page at monotonic `askedAt`, dated once that page is back
 * (its Date header then being the clock's newest reading).
 */
export function searchTime(clock: TelnyxClock, askedAt: number): SearchTime {
  return { telnyxTime: clock.at(askedAt), skewMs: clock.skewMs() };
}

/** Whether the clock has a reading recent enough to date a create that leaves now. */
export function hasFreshReading(clock: TelnyxClock): boolean {
  const age = clock.ageMs();
  return age !== null && age <= FRESH_READING_MS;
}

/**
 * Telnyx's time as a create leaves, to store as the attempt's postedAt: the upper bound, so the
 * grace is never counted from too early. Null when it cannot be known or believed.
 */
export function telnyxTimeOfPosting(clock: TelnyxClock, policy: ClockPolicy): number | null {
  const time = clock.now();
  const skew = clock.skewMs();
  if (!time || skew === null || !hasFreshReading(clock)) return null;
  // A Date header days away from the desk's clock may not be Telnyx's at all (a proxy's, say).
  if (Math.abs(skew) > policy.maxClockSkewMs) return null;
  return Math.ceil(time.latest);
}

/**
 * The created_at lower bound for the search, in Telnyx's time; null means search without one
 * (the fax, if it exists, is still among the number's faxes, only further to look).
 */
export function searchSince(postedAt: number | null, policy: Pick<OutboxPolicy, 'reconcileMarginMs'>): string | null {
  if (postedAt === null) return null;
  // postedAt is the interval's upper end; its lower end is at most WIDEST_READING_MS before.
  return new Date(postedAt - WIDEST_READING_MS - policy.reconcileMarginMs).toISOString();
}

/** Given that a search did not find the attempt's fax, may it be taken as never created? */
export function judgeAbsence(postedAt: number | null, searched: SearchTime, policy: ClockPolicy): AbsenceVerdict {
  const { telnyxTime, skewMs: skew } = searched;
  // The most useful reason first: a clock a person can set right.
  if (skew !== null && Math.abs(skew) > policy.maxClockSkewMs) {
    return cannotTell(
      `This computer's clock is ${describeSpan(Math.abs(skew))} ${skew > 0 ? 'behind' : 'ahead of'} Telnyx's, too far ` +
        "off to reason about when the fax was created. Set the computer's date and time correctly.",
    );
  }
  if (postedAt === null) {
    return cannotTell(
      'When it left, Faxdesk could not tell what time it was at Telnyx, so it cannot rule out that Telnyx created it.',
    );
  }
  if (!telnyxTime || skew === null) {
    return cannotTell(
      "Telnyx's answers do not say what time it is there (their Date header is missing; a proxy may remove it), " +
        'so Faxdesk cannot tell whether Telnyx has had time to list the fax.',
    );
  }
  // The least time that had passed at Telnyx, between the create leaving and the search looking.
  const elapsed = telnyxTime.earliest - postedAt;
  if (elapsed < -WIDEST_READING_MS) {
    return cannotTell(
      "Telnyx's clock now reads earlier than when the fax left, so Faxdesk cannot tell how long it has been.",
    );
  }
  if (elapsed >= policy.graceMs) return { kind: 'absent' };
  return { kind: 'too_soon', waitMs: Math.ceil(Math.min(policy.graceMs - elapsed, longestGraceWaitMs(policy))) };
}

function cannotTell(reason: string): AbsenceVerdict {
  return { kind: 'cannot_tell', reason };
}

/** "3 days", "5 hours", "40 minutes": how far off a clock is, in words, rounded to the largest unit. */
export function describeSpan(ms: number): string {
  const units: Array<[number, string]> = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
  ];
  // A skew measured at 2 days 23:59:59.5 is "3 days", not "2 days".
  const [size, name] = units.find(([unit]) => ms >= unit * 0.99) ?? [1_000, 'second'];
  const count = Math.max(1, Math.round(ms / size));
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}
