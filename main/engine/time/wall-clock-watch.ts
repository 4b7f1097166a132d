/**
 * Notices when the desk's wall clock is set: between two looks, the wall clock should have moved
 * as far as the monotonic clock. When it moved further or less, someone (NTP, a person, a
 * laptop waking up) stepped it, and waits written as wall-clock times (a job's next_action_at)
 * would end early or late by the step. The outbox uses this to keep them to their length.
 *
 * A laptop's sleep reads as a forward step (the monotonic clock stands still while it sleeps):
 * waits then go on for the awake time they still had, as a monotonic timer would.
 */
import type { MonotonicClock } from './monotonic-clock';

export interface WallClockStep {
  /** How far the wall clock moved beyond real time: positive forward, negative back. */
  stepMs: number;
  /** The wall clock at the previous look, before the step. */
  before: number;
}

/** Slewing (NTP's gentle correction, at most 0.5 ms per second) never adds up to this between looks. */
const STEP_TOLERANCE_MS = 1_000;

/**
 * Looks further apart than this are not compared: the process may have lost the outbox to
 * another one in between, which then already made up for any step.
 */
const STALE_AFTER_MS = 60_000;

export class WallClockWatch {
  private last: { wall: number; mono: number } | null = null;

  constructor(
    private readonly wall: () => number,
    private readonly monotonic: MonotonicClock,
  ) {}

  /** The step since the previous look, or null when the clock ran true (or this is the first look). */
  look(): WallClockStep | null {
    const now = { wall: this.wall(), mono: this.monotonic() };
    const last = this.last;
    this.last = now;
    if (!last || now.mono - last.mono > STALE_AFTER_MS) return null;
    const stepMs = now.wall - last.wall - (now.mono - last.mono);
    return Math.abs(stepMs) > STEP_TOLERANCE_MS ? { stepMs, before: last.wall } : null;
  }
}
