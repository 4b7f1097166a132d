/**
 * The volume guard through the engine, on real records: a large send waits for a person's yes
 * and leaves nothing behind on a no; the hour is shared by two engines on one data folder (the
 * app and the command line), survives a restart, and is not reset by deleting faxes; "send
 * again" counts too.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngine, type Engine } from '../../../main/engine/engine';
import type { LargeBatchQuestion } from '../../../main/engine/outbox/large-batch-question';
import type { ConfirmLargeBatch } from '../../../main/engine/outbox/volume-guard';
import { MemorySecretStore } from '../../support/memory-secret-store';
import { textPdf } from '../../support/pdf-samples';

let dataDir: string;
let pdf: Uint8Array;
const engines: Engine[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-volume-'));
  pdf ??= await textPdf(1);
});
afterEach(async () => {
  await Promise.all(engines.splice(0).map((engine) => engine.close()));
  await rm(dataDir, { recursive: true, force: true });
});

/** An engine on the shared data folder; nothing here reaches Telnyx (the outbox never starts). */
function open(confirmLargeBatch?: ConfirmLargeBatch): Engine {
  const engine = createEngine({
    dataDir,
    secretStore: new MemorySecretStore(),
    log: () => undefined,
    ...(confirmLargeBatch ? { confirmLargeBatch } : {}),
  });
  engine.settings.update({ connectionId: '1293384261075731499', fromNumber: '+12025550180' });
  engines.push(engine);
  return engine;
}

/** `count` distinct ordinary numbers, starting at `from`; sent tomorrow, so nothing would go out. */
function send(engine: Engine, count: number, from = 0) {
  return engine.jobs.create({
    documents: [{ name: 'letter.pdf', bytes: pdf }],
    recipients: Array.from({ length: count }, (_, i) => ({ number: `+1312555${String(1000 + from + i)}` })),
    scheduledAt: Date.now() + 24 * 3_600_000,
  });
}

const answering = (yes: boolean) => vi.fn<ConfirmLargeBatch>(() => Promise.resolve(yes));

describe('the volume guard in the engine', () => {
  it('asks before 26 at once; a no writes nothing, a yes queues them', async () => {
    const no = answering(false);
    const engine = open(no);
    await expect(send(engine, 26)).rejects.toMatchObject({ code: 'not_confirmed' });
    expect(no).toHaveBeenCalledWith(expect.objectContaining({ faxes: 26, title: 'Queue 26 faxes?' }));
    expect(engine.jobs.list().total).toBe(0);
    expect(await readdir(dataDir)).not.toContain('documents');

    const questions: LargeBatchQuestion[] = [];
    const yes = open((question) => {
      questions.push(question);
      return Promise.resolve(true);
    });
    await expect(send(yes, 26)).resolves.toHaveLength(26);
    expect(questions).toHaveLength(1);
  });

  it('the same number twice is one fax, and counted once', async () => {
    const confirm = answering(true);
    const engine = open(confirm);
    const recipients = Array.from({ length: 50 }, () => ({ number: '+13125551000' }));
    await engine.jobs.create({ documents: [{ name: 'a.pdf', bytes: pdf }], recipients });
    expect(confirm).not.toHaveBeenCalled();
  });

  it('counts the hour across the app and the command line, and across a restart', async () => {
    const app = open(answering(true));
    await send(app, 25);
    await send(app, 25, 25);
    const cli = answering(false);
    await send(open(cli), 25, 50);
    await app.close();
    engines.splice(engines.indexOf(app), 1);

    const restarted = answering(false);
    const again = open(restarted);
    await send(again, 25, 75);
    expect(cli).not.toHaveBeenCalled();
    expect(restarted).not.toHaveBeenCalled();
    await expect(send(again, 1, 100)).rejects.toMatchObject({ code: 'not_confirmed' });
    expect(restarted).toHaveBeenCalledWith(expect.objectContaining({ faxes: 1, queuedInLastHour: 100 }));
    expect(again.jobs.list().total).toBe(100);
  });

  it('deleting faxes from history makes no room under the hour', async () => {
    const confirm = answering(false);
    const engine = open(confirm);
    for (let i = 0; i < 4; i++) {
      for (const job of await send(engine, 25, i * 25)) {
        await engine.jobs.cancel(job.id);
        await engine.jobs.delete(job.id);
      }
    }
    expect(engine.jobs.list().total).toBe(0);
    await expect(send(engine, 1, 200)).rejects.toMatchObject({ code: 'not_confirmed' });
  });

  it('"send again" counts, and is asked about past the hourly limit', async () => {
    const confirm = answering(false);
    const engine = open(confirm);
    const [first] = await send(engine, 25);
    for (let i = 1; i < 4; i++) await send(engine, 25, i * 25);
    await engine.jobs.cancel(first?.id ?? '');
    await expect(engine.jobs.resend(first?.id ?? '')).rejects.toMatchObject({ code: 'not_confirmed' });
    expect(engine.jobs.get(first?.id ?? '')?.status).toBe('cancelled');
    confirm.mockResolvedValue(true);
    await expect(engine.jobs.resend(first?.id ?? '')).resolves.toMatchObject({ status: 'waiting' });
  });

  it('"send again" follows the number rules as they are now', async () => {
    const engine = open(answering(true));
    engine.settings.update({ allowPremiumAndSatelliteNumbers: true });
    const [premium] = await engine.jobs.create({
      documents: [{ name: 'a.pdf', bytes: pdf }],
      recipients: [{ number: '+19005550100' }],
      scheduledAt: Date.now() + 3_600_000,
    });
    await engine.jobs.cancel(premium?.id ?? '');
    engine.settings.update({ allowPremiumAndSatelliteNumbers: false });
    await expect(engine.jobs.resend(premium?.id ?? '')).rejects.toMatchObject({ code: 'number_not_allowed' });
    expect(engine.jobs.get(premium?.id ?? '')?.status).toBe('cancelled');
  });

  it('an engine given no way to ask refuses large sends in words', async () => {
    const engine = open();
    await expect(send(engine, 26)).rejects.toMatchObject({
      code: 'not_confirmed',
      message: expect.stringMatching(/Nothing was queued: .* need a person to confirm them/),
    });
    await expect(send(engine, 25)).resolves.toHaveLength(25);
  });
});
