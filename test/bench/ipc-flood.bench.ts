/**
 * A page flooding documents:stage: 40 calls arrive at once, each with its own 50 MB file, as
 * 40 IPC messages would. Measured through the app's handlers (with their in-flight limits),
 * against the same calls going straight to the engine, which is what the handler did before
 * the limits: the file bytes the main process still holds once the burst has arrived (refused
 * calls answered, the rest waiting for the document reader), and how long until every call is
 * answered. Resident memory is not compared: the 2 GB burst is resident in both before anything
 * is refused, and freed memory goes back to the system in its own time. The reader is the real one, in its
 * own process, as in the CLI (out/cli/document-reader.js; `npm run build` first).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createDispatch } from '../../main/app/ipc-dispatch';
import { SandboxHost } from '../../main/app/sandbox-host';
import { startDesk } from '../../main/app/startup';
import { forkReaderLauncher } from '../../main/engine/documents/fork-reader';
import { createEngine } from '../../main/engine/engine';
import { MemorySecretStore } from '../support/memory-secret-store';
import { compared, type BenchResult } from './measure';

const MB = 1024 * 1024;
const CALLS = 40;
const FILE_BYTES = 50 * MB;

interface Flood {
  /** File bytes still reachable once the burst has arrived. */
  heldMb: number;
  /** Until every call had its answer. */
  ms: number;
}

export async function ipcFloodBench(): Promise<BenchResult[]> {
  const readerFile = resolve(process.cwd(), 'out/cli/document-reader.js');
  if (!existsSync(readerFile)) {
    console.warn(`*** ipc-flood skipped: ${readerFile} is missing; run \`npm run build\` first. ***`);
    return [];
  }
  // Garbage is collected before each reading, so only what is really held is counted.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;

  const dataDir = await mkdtemp(join(tmpdir(), 'faxdesk-bench-flood-'));
  const sandbox = new SandboxHost();
  const desk = await startDesk({
    dataDir,
    runtime: { name: 'Faxdesk', version: 'bench', electron: null, chrome: null },
    sandbox,
    emit: () => undefined,
    desktop: { openPath: () => Promise.resolve(), viewingFolder: join(dataDir, 'viewing') },
    log: () => undefined,
    createEngine: () =>
      createEngine({
        dataDir,
        secretStore: new MemorySecretStore(),
        documentReader: forkReaderLauncher(pathToFileURL(readerFile)),
        log: () => undefined,
      }),
  });
  const engine = desk.engine;
  if (!engine) throw new Error('the desk did not start');
  const dispatch = createDispatch(desk.handlers, () => undefined);

  /**
   * A fresh 50 MB "PDF" per call: a header, then spaces no reader can use. Written through, as
   * bytes that came over IPC are.
   */
  const file = () => {
    const bytes = new Uint8Array(FILE_BYTES).fill(0x20);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    return { name: 'flood.pdf', bytes };
  };

  const flood = async (call: (file: { name: string; bytes: Uint8Array }) => Promise<unknown>): Promise<Flood> => {
    gc();
    const startBuffers = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const answers = Array.from({ length: CALLS }, () => call(file()).catch(() => undefined));
    // Refusals are answered within the turn; what is still held then waits for the reader. V8 frees
    // large buffers after a collection, on a background thread: collect, let it finish, collect again.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
    gc();
    const held = process.memoryUsage().arrayBuffers - startBuffers;
    await Promise.all(answers);
    const ms = performance.now() - started;
    return { heldMb: held / MB, ms };
  };

  try {
    const limited = await flood((f) => dispatch('documents:stage', f));
    const unlimited = await flood((f) => engine.documents.inspect(f));
    const note = `${CALLS} × 50 MB at once, vs straight to the engine`;
    return [
      compared('ipc-flood: file bytes held once the burst arrived', limited.heldMb, unlimited.heldMb, 'MB', note),
      compared('ipc-flood: time until every call is answered', limited.ms, unlimited.ms, 'ms', note),
    ];
  } finally {
    desk.stopEvents();
    await engine.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
