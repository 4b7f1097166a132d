/**
 * A backlog of received pages waiting for their words must never delay a send or the window.
 * The same desk is measured twice in this run: once with 1,000 scanned pages (500 faxes of 2)
 * waiting for OCR while its words reader works through them, once with nothing to read. Each
 * time: how long a fax takes from Send until Telnyx has it, one full outbox pass, and a round
 * trip through the app's IPC dispatch (jobs:list, as the history asks for a page). The words
 * are read in a reader process, as in the app (out/cli/document-reader.js; `npm run build` first).
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDispatch } from '../../main/app/ipc-dispatch';
import { SandboxHost } from '../../main/app/sandbox-host';
import { startDesk } from '../../main/app/startup';
import { forkReaderLauncher } from '../../main/engine/documents/fork-reader';
import { readerProcessor } from '../../main/engine/documents/processor';
import { createEngine, recordsPath, type Engine } from '../../main/engine/engine';
import { openDatabase } from '../../main/engine/store/database';
import { DocumentArchive } from '../../main/engine/store/document-archive';
import { DocumentTable } from '../../main/engine/store/document-table';
import { SANDBOX_FAX_APP_ID, SANDBOX_KEYS, scannedFax, startSandbox, type Sandbox } from '../../main/sandbox';
import { MemorySecretStore } from '../support/memory-secret-store';
import { textPdf } from '../support/pdf-samples';
import { compared, type BenchResult } from './measure';

const FAXES = 500;
const PAGES_EACH = 2;
/** Lets the reader get going on the backlog before anything is timed. */
const SETTLE_MS = 10_000;

interface Timings {
  sendMs: number;
  passMs: number;
  ipcMs: number;
  /** Documents whose words were read while the desk was timed, and before. */
  documentsRead: number;
  readBefore: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** 500 faxes of the same two scanned pages, each its own document (a trailing comment tells them apart). */
function seedBacklog(dataDir: string): void {
  const db = openDatabase(recordsPath(dataDir));
  const documents = new DocumentTable(db, Date.now);
  const archive = new DocumentArchive(dataDir);
  const { pdf } = scannedFax({ seed: 1, pages: PAGES_EACH });
  for (let i = 0; i < FAXES; i++) {
    const bytes = Buffer.concat([pdf, Buffer.from(`%backlog ${i}\n`)]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = archive.put(bytes, sha256);
    documents.add({ sha256, path, pages: PAGES_EACH, bytes: bytes.length, sourceNames: ['received.pdf'] });
  }
  db.close();
}

function documentsRead(dataDir: string): number {
  const db = new Database(recordsPath(dataDir), { readonly: true });
  try {
    return db.prepare("SELECT COUNT(*) FROM document_text WHERE state = 'done'").pluck().get() as number;
  } finally {
    db.close();
  }
}

async function untilTelnyxHasIt(engine: Engine, id: string): Promise<void> {
  for (;;) {
    const job = engine.jobs.get(id);
    if (job && job.status !== 'waiting' && job.status !== 'submitting') return;
    await new Promise((done) => setTimeout(done, 10));
  }
}

async function measure(telnyx: Sandbox, readerFile: string, backlog: boolean): Promise<Timings> {
  const dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-bench-backlog-'));
  if (backlog) seedBacklog(dataDir);
  const words = readerProcessor(forkReaderLauncher(pathToFileURL(readerFile)), { log: () => undefined });
  const desk = await startDesk({
    dataDir,
    runtime: { name: 'Faxdesk', version: 'bench', electron: null, chrome: null },
    sandbox: new SandboxHost(),
    emit: () => undefined,
    desktop: { openPath: () => Promise.resolve(), viewingFolder: join(dataDir, 'viewing') },
    log: () => undefined,
    createEngine: () =>
      createEngine({
        dataDir,
        secretStore: new MemorySecretStore(),
        environment: { apiKey: SANDBOX_KEYS.accepted, apiBase: telnyx.baseUrl },
        readText: (file) => words.readText(file),
        confirmLargeBatch: () => Promise.resolve(true),
        log: () => undefined,
      }),
  });
  const engine = desk.engine;
  if (!engine) throw new Error('the desk did not start');
  const dispatch = createDispatch(desk.handlers, () => undefined);
  try {
    engine.settings.update({ connectionId: SANDBOX_FAX_APP_ID, fromNumber: '+12025550180' });
    engine.outbox.start();
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    // With a backlog, timing starts once the reader has finished a document and so is well into the next.
    for (let waited = 0; backlog && documentsRead(dataDir) === 0; waited += 250) {
      if (waited > 180_000) throw new Error('the words reader read nothing in three minutes');
      await new Promise((done) => setTimeout(done, 250));
    }
    const before = documentsRead(dataDir);
    const letter = await textPdf(1);
    const sends: number[] = [];
    const passes: number[] = [];
    const trips: number[] = [];
    for (let round = 0; round < 5; round++) {
      let start = performance.now();
      const [job] = await engine.jobs.create({
        documents: [{ name: 'letter.pdf', bytes: letter }],
        recipients: [{ number: '+12025550100' }],
      });
      if (!job) throw new Error('nothing was queued');
      await untilTelnyxHasIt(engine, job.id);
      sends.push(performance.now() - start);
      start = performance.now();
      await engine.outbox.sync();
      passes.push(performance.now() - start);
      for (let trip = 0; trip < 10; trip++) {
        start = performance.now();
        const answer = await dispatch('jobs:list', { limit: 50 });
        trips.push(performance.now() - start);
        if (!answer.ok) throw new Error('jobs:list failed');
      }
    }
    return {
      sendMs: median(sends),
      passMs: median(passes),
      ipcMs: median(trips),
      documentsRead: documentsRead(dataDir) - before,
      readBefore: before,
    };
  } finally {
    // The reader first: the words being read are abandoned, not waited for.
    await words.close();
    await engine.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function ocrBacklogBench(): Promise<BenchResult[]> {
  const readerFile = resolve(process.cwd(), 'out/cli/document-reader.js');
  if (!existsSync(readerFile)) {
    console.warn(`*** ocr-backlog skipped: ${readerFile} is missing; run \`npm run build\` first. ***`);
    return [];
  }
  const telnyx = await startSandbox({ stepMs: 50 });
  try {
    const idle = await measure(telnyx, readerFile, false);
    const busy = await measure(telnyx, readerFile, true);
    const note = `with ${FAXES * PAGES_EACH} pages waiting for OCR vs none`;
    return [
      compared('ocr backlog: Send until Telnyx has it', busy.sendMs, idle.sendMs, 'ms', note),
      compared('ocr backlog: one outbox pass', busy.passMs, idle.passMs, 'ms', note),
      compared('ocr backlog: IPC round trip (jobs:list)', busy.ipcMs, idle.ipcMs, 'ms', note),
      {
        name: 'ocr backlog: documents read while timed',
        value: busy.documentsRead,
        unit: `of ${FAXES} (${PAGES_EACH} pages each)`,
        note: `timing began after the reader had read ${busy.readBefore}, so it was at work throughout`,
      },
    ];
  } finally {
    await telnyx.close();
  }
}
