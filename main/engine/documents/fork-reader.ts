/**
 * The command line's reader: a Node child process (child_process.fork) running the built
 * document-reader.js, with a heap limit, no inherited environment, its stderr kept for the
 * log, and structured-clone messages (bytes stay bytes). Plain Node, so it lives in the
 * engine; the app has its own launcher because its binary cannot be run as Node.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ReaderAnswer, ReaderRequest } from './reader-protocol';
import {
  readerArguments,
  readerEnvironment,
  readerHeapMb,
  type ReaderLauncher,
  type ReaderLaunchOptions,
} from './reader-port';
import { ReaderProcessBase } from './reader-process-base';

export function forkReaderLauncher(entry: URL): ReaderLauncher {
  return { launch: (options) => new ForkedReader(entry, options) };
}

class ForkedReader extends ReaderProcessBase {
  private readonly child: ChildProcess;

  constructor(entry: URL, options: ReaderLaunchOptions) {
    super();
    this.child = fork(fileURLToPath(entry), readerArguments(options.memoryBytes), {
      execArgv: [`--max-old-space-size=${readerHeapMb(options.memoryBytes)}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: readerEnvironment(process.env),
    });
    this.child.stderr?.on('data', (chunk: Buffer) => this.stderr.add(chunk));
    this.child.on('message', (message: ReaderAnswer) => this.received(message));
    // 'close' comes after stderr has been read to its end.
    this.child.on('close', (code, signal) => this.exited(code, signal));
    this.child.on('error', (error) => this.failedToStart(error));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  postMessage(message: ReaderRequest): void {
    this.child.send(message);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }

  hold(held: boolean): void {
    const handles = [this.child, this.child.channel, this.child.stderr] as Array<
      { ref?: () => void; unref?: () => void } | null | undefined
    >;
    for (const handle of handles) (held ? handle?.ref : handle?.unref)?.call(handle);
  }
}
