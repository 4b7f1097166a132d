/**
 * Where dropped files are read and faxes prepared. The files are strangers': a damaged or
 * hostile one can make a parser spin or swallow memory, and in the app's main process that
 * would take all of Faxdesk down with it — its window and its outbox. So the app and the
 * command line read each file in a separate reader process (reader-entry.ts) with a time and
 * a memory budget, and a file over either is refused in plain words; at worst only the
 * reader dies. Tests and the benchmark run the same code in-process.
 *
 * The budget is enforced three ways: the decoders are bounded by what the headers declare
 * (decode-budget.ts); the reader's heap is capped and its own guard thread ends it past its
 * memory budget; and here a watchdog samples its resident memory and a timer its time,
 * killing it over either.
 *
 * If no reader can be started at all, files are refused, not read here: reading a
 * stranger's file in the main process is what the reader exists to prevent, and a broken
 * installation should say so rather than quietly lose the protection.
 */
import { createHash } from 'node:crypto';
import { FaxdeskError } from '../errors';
import { DocumentError, documentErrorCodes, documentErrors } from './document-error';
import {
  MAX_PAGES,
  MAX_UPLOAD_BYTES,
  READER_MEMORY_BYTES,
  READER_MS_PER_FILE,
  READER_MS_PER_TEXT_PAGE,
} from './limits';
import type { ReaderExit, ReaderLauncher, ReaderProcess } from './reader-port';
import { HEAP_EXHAUSTED, OVER_MEMORY_MARK, type DocumentTask, type ReaderAnswer } from './reader-protocol';
import { BytesAssembler, detachBytes } from './reader-transfer';
import { checkPageTexts } from './page-text-check';
import type { CoverOptions, FileInspection, PageText, PrepareOptions, PreparedDocument, SourceFile } from './types';

export interface DocumentProcessor {
  inspect(file: SourceFile): Promise<FileInspection>;
  prepare(files: SourceFile[], options: PrepareOptions): Promise<PreparedDocument>;
  /** One recipient's cover in front of a body made by prepare with `coverToFollow`. */
  addCover(body: PreparedDocument, options: CoverOptions): Promise<PreparedDocument>;
  /** The words of a PDF, page by page: its text layer, else OCR of its page images (document-text.ts). */
  readText(file: SourceFile): Promise<PageText[]>;
  /** Lets the reader go (the engine is closing); a later task starts a fresh one. */
  close(): Promise<void>;
}

export interface ReaderLimits {
  /** Per file: an inspection gets this long, preparing a fax this long for each of its files. */
  msPerFile: number;
  /** The reader's resident memory, at its peak. */
  memoryBytes: number;
  /** Reading a document's words gets msPerFile and this much more for each of its pages (OCR is slow). */
  msPerTextPage: number;
}

export const DEFAULT_READER_LIMITS: ReaderLimits = {
  msPerFile: READER_MS_PER_FILE,
  memoryBytes: READER_MEMORY_BYTES,
  msPerTextPage: READER_MS_PER_TEXT_PAGE,
};

/** How one task went in the reader, for tests and the benchmark. */
export interface ReadReport {
  op: DocumentTask['op'];
  outcome: 'done' | 'refused' | 'time' | 'memory' | 'failure';
  /** The reader's peak resident memory as far as it is known (the OS's, or the reader's own count). */
  peakRssBytes: number | null;
  ms: number;
}

export interface ReaderProcessorOptions {
  log: (message: string, error?: unknown) => void;
  limits?: ReaderLimits;
  onRead?: (report: ReadReport) => void;
}

/** In-process: for tests and benchmarks. */
export function inlineProcessor(): DocumentProcessor {
  // Loaded on first use: the PDF code is the heaviest part of start-up, and most commands never need it.
  const code = () => import('./index');
  return {
    inspect: async (file) => (await code()).inspectFile(file),
    prepare: async (files, options) => (await code()).prepareDocument(files, options),
    addCover: async (body, options) => (await code()).addCover(body, options),
    readText: async (file) => {
      const texts = await (await import('./document-text')).readDocumentText(file);
      return checkPageTexts(texts, texts.length);
    },
    // The OCR worker is a thread of this process here: end it, or it keeps the process alive.
    close: async () => (await import('./ocr-engine')).closeOcr(),
  };
}

/**
 * Tasks run one at a time in a reader process started by `launcher`, kept while there is
 * work and let go after a quiet minute. A task over its limit takes the reader down with it;
 * the next task gets a fresh one.
 */
