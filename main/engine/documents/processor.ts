/**
 * Where dropped files are read and faxes prepared. The files are untrusted: a damaged or
 * hostile PDF can make a parser spin or swallow memory, and in the main process that would
 * freeze all of Faxdesk — its window and its outbox. So the app and the command line read
 * each one in a worker thread with a time and a memory limit, and a file over either limit
 * is refused in plain words. Tests and the benchmark run the same code in-process.
 */
import { Worker } from 'node:worker_threads';
import { DocumentError, documentErrors } from './document-error';
import type { DocumentTask, TaskMessage, WorkerAnswer } from './task';
import type { FileInspection, PrepareOptions, PreparedDocument, SourceFile } from './types';

export interface DocumentProcessor {
  inspect(file: SourceFile): Promise<FileInspection>;
  prepare(files: SourceFile[], options: PrepareOptions): Promise<PreparedDocument>;
}

export interface WorkerLimits {
  /** Reading one file for the send screen's list. */
  inspectMs: number;
  /** Making the whole fax: every file and the cover page. */
  prepareMs: number;
  /** The worker's JavaScript heap; files are at most 50 MB each, 100 MB together. */
  memoryMb: number;
}

/** Generous for an office PC with a 300-page scan; a file that needs longer is not a fax. */
export const DEFAULT_WORKER_LIMITS: WorkerLimits = { inspectMs: 60_000, prepareMs: 180_000, memoryMb: 2048 };

/** In-process: for tests and benchmarks, and where the worker cannot start. */
export function inlineProcessor(): DocumentProcessor {
  // Loaded on first use: the PDF code is the heaviest part of start-up, and most commands never need it.
  const code = () => import('./index');
  return {
    inspect: async (file) => (await code()).inspectFile(file),
    prepare: async (files, options) => (await code()).prepareDocument(files, options),
  };
}

/**
 * Tasks run one at a time in a worker loaded from `workerFile` (the built document-worker.js),
 * kept while there is work and let go after a quiet minute. A task over its limit takes the
 * worker down with it; the next task gets a fresh one. Should the worker fail to start at all
 * (a broken install), documents are read in-process instead, and `log` says so: faxing
 * matters more than the limit.
 */
export function workerProcessor(
  workerFile: URL,
  log: (message: string, error?: unknown) => void,
  limits: WorkerLimits = DEFAULT_WORKER_LIMITS,
): DocumentProcessor {
  const inline = inlineProcessor();
  const slot = new WorkerSlot(workerFile, limits.memoryMb);
  let broken = false;
  const run = async <T>(task: DocumentTask, timeoutMs: number, fallback: () => Promise<T>): Promise<T> => {
    if (broken) return fallback();
    const outcome = await slot.run<T>(task, timeoutMs);
    if (outcome.started) return outcome.result;
    broken = true;
    log('The document worker could not start; documents are read in the main process.', outcome.error);
    return fallback();
  };
  return {
    inspect: (file) => run({ op: 'inspect', file }, limits.inspectMs, () => inline.inspect(file)),
    prepare: (files, options) =>
      run({ op: 'prepare', files, options }, limits.prepareMs, () => inline.prepare(files, options)),
  };
}

type Outcome<T> = { started: true; result: T } | { started: false; error: unknown };

/** How long an idle worker is kept: dropping files comes in bursts. */
const IDLE_MS = 60_000;

class WorkerSlot {
  private worker: Worker | null = null;
  /** Resolves when the current worker has loaded its code: null if it could not. */
  private loaded: Promise<unknown> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly file: URL,
    private readonly memoryMb: number,
  ) {}

  run<T>(task: DocumentTask, timeoutMs: number): Promise<Outcome<T>> {
    const turn = this.queue.then(() => this.runNow<T>(task, timeoutMs));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async runNow<T>(task: DocumentTask, timeoutMs: number): Promise<Outcome<T>> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.worker ?? this.start();
    // While it works, the worker keeps the process alive (the CLI waits for its answer).
    worker.ref();
    let waiting: NodeJS.Timeout | undefined;
    const startError = await Promise.race([
      this.loaded,
      new Promise((resolve) => (waiting = setTimeout(() => resolve(new Error('It did not load in time.')), timeoutMs))),
    ]);
    clearTimeout(waiting);
    if (startError !== null) {
      this.stop(worker);
      return { started: false, error: startError };
    }
    try {
      return { started: true, result: await this.ask<T>(worker, task, timeoutMs) };
    } finally {
      if (this.worker === worker) {
        worker.unref();
        this.idleTimer = setTimeout(() => this.stop(worker), IDLE_MS);
        this.idleTimer.unref();
      }
    }
  }

  private start(): Worker {
    const worker = new Worker(this.file, { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
    this.worker = worker;
    this.loaded = new Promise((resolve) => {
      worker.on('message', (message: WorkerAnswer) => message.type === 'ready' && resolve(null));
      worker.once('error', (error) => resolve(error));
      worker.once('exit', (code) => resolve(new Error(`The document worker exited with code ${code}.`)));
    });
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    return worker;
  }

  private stop(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }

  private ask<T>(worker: Worker, task: DocumentTask, timeoutMs: number): Promise<T> {
    const id = ++this.nextId;
    const fileName =
      task.op === 'inspect' ? task.file.name : task.files.length === 1 ? (task.files[0]?.name ?? null) : null;
    return new Promise<T>((resolve, reject) => {
      const done = (outcome: { value: T } | { error: Error }, fatal = false) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        // A task over its limit, or a crash, leaves nothing worth keeping.
        if (fatal) this.stop(worker);
        if ('value' in outcome) resolve(outcome.value);
        else reject(outcome.error);
      };
      const onMessage = (message: WorkerAnswer) => {
        if (message.type === 'ready' || message.id !== id) return;
        if (message.type === 'done') done({ value: message.value as T });
        else if (message.error) {
          const { code, message: text, fileName: name } = message.error;
          done({ error: new DocumentError(code, text, name) });
        } else done({ error: new Error(`Preparing the document failed: ${message.text}`) });
      };
      // The worker died on this file: the file is the likeliest cause, and the person can act on it.
      const onError = (error: Error & { code?: string }) =>
        done(
          {
            error: documentErrors.tooComplex(
              fileName,
              error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'failure',
            ),
          },
          true,
        );
      const onExit = () => done({ error: documentErrors.tooComplex(fileName, 'failure') }, true);
      const timer = setTimeout(() => done({ error: documentErrors.tooComplex(fileName, 'time') }, true), timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      const message: TaskMessage = { id, task };
      worker.postMessage(message);
    });
  }
}
