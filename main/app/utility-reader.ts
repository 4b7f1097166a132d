/**
 * The app's document reader launcher: an Electron utility process running the built
 * document-reader.js beside this file. The app's binary has its runAsNode fuse off, so it
 * cannot be forked as Node the way the command line does; a utility process is Electron's own
 * way to run Node code in a child that can die alone.
 *
 * Its memory is read from the OS on Linux (as the command line does) and from Electron's
 * process metrics elsewhere, so the engine's watchdog sees it on every system.
 */
import { app, utilityProcess, type UtilityProcess } from 'electron';
import type { ReaderAnswer, ReaderRequest } from '../engine/documents/reader-protocol';
import {
  readerArguments,
  readerEnvironment,
  readerHeapMb,
  type ReaderLauncher,
  type ReaderLaunchOptions,
  type ReaderMemory,
} from '../engine/documents/reader-port';
import { ReaderProcessBase } from '../engine/documents/reader-process-base';

export function utilityReaderLauncher(entry: string): ReaderLauncher {
  return { launch: (options) => new UtilityReader(entry, options) };
}

class UtilityReader extends ReaderProcessBase {
  private readonly child: UtilityProcess;

  constructor(entry: string, options: ReaderLaunchOptions) {
    super();
    this.child = utilityProcess.fork(entry, readerArguments(options.memoryBytes), {
      serviceName: 'Faxdesk document reader',
      execArgv: [`--max-old-space-size=${readerHeapMb(options.memoryBytes)}`],
      stdio: ['ignore', 'ignore', 'pipe'],
      env: readerEnvironment(process.env),
    });
    this.child.stderr?.on('data', (chunk: Buffer) => this.stderr.add(chunk));
    this.child.on('message', (message: ReaderAnswer) => this.received(message));
    this.child.on('exit', (code) => this.exited(code, null));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  postMessage(message: ReaderRequest): void {
    this.child.postMessage(message);
  }

  kill(): void {
    this.child.kill();
  }

  /** Off Linux, Electron's process metrics stand in for the OS figures. */
  protected override memoryFromRuntime(reportedPeak: number): ReaderMemory | null {
    const metric = app.getAppMetrics().find((m) => m.pid === this.child.pid);
    if (!metric) return null;
    const rssBytes = metric.memory.workingSetSize * 1024;
    return { rssBytes, peakBytes: Math.max(rssBytes, metric.memory.peakWorkingSetSize * 1024, reportedPeak) };
  }

  /** A utility process never keeps the app running on its own; nothing to do. */
  hold(): void {}
}
