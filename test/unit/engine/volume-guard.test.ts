/**
 * The volume guard on real records: when it asks, what it asks, what a "no" or a question it
 * could not ask leaves behind (nothing), and that sends side by side cannot slip under the limit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FaxdeskError } from '../../../main/engine/errors';
import {
  largeBatchQuestion,
  VOLUME_LIMITS,
  type LargeBatchQuestion,
} from '../../../main/engine/outbox/large-batch-question';
import { noOneToAsk, VolumeGuard, type ConfirmLargeBatch } from '../../../main/engine/outbox/volume-guard';
import { openDatabase, type Db } from '../../../main/engine/store/database';
import { SendLedger } from '../../../main/engine/store/send-ledger';

const HOUR = 3_600_000;
let dir: string;
let db: Db;
let clock: number;
let ledger: SendLedger;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-volume-'));
  db = openDatabase(join(dir, 'faxdesk.db'));
  clock = Date.UTC(2026, 2, 2, 9, 0);
  ledger = new SendLedger(db, () => clock);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function guard(confirm: ConfirmLargeBatch) {
  return new VolumeGuard({ ledger, confirm, now: () => clock });
}

/** Queues `faxes` through the guard, the way intake does. */
async function queue(volume: VolumeGuard, faxes: number): Promise<void> {
  const permit = await volume.admit(faxes);
  try {
    permit.queue(() => undefined);
  } finally {
    permit.release();
  }
}

const queued = () => ledger.queuedSince(clock - HOUR);

describe('VolumeGuard', () => {
  it('queues up to 25 at once and 100 in an hour without asking', async () => {
    const confirm = vi.fn<ConfirmLargeBatch>(() => Promise.resolve(true));
    const volume = guard(confirm);
    for (let i = 0; i < 4; i++) await queue(volume, 25);
    expect(confirm).not.toHaveBeenCalled();
    expect(queued()).toBe(100);
  });

  it('asks before 26 at once, and before the 101st fax of the hour', async () => {
    const questions: LargeBatchQuestion[] = [];
    const volume = guard((question) => {
      questions.push(question);
      return Promise.resolve(true);
    });
    await queue(volume, 26);
    expect(questions.map((q) => [q.faxes, q.queuedInLastHour])).toEqual([[26, 0]]);
    await queue(volume, 25);
    await queue(volume, 25);
    await queue(volume, 24);
    expect(questions).toHaveLength(1);
    await queue(volume, 1);
    expect(questions.map((q) => [q.faxes, q.queuedInLastHour])).toEqual([
      [26, 0],
      [1, 100],
    ]);
  });

  it('counts the hour from the records: an hour and a minute later there is room again', async () => {
    const confirm = vi.fn<ConfirmLargeBatch>(() => Promise.resolve(true));
    await queue(guard(confirm), 25);
    clock += 30 * 60_000;
    for (let i = 0; i < 3; i++) await queue(guard(confirm), 25);
    expect(confirm).not.toHaveBeenCalled();
    clock += 31 * 60_000; // the first 25 are now more than an hour old
    await queue(guard(confirm), 25);
    expect(confirm).not.toHaveBeenCalled();
    await queue(guard(confirm), 1);
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it('a clock put back does not make room', async () => {
    const confirm = vi.fn<ConfirmLargeBatch>(() => Promise.resolve(true));
    for (let i = 0; i < 4; i++) await queue(guard(confirm), 25);
    clock -= 2 * HOUR;
    await queue(guard(confirm), 1);
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it('a "no" refuses in words and leaves nothing counted', async () => {
    const volume = guard(() => Promise.resolve(false));
    await expect(volume.admit(30)).rejects.toMatchObject({
      code: 'not_confirmed',
      message: 'Nothing was queued: you chose not to send 30 faxes.',
    });
    expect(queued()).toBe(0);
  });

  it('without a way to ask, a large send is refused in words', async () => {
    await expect(guard(noOneToAsk).admit(26)).rejects.toMatchObject({
      code: 'not_confirmed',
      message: expect.stringMatching(
        /more than 25 faxes at once, or more than 100 in an hour, need a person to confirm/,
      ),
    });
  });

  it('a port that fails without words is reported as a question that could not be asked', async () => {
    const volume = guard(() => Promise.reject(new Error('window destroyed')));
    const refusal = volume.admit(40);
    await expect(refusal).rejects.toBeInstanceOf(FaxdeskError);
    await expect(refusal).rejects.toMatchObject({
      code: 'not_confirmed',
      message: /could not ask you to confirm 40 faxes/,
    });
  });

  it('asks one question at a time: a second large send meanwhile is refused as busy, not stacked', async () => {
    let answer: (yes: boolean) => void = () => undefined;
    const confirm = vi.fn<ConfirmLargeBatch>(() => new Promise((resolve) => (answer = resolve)));
    const volume = guard(confirm);
    const first = volume.admit(100);
    const others = await Promise.allSettled(Array.from({ length: 19 }, () => volume.admit(100)));
    expect(others.every((o) => o.status === 'rejected' && (o.reason as FaxdeskError).code === 'busy')).toBe(true);
    expect(confirm).toHaveBeenCalledTimes(1);
    answer(false);
    await expect(first).rejects.toMatchObject({ code: 'not_confirmed' });
    // The question is closed: the next large send is asked about again.
    const next = volume.admit(100);
    answer(true);
    await expect(next).resolves.toBeDefined();
  });

  it('sends side by side count each other before they are written', async () => {
    const confirm = vi.fn<ConfirmLargeBatch>(() => Promise.resolve(true));
    const volume = guard(confirm);
    const permits = await Promise.all(Array.from({ length: 4 }, () => volume.admit(25)));
    expect(confirm).not.toHaveBeenCalled();
    // 100 are let through and not yet written: the 101st is asked about.
    await volume.admit(1);
    expect(confirm).toHaveBeenCalledTimes(1);
    permits.forEach((permit) => permit.release());
  });

  it('a send that fails after it was let through gives its place back and counts nothing', async () => {
    const confirm = vi.fn<ConfirmLargeBatch>(() => Promise.resolve(true));
    const volume = guard(confirm);
    const permit = await volume.admit(25);
    expect(() =>
      permit.queue(() => {
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(queued()).toBe(0);
    for (let i = 0; i < 4; i++) await queue(volume, 25);
    expect(confirm).not.toHaveBeenCalled();
  });
});

describe('largeBatchQuestion()', () => {
  it('says how many, why it asks, and what to do if the person did not ask for it', () => {
    expect(largeBatchQuestion(2000, 0, VOLUME_LIMITS)).toMatchObject({
      title: 'Queue 2,000 faxes?',
      message:
        'This would queue 2,000 faxes at once. Faxdesk asks before queuing more than 25 faxes at once or more than 100 in an hour, ' +
        'so that nothing can run up your phone bill without you knowing. If you did not just ask to send them, choose "Don\'t queue".',
      confirmLabel: 'Queue 2,000 faxes',
      declineLabel: "Don't queue",
    });
  });

  it('counts the hour, the command line included', () => {
    expect(largeBatchQuestion(1, 100, VOLUME_LIMITS).message).toMatch(
      /^100 faxes were queued in the last hour \(in the Faxdesk window and from the command line together\); with this one that makes 101\. /,
    );
    expect(largeBatchQuestion(1, 100, VOLUME_LIMITS).title).toBe('Queue 1 fax?');
  });
});
