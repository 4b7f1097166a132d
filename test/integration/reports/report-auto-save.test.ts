/**
 * Settings: "Save every report into a folder": each fax's report is written into the folder once
 * when it ends, never again for the same fax (however often it is announced, or after a restart),
 * and never over a file that is there.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { receiveUntil } from '../../support/inbox-harness';
import { openTestDesk, waitForFinal, type TestDesk } from '../../support/outbox-harness';
import { textPdf } from '../../support/pdf-samples';

let telnyx: Sandbox;
let dataDir: string;
let folder: string;

beforeEach(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
  dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-report-desk-'));
  folder = await mkdtemp(join(tmpdir(), 'faxdesk-reports-'));
});

afterEach(async () => {
  await telnyx.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(folder, { recursive: true, force: true });
});

async function openDesk(): Promise<TestDesk> {
  const desk = await openTestDesk(telnyx.baseUrl, { dataDir });
  desk.engine.settings.update({ reportFolder: folder });
  return desk;
}

describe('saving every report into a folder', () => {
  it('writes each fax’s report once, when it ends', async () => {
    let desk = await openDesk();
    const [job] = await desk.engine.jobs.create({
      documents: [{ name: 'letter.pdf', bytes: await textPdf(1) }],
      recipients: [{ number: '+13125550100' }],
    });
    expect(await readdir(folder)).toEqual([]);
    desk.engine.outbox.start();
    await waitForFinal(desk.engine, [job!.id]);
    const { id } = await telnyx.injectInbound({ from: '+13125550111', to: '+12025550180', pages: 1 });
    const fax = await receiveUntil(desk.engine, id, (f) => f.archiveState === 'archived');
    await desk.engine.outbox.sync();
    await desk.close();

    const saved = await readdir(folder);
    expect(saved).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^Fax report .* from \\+13125550111 ${fax.id.slice(0, 8)}\\.pdf$`)),
        expect.stringMatching(new RegExp(`^Fax report .* to \\+13125550100 ${job!.id.slice(0, 8)}\\.pdf$`)),
      ]),
    );
    expect(saved).toHaveLength(2);

    // Opened again, the same faxes announced again: nothing more is written.
    desk = await openDesk();
    await desk.engine.outbox.sync();
    desk.engine.inbox.markRead(fax.id, true);
    await desk.close();
    expect((await readdir(folder)).sort()).toEqual(saved.sort());
  });

  it('saves nothing when no folder is chosen', async () => {
    const desk = await openTestDesk(telnyx.baseUrl, { dataDir });
    const [job] = await desk.engine.jobs.create({
      documents: [{ name: 'letter.pdf', bytes: await textPdf(1) }],
      recipients: [{ number: '+13125550100' }],
    });
    desk.engine.outbox.start();
    await waitForFinal(desk.engine, [job!.id]);
    await desk.close();
    expect(await readdir(folder)).toEqual([]);
  });
});
