/**
 * A send to a premium-rate or satellite number is refused whole, before anything is written:
 * no job, no document, no archived file. With the setting on, the same send is queued.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../main/engine/engine';
import { MemorySecretStore } from '../../support/memory-secret-store';
import { textPdf } from '../../support/pdf-samples';

let dataDir: string;
let engine: Engine;
let pdf: Uint8Array;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-costly-'));
  // Nothing here reaches Telnyx: the outbox is never started.
  engine = createEngine({ dataDir, secretStore: new MemorySecretStore(), log: () => undefined });
  engine.settings.update({ connectionId: '1293384261075731499', fromNumber: '+12025550180' });
  pdf ??= await textPdf(1);
});

afterEach(async () => {
  await engine.close();
  await rm(dataDir, { recursive: true, force: true });
});

const send = (numbers: string[]) =>
  engine.jobs.create({
    documents: [{ name: 'letter.pdf', bytes: pdf }],
    recipients: numbers.map((number) => ({ number })),
  });

async function archivedFiles(): Promise<string[]> {
  return readdir(join(dataDir, 'documents'), { recursive: true }).catch(() => []);
}

describe('costly numbers at intake', () => {
  it.each([
    ['+1 900 555 0100', /\+1 900 555 0100 is a premium-rate number/],
    ['+44 909 879 0000', /\+44 909 879 0000 is a premium-rate number/],
    ['+49 900 1 234567', /premium-rate number/],
    ['+33 8 99 12 34 56', /premium-rate number/],
    ['+870 773 111 632', /satellite number \(Inmarsat\)/],
    ['+881 631 234 567', /satellite number/],
    ['+882 16 1234 5678', /international network/],
    ['+979 1234 56789', /international premium-rate number/],
  ])('refuses a send that includes %s, and writes nothing', async (costly, message) => {
    await expect(send(['+12025550100', costly])).rejects.toMatchObject({ code: 'number_not_allowed', message });
    expect(engine.jobs.list().total).toBe(0);
    expect(await archivedFiles()).toEqual([]);
  });

  it('queues ordinary numbers of other countries, shared-cost and +1 809 included', async () => {
    const jobs = await send(['+1 809 234 5678', '+33 8 10 12 34 56', '+44 20 7946 0958', '+49 30 123456']);
    expect(jobs.map((job) => job.to)).toEqual(['+18092345678', '+33810123456', '+442079460958', '+4930123456']);
    // The check for "nothing archived" above looks in the right place.
    expect(await archivedFiles()).not.toEqual([]);
  });

  it('queues costly numbers once the person allowed them', async () => {
    engine.settings.update({ allowPremiumAndSatelliteNumbers: true });
    const jobs = await send(['+19005550100', '+870773111632']);
    expect(jobs.map((job) => job.to)).toEqual(['+19005550100', '+870773111632']);
  });
});