export function readerProcessor(launcher: ReaderLauncher, options: ReaderProcessorOptions): DocumentProcessor {
  const slot = new ReaderSlot(launcher, options.limits ?? DEFAULT_READER_LIMITS, options.log, options.onRead);
  return {
    inspect: async (file) => checkInspection(await slot.run({ op: 'inspect', file })),
    prepare: async (files, prepareOptions) =>
      checkPrepared(await slot.run({ op: 'prepare', files, options: prepareOptions })),
    addCover: async (body, coverOptions) => checkPrepared(await slot.run({ op: 'cover', body, options: coverOptions })),
    readText: async (file) => {
      // Counted first, so the time to read it can grow with its pages.
      const { pages } = checkInspection(await slot.run({ op: 'inspect', file }));
      const limits = options.limits ?? DEFAULT_READER_LIMITS;
      const timeoutMs = limits.msPerFile + Math.min(pages, MAX_PAGES) * limits.msPerTextPage;
      return checkPageTexts(await slot.run({ op: 'text', file }, timeoutMs), pages);
    },
    close: () => slot.close(),
  };
}

/** How long an idle reader is kept: dropping files comes in bursts. */
const IDLE_MS = 60_000;
/** How often the watchdog looks at the reader's memory. */
const WATCH_EVERY_MS = 50;

class ReaderSlot {
  private reader: ReaderProcess | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  /** Whether the last start failed: logged once until one succeeds. */
  private failing = false;

  constructor(
    private readonly launcher: ReaderLauncher,
    private readonly limits: ReaderLimits,
    private readonly log: (message: string, error?: unknown) => void,
    private readonly onRead?: (report: ReadReport) => void,
  ) {}

  /** `timeoutMs` replaces the task's usual time (msPerFile for each file). */
  run(task: DocumentTask, timeoutMs?: number): Promise<unknown> {
    const turn = this.queue.then(() => this.runNow(task, timeoutMs));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.reader) this.stop(this.reader);
  }

  private async runNow(task: DocumentTask, givenMs?: number): Promise<unknown> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const fileName = nameOf(task);
    const timeoutMs = givenMs ?? this.limits.msPerFile * Math.max(1, filesOf(task));
    const reader = this.reader ?? (await this.start(fileName, timeoutMs));
    // While it works, the reader keeps this process alive (the CLI waits for its answer).
    reader.hold(true);
    try {
      return await this.ask(reader, task, fileName, timeoutMs);
    } finally {
      if (this.reader === reader) {
        reader.hold(false);
        this.idleTimer = setTimeout(() => this.stop(reader), IDLE_MS);
        this.idleTimer.unref();
      }
    }
  }

  /** A reader that has loaded its code, or a plain refusal saying none could be started. */
  private async start(fileName: string | null, timeoutMs: number): Promise<ReaderProcess> {
    let reader: ReaderProcess | null = null;
    const problem = await new Promise<unknown>((resolve) => {
      try {
        reader = this.launcher.launch({ memoryBytes: this.limits.memoryBytes });
      } catch (error) {
        resolve(error);
        return;
      }
      const timer = setTimeout(() => resolve(new Error('It did not load in time.')), timeoutMs);
      const settle = (outcome: unknown) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      reader.on('message', (message) => message.type === 'ready' && settle(null));
      reader.on('error', (error) => settle(error));
      reader.on('exit', (exit) => settle(new Error(`It exited (${describeExit(exit)}) before it was ready.`)));
    });
    const started = reader as ReaderProcess | null;
    if (problem === null && started) {
      if (this.failing) this.log('The document reader starts again.');
      this.failing = false;
      this.reader = started;
      started.on('exit', () => {
        if (this.reader === started) this.reader = null;
      });
      return started;
    }
    if (started) started.kill();
    if (!this.failing) this.log('The document reader could not start; files are refused until it can.', problem);
    this.failing = true;
    throw readerUnavailable(fileName, problem);
  }

  private stop(reader: ReaderProcess): void {
    if (this.reader === reader) this.reader = null;
    reader.kill();
  }

  private ask(reader: ReaderProcess, task: DocumentTask, fileName: string | null, timeoutMs: number): Promise<unknown> {
    const id = ++this.nextId;
    const started = Date.now();
    let reportedPeak = 0;
    /** The highest the watchdog saw: after a kill, the OS has nothing left to say. */
    let watchedPeak = 0;
    let overMemory = false;
    const arriving = new BytesAssembler();
    return new Promise((resolve, reject) => {
      const done = (outcome: ReadReport['outcome'], result: { value: unknown } | { error: Error }) => {
        clearTimeout(timer);
        clearInterval(watchdog);
        reader.off('message', onMessage);
        reader.off('exit', onExit);
        const memory = reader.memory();
        const peak = Math.max(memory?.peakBytes ?? 0, reportedPeak, watchedPeak);
        // A task over its limit, or a crash, leaves nothing worth keeping.
        if (outcome === 'time' || outcome === 'memory' || outcome === 'failure') this.stop(reader);
        this.onRead?.({ op: task.op, outcome, peakRssBytes: peak > 0 ? peak : null, ms: Date.now() - started });
        if ('value' in result) resolve(result.value);
        else reject(result.error);
      };
      const onMessage = (message: ReaderAnswer) => {
        if (message.type === 'ready') return;
        if (message.type === 'part') {
          if (message.id !== id) return;
          try {
            arriving.add(message);
          } catch (error) {
            done('failure', { error: error as Error });
          }
          return;
        }
        if (message.type === 'usage') {
          reportedPeak = Math.max(reportedPeak, message.peakRssBytes);
          return;
        }
        if (message.id !== id) return;
        reportedPeak = Math.max(reportedPeak, message.peakRssBytes);
        if (message.type === 'done') {
          let value: unknown;
          try {
            value = arriving.attach(message.value);
          } catch (error) {
            done('failure', { error: error as Error });
            return;
          }
          done('done', { value });
        } else if (message.error && documentErrorCodes.includes(message.error.code)) {
          const { code, message: text, fileName: name } = message.error;
          done('refused', { error: new DocumentError(code, text, name) });
        } else done('failure', { error: new Error(`Preparing the document failed: ${message.text}`) });
      };
      // The reader died on this file: the file is the likeliest cause, and the person can act on it.
      const onExit = (exit: ReaderExit) => {
        const memory = overMemory || exit.stderr.includes(OVER_MEMORY_MARK) || HEAP_EXHAUSTED.test(exit.stderr);
        if (!memory) this.log(`The document reader ended while reading (${describeExit(exit)}).`, exit.stderr);
        done(memory ? 'memory' : 'failure', {
          error: documentErrors.tooComplex(fileName, memory ? 'memory' : 'failure'),
        });
      };
      const timer = setTimeout(() => done('time', { error: documentErrors.tooComplex(fileName, 'time') }), timeoutMs);
      const watchdog = setInterval(() => {
        const memory = reader.memory();
        watchedPeak = Math.max(watchedPeak, memory?.peakBytes ?? 0, memory?.rssBytes ?? 0);
        if (Math.max(watchedPeak, reportedPeak) <= this.limits.memoryBytes || overMemory) return;
        overMemory = true;
        reader.kill();
      }, WATCH_EVERY_MS);
      watchdog.unref();
      reader.on('message', onMessage);
      reader.on('exit', onExit);
      try {
        // Files go ahead in parts (reader-transfer.ts), then the task that names them.
        const { value: light, parts } = detachBytes(task, id);
        for (const part of parts) reader.postMessage(part);
        reader.postMessage({ type: 'task', id, task: light });
      } catch (error) {
        this.log('The document reader could not be given a file.', error);
        done('failure', { error: documentErrors.tooComplex(fileName, 'failure') });
      }
    });
  }
}

