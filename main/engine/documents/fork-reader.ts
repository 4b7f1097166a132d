/**
 * The command line's reader: a Node child process (child_process.fork) running the built
 * document-reader.js, with a heap limit, no inherited environment, its stderr kept for the
 * log, and structured-clone messages (bytes stay bytes). Plain Node, so it lives in the
 * engine; the app has its own launcher because its binary cannot be run as Node.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { processMemory } from './process-memory';
import type { ReaderAnswer, ReaderRequest } from './reader-protocol';
import {
  readerArguments,
  readerEnvironment,
  readerHeapMb,
  StderrTail,
  type ReaderExit,
  type ReaderLauncher,
  type ReaderLaunchOptions,
  type ReaderMemory,
  type ReaderProcess,
} from './reader-port';

export function forkReaderLauncher(entry: URL): ReaderLauncher {
  return { launch: (options) => new ForkedReader(entry, options) };
}

class ForkedReader implements ReaderProcess {
  private readonly child: ChildProcess;
  private readonly events = new EventEmitter();
  private readonly stderr = new StderrTail();
  /** The reader's own account of its peak, for systems where the OS is not asked. */
  private reportedPeak = 0;

  constructor(entry: URL, options: ReaderLaunchOptions) {
    this.child = fork(fileURLToPath(entry), readerArguments(options.memoryBytes), {
      execArgv: [`--max-old-space-size=${readerHeapMb(options.memoryBytes)}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: readerEnvironment(process.env),
    });
    this.child.stderr?.on('data', (chunk: Buffer) => this.stderr.add(chunk));
    this.child.on('message', (message: ReaderAnswer) => {
      if ('peakRssBytes' in message) this.reportedPeak = Math.max(this.reportedPeak, message.peakRssBytes);
      this.events.emit('message', message);
    });
    // 'close' comes after stderr has been read to its end, so the exit carries all of it.
    this.child.on('close', (code, signal) => {
      const exit: ReaderExit = { code, signal, stderr: this.stderr.toString() };
      this.events.emit('exit', exit);
    });
    this.child.on('error', (error) => this.events.emit('error', error));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  postMessage(message: ReaderRequest): void {
    this.child.send(message);
  }

  on(event: 'message' | 'exit' | 'error', listener: (...args: never[]) => void): void {
    this.events.on(event, listener as (...args: unknown[]) => void);
  }

  off(event: 'message' | 'exit' | 'error', listener: (...args: never[]) => void): void {
    this.events.off(event, listener as (...args: unknown[]) => void);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }

  memory(): ReaderMemory | null {
    return (
      processMemory(this.child.pid) ??
      (this.reportedPeak > 0 ? { rssBytes: this.reportedPeak, peakBytes: this.reportedPeak } : null)
    );
  }

  hold(held: boolean): void {
    const handles = [this.child, this.child.channel, this.child.stderr] as Array<
      | {
          ref?: () => void;
          unref?: () => void;
        }
      | null
      | undefined
    >;
    for (const handle of handles) (held ? handle?.ref : handle?.unref)?.call(handle);
  }
}
