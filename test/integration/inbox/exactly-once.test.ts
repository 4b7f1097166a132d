/**
 * Exactly once, for received faxes: whatever is lost on the way — listings and retrieves that
 * fail, answers dropped after Telnyx acted, downloads cut off or answered 500, links that
 * expire — and however often the receiving process is killed with SIGKILL mid-archive, each
 * fax ends with one record, one document and one file.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { recordsPath } from '../../../main/engine/engine';
import { openTestDesk } from '../../support/outbox-harness';
import { seededRandom, startFaultProxy, type FaultProxy } from '../../support/proxy/fault-proxy';
import { cliPath } from '../../support/run-cli';

let telnyx: Sandbox | null = null;
let proxy: FaultProxy | null = null;
let dataDir: string | null = null;

afterEach(async () => {
  await proxy?.close();
  await telnyx?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  proxy = null;
  telnyx = null;
  dataDir = null;
});

async function injectMany(sandbox: Sandbox, count: number, mostPages = 3): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const from = `+1415555${String(1000 + i)}`;
    ids.push((await sandbox.injectInbound({ from, to: '+12025550180', pages: 1 + (i % mostPages) })).id);
  }
  return ids;
}

/** What the data folder holds: records per Telnyx id, document rows, and PDF files. */
function countsIn(folder: string) {
  const db = new Database(recordsPath(folder), { readonly: true });
  try {
    const perFax = db
      .prepare('SELECT telnyx_fax_id AS id, archive_state AS state, document_id AS documentId FROM received_faxes')
      .all() as Array<{ id: string; state: string; documentId: number | null }>;
    const documents = db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number;
    const root = join(folder, 'documents');
    const files = existsSync(root)
      ? readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.pdf')).length
      : 0;
    return { perFax, documents, files };
  } finally {
    db.close();
  }
}

function tryCounting(folder: string): ReturnType<typeof countsIn> | null {
  try {
    return countsIn(folder);
  } catch {
    return null;
  }
}

describe('received faxes under faults', () => {
  it('archives each fax exactly once through a lossy network', { timeout: 120_000 }, async () => {
    telnyx = await startSandbox({ stepMs: 5, mediaUrlTtlMs: 400 });
    proxy = await startFaultProxy(
      telnyx.origin,
      [
        { method: 'GET', path: '/v2/faxes', exact: true, odds: { resetBeforeForward: 0.15, errorAfterForward: 0.15 } },
        {
          method: 'GET',
          path: '/v2/faxes/',
          odds: { dropAfterForward: 0.15, errorAfterForward: 0.1, rateLimit: 0.05 },
        },
        { method: 'POST', path: '/v2/faxes/', odds: { dropAfterForward: 0.15, errorAfterForward: 0.1 } },
      ],
      seededRandom(20261130),
    );
    // The documents' own server (S3's part) cuts some downloads off and answers 500 to others.
    telnyx.faults.dropAfterCreate({ method: 'GET', path: '/sandbox-media/' }, 8);
    telnyx.faults.errorAfterCreate({ method: 'GET', path: '/sandbox-media/' }, 8);
    dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-inbox-faults-'));
    const desk = await openTestDesk(`${proxy.url}/v2`, { dataDir });
    const ids = await injectMany(telnyx, 40);
    desk.engine.outbox.start();
    const deadline = Date.now() + 100_000;
    for (;;) {
      await desk.engine.inbox.receive();
      const archived = desk.engine.inbox.list({ limit: 100 }).items.filter((f) => f.archiveState === 'archived');
      if (archived.length === ids.length || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await desk.close();
    const { perFax, documents, files } = countsIn(dataDir);
    expect(perFax.map((f) => f.id).sort()).toEqual([...ids].sort());
    expect(perFax.every((f) => f.state === 'archived' && f.documentId !== null)).toBe(true);
    expect(new Set(perFax.map((f) => f.documentId)).size).toBe(ids.length);
    expect(documents).toBe(ids.length);
    expect(files).toBe(ids.length);
    expect(
      proxy.counts.dropAfterForward + proxy.counts.errorAfterForward + proxy.counts.resetBeforeForward,
    ).toBeGreaterThan(5);
  });

  it(
    'archives each fax exactly once when the receiving process is killed again and again',
    { timeout: 400_000 },
    async () => {
      telnyx = await startSandbox({ stepMs: 10 });
      dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-inbox-crash-'));
      const folder = dataDir;
      const ids = await injectMany(telnyx, 30, 10);
      // Each download takes a moment, so a run is killed part way through the faxes.
      telnyx.faults.delay({ method: 'GET', path: '/sandbox-media/' }, 150, 10_000);
      const sandbox = telnyx;
      const archivedNow = () => (tryCounting(folder)?.perFax ?? []).filter((f) => f.state === 'archived').length;
      /**
       * Runs `faxdesk sync` and, once it has archived something more, kills it with SIGKILL a
       * random moment later (up to `withinMs`): mid-archive, however slow the machine is today.
       */
      const runAndKill = (withinMs: number) =>
        new Promise<'finished' | 'killed'>((resolve) => {
          const before = existsSync(recordsPath(folder)) ? archivedNow() : 0;
          const child = spawn(process.execPath, [cliPath, 'sync'], {
            env: {
              ...process.env,
              FAXDESK_HOME: folder,
              FAXDESK_API_BASE: sandbox.baseUrl,
              TELNYX_API_KEY: SANDBOX_KEYS.accepted,
            },
            stdio: 'ignore',
          });
          let kill: NodeJS.Timeout | undefined;
          const watch = setInterval(() => {
            if (kill || !existsSync(recordsPath(folder)) || archivedNow() <= before) return;
            kill = setTimeout(() => child.kill('SIGKILL'), random() * withinMs);
          }, 25);
          child.on('exit', (_code, signal) => {
            clearInterval(watch);
            clearTimeout(kill);
            resolve(signal === 'SIGKILL' ? 'killed' : 'finished');
          });
        });
      const random = seededRandom(1130);
      let kills = 0;
      for (let round = 0; round < 60; round++) {
        if ((await runAndKill(600)) === 'killed') kills++;
        const perFax = tryCounting(folder)?.perFax ?? [];
        if (perFax.length === ids.length && perFax.every((f) => f.state === 'archived')) break;
      }
      console.info(`inbox crash recovery: ${kills} SIGKILLs while archiving ${ids.length} faxes`);
      const { perFax, documents, files } = countsIn(folder);
      expect(perFax.map((f) => f.id).sort()).toEqual([...ids].sort());
      expect(perFax.every((f) => f.state === 'archived')).toBe(true);
      expect(documents).toBe(ids.length);
      expect(files).toBe(ids.length);
      expect(kills).toBeGreaterThan(3);
    },
  );
});
