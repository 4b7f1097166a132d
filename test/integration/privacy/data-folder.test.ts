/**
 * On a shared computer, another account read the fax history and the documents in a data
 * folder left 0755 with its files 0644. After a fax is sent, every folder in a fresh data folder
 * is 0700 and every file 0600 (the viewer's read-only copy 0400), under the usual umask; an
 * older folder is made so when Faxdesk starts.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readOnlyCopy, viewingFolderOf } from '../../../main/app/document-copy';
import { createMainLog } from '../../../main/app/main-log';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { openTestDesk, waitForFinal, type TestDesk } from '../../support/outbox-harness';
import { textPdf } from '../../support/pdf-samples';

let base: string;
let umask: number;
let server: Sandbox;
beforeEach(async () => {
  base = mkdtempSync(join(tmpdir(), 'faxdesk-privacy-'));
  // The usual default, under which the old files came out 0644.
  umask = process.umask(0o022);
  server = await startSandbox({ stepMs: 5 });
});
afterEach(async () => {
  process.umask(umask);
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

/** Every entry under `root`, relative, with its permission bits. */
function walk(root: string, found = new Map<string, { mode: number; folder: boolean }>()) {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    found.set(relative(base, path), { mode: statSync(path).mode & 0o777, folder: entry.isDirectory() });
    if (entry.isDirectory()) walk(path, found);
  }
  return found;
}

/** What each entry's mode should be: folders 0700, copies for the viewer 0400, the rest 0600. */
function notPrivate(root: string): string[] {
  const wrong: string[] = [];
  const rootMode = statSync(root).mode & 0o777;
  if (rootMode !== 0o700) wrong.push(`${relative(base, root)} ${rootMode.toString(8)}`);
  for (const [path, { mode, folder }] of walk(root)) {
    const wanted = folder ? 0o700 : path.includes('/viewing/') ? 0o400 : 0o600;
    if (mode !== wanted) wrong.push(`${path} ${mode.toString(8)}`);
  }
  return wrong;
}

/** A desk that sent one fax, logged a line and opened its document, as the app does. */
async function deskThatSentAFax(dataDir: string): Promise<TestDesk> {
  const desk = await openTestDesk(server.baseUrl, { dataDir });
  createMainLog(join(dataDir, 'logs', 'main.log'), { console: { error: () => undefined } })('Faxdesk started');
  const [job] = await desk.engine.jobs.create({
    documents: [{ name: 'patient-record.pdf', bytes: await textPdf(2) }],
    recipients: [{ number: '+12025550100' }],
  });
  if (!job) throw new Error('no job');
  desk.engine.outbox.start();
  const [final] = await waitForFinal(desk.engine, [job.id]);
  expect(final?.status).toBe('delivered');
  await readOnlyCopy(desk.engine.jobs.documentPath(job.id) ?? '', job, viewingFolderOf(dataDir));
  return desk;
}

describe.runIf(process.platform !== 'win32')('the data folder', () => {
  it('is private, with everything in it, after a fax is sent', { timeout: 20_000 }, async () => {
    const dataDir = join(base, 'Faxdesk');
    const desk = await deskThatSentAFax(dataDir);
    // Looked at with the records open, as another account would while Faxdesk runs.
    const names = [...walk(dataDir).keys()].map((path) => path.replace(/[0-9a-f]{64}/, 'HASH'));
    expect(names).toEqual(
      expect.arrayContaining([
        'Faxdesk/faxdesk.db',
        'Faxdesk/faxdesk.db-wal',
        'Faxdesk/faxdesk.db-shm',
        'Faxdesk/settings.json',
        expect.stringMatching(/^Faxdesk\/documents\/[0-9a-f]{2}\/HASH\.pdf$/),
        'Faxdesk/logs/main.log',
        expect.stringMatching(/^Faxdesk\/viewing\/[^/]+\/Fax to 12025550100, .+\.pdf$/),
      ]),
    );
    expect(notPrivate(dataDir)).toEqual([]);
    await desk.close();
    expect(notPrivate(dataDir)).toEqual([]);
  });

  it(
    'left open (0755/0644) by an earlier version is made private when Faxdesk starts',
    { timeout: 20_000 },
    async () => {
      const dataDir = join(base, 'Faxdesk');
      await (await deskThatSentAFax(dataDir)).close();
      // As an earlier Faxdesk left it.
      for (const [path, { folder }] of walk(dataDir)) {
        chmodSync(join(base, path), folder ? 0o755 : path.includes('/viewing/') ? 0o444 : 0o644);
      }
      chmodSync(dataDir, 0o755);
      expect(notPrivate(dataDir).length).toBeGreaterThan(8);

      const desk = await openTestDesk(server.baseUrl, { dataDir });
      expect(notPrivate(dataDir)).toEqual([]);
      // And it is the same desk: the history and its document are all there.
      const { jobs, total } = desk.engine.jobs.list();
      expect(total).toBe(1);
      expect(statSync(desk.engine.jobs.documentPath(jobs[0]?.id ?? '') ?? '').size).toBeGreaterThan(0);
      await desk.close();
    },
  );
});
