/**
 * The watched folder in the app, on a real engine and real files: it follows its switch (the
 * folder made when it is turned on), a file opens in Send as a held document the page names by
 * token, a file named with a number is queued when sending by name is on, a file that cannot be
 * faxed goes to failed/ with its reason, and a folder chosen in the dialog is watched at once.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StagedDocuments } from '../../../main/app/staged-documents';
import { WatchFolderHost } from '../../../main/app/watch-folder-host';
import { createEngine, type Engine } from '../../../main/engine/engine';
import type { ForwardedDocument } from '../../../preload/contract';
import { MemorySecretStore } from '../../support/memory-secret-store';
import { textPdf } from '../../support/pdf-samples';

let dir: string;
let engine: Engine;
let staged: StagedDocuments;
let host: WatchFolderHost;
let opened: ForwardedDocument[];
let logged: string[];
let chosen: string | null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-watch-host-'));
  engine = createEngine({ dataDir: join(dir, 'data'), secretStore: new MemorySecretStore(), log: () => undefined });
  engine.settings.update({ connectionId: 'conn-1', fromNumber: '+12025550180', watchFolder: join(dir, 'Outbox') });
  staged = new StagedDocuments();
  opened = [];
  logged = [];
  chosen = null;
  host = new WatchFolderHost({
    engine,
    staged,
    emit: (_event, document) => opened.push(document),
    log: (message) => logged.push(message),
    chooseFolder: () => Promise.resolve(chosen),
    timing: { settleMs: 100, rescanMs: 300 },
  });
});

afterEach(async () => {
  await host.stop();
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

async function until(check: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const listed = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);

describe('WatchFolderHost', () => {
  it('watches only while the setting is on, and makes the folder when it is turned on', async () => {
    await host.apply();
    expect(host.status()).toMatchObject({ folder: join(dir, 'Outbox'), watching: false, problem: null });
    expect(existsSync(join(dir, 'Outbox'))).toBe(false);
    engine.settings.update({ watchFolderEnabled: true });
    await host.apply();
    expect(host.status().watching).toBe(true);
    expect(existsSync(join(dir, 'Outbox'))).toBe(true);
    expect(host.status().numberRule).toMatch(/^A file is sent at once when its name/);
    engine.settings.update({ watchFolderEnabled: false });
    await host.apply();
    expect(host.status().watching).toBe(false);
  });

  it('opens a file in Send as a held document, and queues a file named with a number when asked to', async () => {
    engine.settings.update({ watchFolderEnabled: true, watchFolderSendByName: true });
    await host.apply();
    const outbox = join(dir, 'Outbox');
    await writeFile(join(outbox, 'letter.pdf'), await textPdf(2));
    await writeFile(join(outbox, 'to 202-555-0100.pdf'), await textPdf(1));
    await until(() => listed(join(outbox, 'sent')).length === 2, 'both are in sent/');

    expect(opened.map(({ name, kind, pages }) => ({ name, kind, pages }))).toEqual([
      { name: 'letter.pdf', kind: 'pdf', pages: 2 },
    ]);
    expect(staged.forSend([opened[0]!.token]).map((file) => file.name)).toEqual(['letter.pdf']);
    const { jobs } = engine.jobs.list({});
    expect(jobs.map((job) => [job.to, job.fileNames])).toEqual([['+12025550100', ['to 202-555-0100.pdf']]]);
  });

  it('moves a file that cannot be faxed to failed/, with the reason', async () => {
    engine.settings.update({ watchFolderEnabled: true });
    await host.apply();
    const outbox = join(dir, 'Outbox');
    await writeFile(join(outbox, 'notes.pdf'), 'plain words, not a PDF');
    await until(() => listed(join(outbox, 'failed')).length === 2, 'it is in failed/');
    expect(opened).toEqual([]);
    expect(readFileSync(join(outbox, 'failed', 'notes.pdf.txt'), 'utf8')).toMatch(/notes\.pdf/);
    expect(logged.join('\n')).toMatch(/notes\.pdf was not taken/);
  });

  it('watches the folder chosen in the dialog at once, and keeps the old one when the dialog is cancelled', async () => {
    engine.settings.update({ watchFolderEnabled: true });
    await host.apply();
    expect((await host.chooseFolder()).folder).toBe(join(dir, 'Outbox'));
    chosen = join(dir, 'Scans');
    const status = await host.chooseFolder();
    expect(status).toMatchObject({ folder: join(dir, 'Scans'), watching: true });
    expect(engine.settings.get().watchFolder).toBe(join(dir, 'Scans'));
    await writeFile(join(dir, 'Scans', 'scan.pdf'), await textPdf(1));
    await until(() => opened.length === 1, 'the scan opens in Send');
  });
});
