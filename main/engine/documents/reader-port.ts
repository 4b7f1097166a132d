/**
 * The engine's one port to the document reader process. The engine knows no Electron, so it
 * does not start the reader itself: whoever builds the engine hands it a ReaderLauncher — the
 * command line one that forks Node (fork-reader.ts), the app one that starts an Electron
 * utility process (main/app/utility-reader.ts), since the app's binary cannot be run as Node.
 */
import type { ReaderAnswer, ReaderRequest } from './reader-protocol';

export interface ReaderLaunchOptions {
  /** The reader's budget for resident memory; its JavaScript heap is set below it. */
  memoryBytes: number;
}

export interface ReaderLauncher {
  /** Starts a reader; it answers `ready` once its code has loaded. May throw if it cannot start at all. */
  launch(options: ReaderLaunchOptions): ReaderProcess;
}

/** How a reader ended. */
export interface ReaderExit {
  code: number | null;
  signal: string | null;
  /** The end of what it wrote to stderr: for the log, and to tell running out of memory from crashing. */
  stderr: string;
}

/** Memory of the reader as the operating system counts it. */
export interface ReaderMemory {
  /** Resident now. */
  rssBytes: number;
  /** The most it has been resident since it started. */
  peakBytes: number;
}

/** A message port to one running reader. */
export interface ReaderProcess {
  readonly pid: number | undefined;
  postMessage(message: ReaderRequest): void;
  on(event: 'message', listener: (message: ReaderAnswer) => void): void;
  on(event: 'exit', listener: (exit: ReaderExit) => void): void;
  /** A failure to start (no such file, no process could be made), as opposed to an exit. */
  on(event: 'error', listener: (error: Error) => void): void;
  off(event: 'message' | 'exit' | 'error', listener: (...args: never[]) => void): void;
  /** Ends it at once; 'exit' follows. */
  kill(): void;
  /** What the OS says, sampled by the watchdog; null where this launcher cannot ask the OS (the reader then reports its own). */
  memory(): ReaderMemory | null;
  /** Whether the reader keeps this process alive: yes while it works, no while idle, so the command line can exit. */
  hold(held: boolean): void;
}

/**
 * The reader's JavaScript heap: three quarters of its memory budget, leaving the rest for
 * Node itself and for decoded bytes, which live outside the heap and are bounded on their own
 * (decode-budget.ts). Over it, V8 ends the reader, and only the reader.
 */
export function readerHeapMb(memoryBytes: number): number {
  return Math.floor((memoryBytes * 0.75) / (1024 * 1024));
}

/** The arguments a reader is started with: its memory budget, which its own guard enforces too. */
export function readerArguments(memoryBytes: number): string[] {
  return [`--memory-bytes=${memoryBytes}`];
}

/**
 * What of this process's environment a reader gets: only what the platform needs to run a
 * process. Never the API key in TELNYX_API_KEY, nor NODE_OPTIONS, which could load code into it.
 */
export function readerEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of ['SystemRoot', 'SYSTEMROOT', 'windir', 'TEMP', 'TMP', 'TMPDIR']) {
    const value = env[name];
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}

/** Keeps the last few kilobytes a reader writes to stderr: enough for the log, never a flood. */
export class StderrTail {
  private text = '';

  constructor(private readonly limit = 8 * 1024) {}

  add(chunk: Buffer | string): void {
    this.text = (this.text + chunk.toString()).slice(-this.limit);
  }

  toString(): string {
    return this.text;
  }
}
