/**
 * Compresses an image's samples as they are produced, row by row, with Node's zlib — the same
 * bytes deflateSync gives for the whole buffer — so that a large image never has to be held
 * whole, decoded, in memory. It stops as soon as its output alone would make the fax larger
 * than one fax may be (FaxSize), instead of compressing hundreds of megabytes first.
 */
import { createDeflate, type Deflate } from 'node:zlib';
import type { FaxSize } from './fax-size';

/** Samples are handed to zlib in pieces about this large: few calls, little held at once. */
export const BATCH_BYTES = 256 * 1024;

export class RasterCompressor {
  private readonly deflate: Deflate = createDeflate();
  private readonly output: Buffer[] = [];
  private outputBytes = 0;
  private batch: Uint8Array[] = [];
  private batchBytes = 0;
  private readonly finished: Promise<void>;

  constructor(private readonly size: FaxSize) {
    this.deflate.on('data', (chunk: Buffer) => {
      this.output.push(chunk);
      this.outputBytes += chunk.length;
    });
    this.finished = new Promise((resolve, reject) => {
      this.deflate.once('end', resolve);
      this.deflate.once('error', (error) => reject(error));
    });
    // Rejections are awaited in end(); don't let an abandoned one go unhandled.
    this.finished.catch(() => undefined);
  }

  /**
   * Adds samples. They are copied unless `stable` says the caller will not change them (a
   * row buffer reused for the next row must be copied; a slice of a finished image need not).
   */
  async write(samples: Uint8Array, stable = false): Promise<void> {
    this.batch.push(stable ? samples : Uint8Array.from(samples));
    this.batchBytes += samples.length;
    if (this.batchBytes >= BATCH_BYTES) await this.flushBatch();
  }

  /** The compressed samples: a complete zlib stream. */
  async end(): Promise<Buffer> {
    await this.flushBatch();
    this.deflate.end();
    await this.finished;
    this.checkSize();
    return Buffer.concat(this.output, this.outputBytes);
  }

  /** Stops compressing, when the image turned out to be unreadable. */
  abandon(): void {
    this.deflate.destroy();
  }

  private async flushBatch(): Promise<void> {
    if (this.batchBytes === 0) return;
    const chunk = Buffer.concat(this.batch, this.batchBytes);
    this.batch = [];
    this.batchBytes = 0;
    if (!this.deflate.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        this.deflate.once('error', onError);
        this.deflate.once('drain', () => {
          this.deflate.off('error', onError);
          resolve();
        });
      });
    }
    this.checkSize();
  }

  private checkSize(): void {
    if (this.outputBytes <= this.size.remaining) return;
    this.abandon();
    // Throws FaxSizeError: the fax is over its limit with this image alone.
    this.size.add(this.outputBytes);
  }
}
