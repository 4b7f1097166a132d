/**
 * What every kind of reader process does the same way, whoever starts it: its events, the end
 * of its stderr for the log, and its memory as the OS counts it, else as the reader itself
 * reported it. The command line's forked reader (fork-reader.ts) and the app's utility process
 * (main/app/utility-reader.ts) add only how a child is started, spoken to and stopped.
 */
import { EventEmitter } from 'node:events';
import { processMemory } from './process-memory';
import type { ReaderAnswer, ReaderRequest } from './reader-protocol';
import { StderrTail, type ReaderExit, type ReaderMemory, type ReaderProcess } from './reader-port';

type ReaderEvent = 'message' | 'exit' | 'error';

export abstract class ReaderProcessBase implements ReaderProcess {
  private readonly events = new EventEmitter();
  protected readonly stderr = new StderrTail();
  /** The reader's own account of its peak, for systems where the OS is not asked. */
  private reportedPeak = 0;

  abstract get pid(): number | undefined;
  abstract postMessage(message: ReaderRequest): void;
  abstract kill(): void;
  abstract hold(held: boolean): void;

  on(event: ReaderEvent, listener: (...args: never[]) => void): void {
    this.events.on(event, listener as (...args: unknown[]) => void);
  }

  off(event: ReaderEvent, listener: (...args: never[]) => void): void {
    this.events.off(event, listener as (...args: unknown[]) => void);
  }

  memory(): ReaderMemory | null {
    return (
      processMemory(this.pid) ??
      this.memoryFromRuntime(this.reportedPeak) ??
      (this.reportedPeak > 0 ? { rssBytes: this.reportedPeak, peakBytes: this.reportedPeak } : null)
    );
  }

  /** Where the OS cannot be asked directly, what the runtime that started the reader knows of it. */
  protected memoryFromRuntime(_reportedPeak: number): ReaderMemory | null {
    return null;
  }

  protected received(message: ReaderAnswer): void {
    if ('peakRssBytes' in message) this.reportedPeak = Math.max(this.reportedPeak, message.peakRssBytes);
    this.events.emit('message', message);
  }

  /** Call once stderr has been read to its end, so the exit carries all of it. */
  protected exited(code: number | null, signal: string | null): void {
    const exit: ReaderExit = { code, signal, stderr: this.stderr.toString() };
    this.events.emit('exit', exit);
  }

  protected failedToStart(error: Error): void {
    this.events.emit('error', error);
  }
}