function nameOf(task: DocumentTask): string | null {
  if (task.op === 'inspect' || task.op === 'text') return task.file.name;
  if (task.op === 'cover') return task.body.sourcePages.length === 1 ? (task.body.sourcePages[0]?.name ?? null) : null;
  return task.files.length === 1 ? (task.files[0]?.name ?? null) : null;
}

/** How many files a task stands for: each gets the reader's time per file. */
function filesOf(task: DocumentTask): number {
  if (task.op === 'inspect' || task.op === 'text') return 1;
  return task.op === 'cover' ? task.body.sourcePages.length : task.files.length;
}

function describeExit(exit: ReaderExit): string {
  return exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
}

function readerUnavailable(fileName: string | null, cause: unknown): FaxdeskError {
  const what = fileName === null ? 'these files were' : `${fileName} was`;
  return new FaxdeskError(
    'installation_incomplete',
    `Faxdesk’s document reader could not start, so ${what} not read.`,
    {
      whatToDo: 'Quit Faxdesk and open it again; if this keeps happening, reinstall Faxdesk.',
      cause,
      technicalDetail: cause instanceof Error ? cause.message : String(cause),
    },
  );
}

/** What a reader says it read is checked before it is believed: it has just parsed a stranger's file. */
function checkInspection(value: unknown): FileInspection {
  const inspection = value as Partial<FileInspection> | null;
  if (
    !inspection ||
    !['pdf', 'png', 'jpeg', 'tiff'].includes(inspection.kind as string) ||
    !Number.isInteger(inspection.pages) ||
    (inspection.pages as number) < 1
  ) {
    throw new Error('The document reader answered with something that is not an inspection');
  }
  return { kind: inspection.kind as FileInspection['kind'], pages: inspection.pages as number };
}

function checkPrepared(value: unknown): PreparedDocument {
  const prepared = value as Partial<PreparedDocument> | null;
  const pdf = prepared?.pdf;
  if (
    !prepared ||
    !(pdf instanceof Uint8Array) ||
    pdf.length > MAX_UPLOAD_BYTES ||
    !Number.isInteger(prepared.pages) ||
    !Array.isArray(prepared.sourcePages) ||
    typeof prepared.largestFile !== 'string' ||
    // The archive names documents by this hash: it must be the hash of these bytes.
    createHash('sha256').update(pdf).digest('hex') !== prepared.sha256
  ) {
    throw new Error('The document reader answered with something that is not a prepared fax');
  }
  return prepared as PreparedDocument;
}
