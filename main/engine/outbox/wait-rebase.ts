/**
 * Keeps the outbox's waits to their length when the desk's clock is set. A job's next step is
 * stored as a wall-clock time (next_action_at), because it must survive a restart and be seen
 * by every process on the data folder; but a back-off, a redial delay, the rest of a grace
 * period are durations. When the wall clock steps (WallClockWatch), every such wait still
 * running is moved by the same step, so it ends after the time it had left: a clock set back
 * an hour does not add an hour to a two-minute grace, nor does one set forward cut it short.
 *
 * A send scheduled for a time of day is an appointment, not a duration: it stays put.
 *
 * A step while no Faxdesk was running cannot be seen. For the waits of a submission (the rest
 * of a grace period, a back-off between checks) the longest possible length is known, so one
 * that lies further ahead than that can only come from a clock set back, and is due at once:
 * checking early is always safe, since the grace itself is judged on Telnyx's clock, and the
 * check schedules the rest of it anew.
 */
import type { Db } from '../store/database';
import type { MonotonicClock } from '../time/monotonic-clock';
import { WallClockWatch } from '../time/wall-clock-watch';
import type { OutboxPolicy } from './policy';
import { longestGraceWaitMs } from './reconcile-clock';

export class WaitRebase {
  private readonly watch: WallClockWatch;

  constructor(
    private readonly db: Db,
    private readonly policy: Pick<OutboxPolicy, 'graceMs' | 'offlineRetryMaxMs'>,
    private readonly now: () => number,
    monotonic: MonotonicClock,
  ) {
    this.watch = new WallClockWatch(now, monotonic);
  }

  /** Call before reading which jobs are due; returns how many waits were moved. */
  apply(): number {
    return this.followStep() + this.bringInSubmissions();
  }

  private followStep(): number {
    const step = this.watch.look();
    if (!step) return 0;
    // Only waits still running at the previous look (one already over stays over), of jobs still
    // under way: the status list is jobs_due's, whose index then finds them.
    return this.db
      .prepare(
        `UPDATE jobs SET next_action_at = next_action_at + @step
         WHERE status IN ('waiting', 'submitting', 'sending', 'unconfirmed') AND next_action_at > @before
           AND NOT (status = 'waiting' AND wait_reason = 'scheduled')`,
      )
      .run({ step: Math.round(step.stepMs), before: step.before }).changes;
  }

  private bringInSubmissions(): number {
    // The longest a submission waits: the rest of a grace (judgeAbsence) or a back-off between checks.
    const longest = Math.max(longestGraceWaitMs(this.policy), this.policy.offlineRetryMaxMs);
    const now = this.now();
    return this.db
      .prepare(`UPDATE jobs SET next_action_at = @now WHERE status = 'submitting' AND next_action_at > @latest`)
      .run({ now, latest: now + longest }).changes;
  }
}
