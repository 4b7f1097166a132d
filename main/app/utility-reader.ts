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
import { EventEmitter } from 'node:events';
import { processMemory } from '../engine/documents/process-memory';
import type { ReaderAnswer, ReaderRequest } from '../engine/documents/reader-protocol';
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
} from '../engine/documents/reader-port';

export function utilityReaderLauncher(entry: string): ReaderLauncher {
  return { launch: (options) => new UtilityReader(entry, options) };
}

class UtilityReader implements ReaderProcess {
  private readonly child: UtilityProcess;
  private readonly events = new EventEmitter();
  private readonly stderr = new StderrTail();
  private reportedPeak = 0;

  constructor(entry: string, options: ReaderLaunchOptions) {
    this.child = utilityProcess.fork(entry, readerArguments(options.memoryBytes), {
      serviceName: 'Faxdesk document reader',
      execArgv: [`--max-old-space-size=${readerHeapMb(options.memoryBytes)}`],
      stdio: ['ignore', 'ignore', 'pipe'],
      env: readerEnvironment(process.env),
    });
    this.child.stderr?.on('data', (chunk: Buffer) => this.stderr.add(chunk));
    this.child.on('message', (message: ReaderAnswer) => {
      if ('peakRssBytes' in message) this.reportedPeak = Math.max(this.reportedPeak, message.peakRssBytes);
      this.events.emit('message', message);
    });
    this.child.on('exit', (code) => {
      const exit: ReaderExit = { code, signal: null, stderr: this.stderr.toString() };
      this.events.emit('exit', exit);
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  postMessage(message: ReaderRequest): void {
    this.child.postMessage(message);
  }

  on(event: 'message' | 'exit' | 'error', listener: (...args: never[]) => void): void {
    this.events.on(event, listener as (...args: unknown[]) => void);
  }

  off(event: 'message' | 'exit' | 'error', listener: (...args: never[]) => void): void {
    this.events.off(event, listener as (...args: unknown[]) => void);
  }

  kill(): void {
    this.child.kill();
  }

  memory(): ReaderMemory | null {
    const fromOs = processMemory(this.child.pid);
    if (fromOs) return fromOs;
    const metric = app.getAppMetrics().find((m) => m.pid === this.child.pid);
    if (metric) {
      const rssBytes = metric.memory.workingSetSize * 1024;
      return { rssBytes, peakBytes: Math.max(rssBytes, metric.memory.peakWorkingSetSize * 1024, this.reportedPeak) };
    }
    return this.reportedPeak > 0 ? { rssBytes: this.reportedPeak, peakBytes: this.reportedPeak } : null;
  }

  /** A utility process never keeps the app running on its own; nothing to do. */
  hold(): void {}
}
