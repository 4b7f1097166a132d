/**
 * The document reader process: reads or prepares files, one task at a time, for as long as
 * the engine keeps it. Built as its own file beside the app's and the CLI's entry
 * (document-reader.js); started by fork-reader.ts in the command line and by
 * main/app/utility-reader.ts in the app; see processor.ts.
 *
 * It runs as a child process (Node's process.send) or as an Electron utility process
 * (process.parentPort), and imports nothing of Electron's either way.
 *
 * Besides the engine's watchdog, it guards its own memory: a small thread samples the
 * process's resident size and ends the process the moment it passes its budget. The decoders
 * are bounded, so this should never fire; it is there for what they did not foresee, and it
 * works on every system, where the engine can read another process's memory only on Linux.
 */
import { Worker } from 'node:worker_threads';
import { DocumentError } from './document-error';
import { readDocumentText } from './document-text';
import { addCover, inspectFile, prepareDocument } from './prepare';
import {
  OVER_MEMORY_MARK,
  type DocumentTask,
  type ReaderAnswer,
  type ReaderRequest,
  type TaskValue,
} from './reader-protocol';
import { BytesAssembler, detachBytes } from './reader-transfer';

interface ParentPort {
  on(event: 'message', listener: (event: { data: ReaderRequest }) => void): void;
  postMessage(message: ReaderAnswer): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
const answer = (message: ReaderAnswer) => {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
};
/**
 * The highest resident size this reader has been seen at. Not getrusage's maxRSS: on Linux it
 * keeps the high-water mark from before exec, when a forked child still counted its parent's
 * pages, so a reader forked from a large process (a test runner, a busy CLI) would report the
 * parent's size and be refused as over budget for a one-page file.
 */
let peakSeen = 0;
const peakRssBytes = () => (peakSeen = Math.max(peakSeen, process.memoryUsage.rss()));

const memoryBytes = Number(
  /^--memory-bytes=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--memory-bytes=')) ?? '')?.[1],
);
if (memoryBytes > 0) guardMemory(memoryBytes);

/** Sends the engine this reader's peak now and then while it works, for systems where the engine cannot read it. */
const USAGE_EVERY_MS = 100;

function perform(task: DocumentTask): Promise<TaskValue> {
  switch (task.op) {
    case 'inspect':
      return inspectFile(task.file);
    case 'prepare':
      return prepareDocument(task.files, task.options);
    case 'cover':
      return addCover(task.body, task.options);
    case 'text':
      return readDocumentText(task.file);
  }
}

async function handle(id: number, task: DocumentTask): Promise<void> {
  const usage = setInterval(() => answer({ type: 'usage', peakRssBytes: peakRssBytes() }), USAGE_EVERY_MS);
  try {
    const result = await perform(task);
    // The prepared fax goes back in parts, ahead of the answer (reader-transfer.ts).
    const { value, parts } = detachBytes(result, id);
    for (const part of parts) answer(part);
    answer({ type: 'done', id, value, peakRssBytes: peakRssBytes() });
  } catch (error) {
    answer({
      type: 'failed',
      id,
      error:
        error instanceof DocumentError ? { code: error.code, message: error.message, fileName: error.fileName } : null,
      text: error instanceof Error ? error.message : String(error),
      peakRssBytes: peakRssBytes(),
    });
  } finally {
    clearInterval(usage);
  }
}

// One task at a time: memory stays bounded by one file's budget.
let queue = Promise.resolve();
/** Files arrive in parts ahead of their task. */
const arriving = new Map<number, BytesAssembler>();
const take = (request: ReaderRequest) => {
  if (request.type === 'part') {
    let assembler = arriving.get(request.id);
    if (!assembler) arriving.set(request.id, (assembler = new BytesAssembler()));
    assembler.add(request);
    return;
  }
  const assembler = arriving.get(request.id);
  arriving.delete(request.id);
  const task = assembler ? assembler.attach(request.task) : request.task;
  queue = queue.then(() => handle(request.id, task));
};
if (parentPort) parentPort.on('message', (event) => take(event.data));
else {
  process.on('message', (message: ReaderRequest) => take(message));
  // The engine went away (the command finished, or crashed): nothing left to read for.
  process.on('disconnect', () => process.exit(0));
}

// The document code has loaded with this module: from here on, a failure is a document's.
answer({ type: 'ready' });

function guardMemory(limit: number): void {
  const source = `
    const { workerData } = require('node:worker_threads');
    const { writeSync } = require('node:fs');
    setInterval(() => {
      if (process.memoryUsage.rss() > workerData.limit) {
        writeSync(2, workerData.mark + '\\n');
        process.kill(process.pid, 'SIGKILL');
      }
    }, 20);
  `;
  try {
    const guard = new Worker(source, {
      eval: true,
      workerData: { limit, mark: OVER_MEMORY_MARK },
      resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 },
    });
    guard.unref();
    guard.on('error', (error) => process.stderr.write(`faxdesk-reader: the memory guard stopped: ${String(error)}\n`));
  } catch (error) {
    // The engine's watchdog still stands; a reader without its own guard is better than none.
    process.stderr.write(`faxdesk-reader: the memory guard did not start: ${String(error)}\n`);
  }
}
