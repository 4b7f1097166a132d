/**
 * Waits keep their length when the desk's clock is set. The wall clock is moved by hand against
 * a monotonic clock, on real records: a wait still running moves with the step (so it ends after
 * the time it had left), a wait already over and a send scheduled for a time of day stay put,
 * slewing is not a step, and a grace wait further ahead than any grace could be — a clock set back
 * while Faxdesk was closed — is due at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WaitRebase } from '../../../main/engine/outbox/wait-rebase';
import { openDatabase } from '../../../main/engine/store/database';
import { JobStore } from '../../../main/engine/store/job-store';
import { WallClockWatch } from '../../../main/engine/time/wall-clock-watch';
import type { JobStatus, WaitReason } from '../../../domain/job-status';
import { newJob } from '../../support/new-job';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const dir = mkdtempSync(join(tmpdir(), 'faxdesk-wait-rebase-'));
const db = openDatabase(join(dir, 'faxdesk.db'));
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A wall clock and a monotonic clock, both moved by hand. */
function clocks(wallStart: number) {
  let wall = wallStart;
  let mono = 0;
  return {
    wall: () => wall,
    mono: () => mono,
    /** Real time passes: both clocks move. */
    pass: (ms: number) => {
      wall += ms;
      mono += ms;
    },
    /** Someone sets the wall clock. */
    step: (ms: number) => {
      wall += ms;
    },
    /** The computer sleeps: the monotonic clock stands still. */
    sleep: (ms: number) => {
      wall += ms;
    },
  };
}

describe('watching the wall clock', () => {
  it('sees a step either way, but not slewing, a first look, or looks too far apart', () => {
    const c = clocks(Date.UTC(2026, 3, 1, 9));
    const watch = new WallClockWatch(c.wall, c.mono);
    expect(watch.look()).toBeNull();
    c.pass(2_000);
    expect(watch.look()).toBeNull();
    // NTP slews at most 0.5 ms a second.
    c.pass(30_000);
    c.step(15);
    expect(watch.look()).toBeNull();
    c.pass(1_000);
    c.step(-HOUR);
    expect(watch.look()).toEqual({ stepMs: -HOUR, before: Date.UTC(2026, 3, 1, 9) + 32_015 });
    c.pass(1_000);
    c.step(15 * MINUTE);
    expect(watch.look()?.stepMs).toBe(15 * MINUTE);
    c.pass(2 * MINUTE);
    c.step(HOUR);
    expect(watch.look()).toBeNull();
  });
});

describe('rebasing waits', () => {
  const store = new JobStore(db);
  const documentId = store.addDocument({ sha256: 'b'.repeat(64), path: 'y.pdf', pages: 1, bytes: 10, sourceNames: [] });
  const job = (status: JobStatus, waitReason: WaitReason | null, nextActionAt: number | null) => {
    const [created] = store.createJobs([newJob(documentId, { fileNames: ['y.pdf'] })]);
    return store.updateJob(created?.id ?? '', { status, waitReason, nextActionAt }).id;
  };
  const nextOf = (id: string) => store.require(id).nextActionAt;
  const policy = { graceMs: 2 * MINUTE, offlineRetryMaxMs: 5 * MINUTE };

  it('moves running waits with a step of the clock, back or forward, and nothing else', () => {
    const c = clocks(Date.UTC(2026, 3, 1, 9));
    const t = c.wall();
    const rebase = new WaitRebase(db, policy, c.wall, c.mono);
    const grace = job('submitting', null, t + 90_000);
    const redial = job('waiting', 'redial', t + 5 * MINUTE);
    const poll = job('sending', null, t + 20_000);
    const over = job('waiting', 'offline', t - 1_000);
    const appointment = job('waiting', 'scheduled', t + 3 * HOUR);
    expect(rebase.apply()).toBe(0);

    c.pass(1_000);
    c.step(-HOUR);
    expect(rebase.apply()).toBe(3);
    expect([grace, redial, poll].map(nextOf)).toEqual([t + 90_000 - HOUR, t + 5 * MINUTE - HOUR, t + 20_000 - HOUR]);
    expect(nextOf(over)).toBe(t - 1_000);
    expect(nextOf(appointment)).toBe(t + 3 * HOUR);
    // The grace has 89 s to go, as it had before the clock was set back.
    expect((nextOf(grace) ?? 0) - c.wall()).toBe(89_000);

    c.pass(1_000);
    c.step(15 * MINUTE);
    rebase.apply();
    expect((nextOf(grace) ?? 0) - c.wall()).toBe(88_000);
    expect(nextOf(appointment)).toBe(t + 3 * HOUR);
  });

  it('lets waits run on for the awake time they had left after the computer slept', () => {
    const c = clocks(Date.UTC(2026, 3, 2, 9));
    const rebase = new WaitRebase(db, policy, c.wall, c.mono);
    const backoff = job('waiting', 'offline', c.wall() + 30_000);
    rebase.apply();
    c.pass(10_000);
    c.sleep(8 * HOUR);
    rebase.apply();
    expect((nextOf(backoff) ?? 0) - c.wall()).toBe(20_000);
  });

  it('makes due at once a grace wait further ahead than any grace, as after a clock set back while closed', () => {
    const c = clocks(Date.UTC(2026, 3, 3, 9));
    const rules = { graceMs: 2 * MINUTE, offlineRetryMaxMs: MINUTE };
    const stranded = job('submitting', null, c.wall() + HOUR);
    // The rest of a grace can run a little past the grace itself (judgeAbsence).
    const lateInGrace = job('submitting', null, c.wall() + 2 * MINUTE + 1_500);
    const redial = job('waiting', 'redial', c.wall() + HOUR);
    new WaitRebase(db, rules, c.wall, c.mono).apply();
    expect(nextOf(stranded)).toBe(c.wall());
    expect(nextOf(lateInGrace)).toBe(c.wall() + 2 * MINUTE + 1_500);
    expect(nextOf(redial)).toBe(c.wall() + HOUR);
  });
});
