/**
 * The rows of a PNG, decoded one at a time: the image data is inflated as a stream with
 * Node's zlib and unfiltered row by row, so memory holds two rows, not the image. The header
 * says exactly how many bytes the image data inflates to (rows × (1 + bytes per row), per
 * Adam7 pass when interlaced); more than that is a damaged or hostile file and reading stops
 * there, instead of inflating gigabytes (ISO/IEC 15948 §§ 7–9).
 */
import { Readable } from 'node:stream';
import { createInflate } from 'node:zlib';

export interface PngLayout {
  width: number;
  height: number;
  bitDepth: 1 | 2 | 4 | 8 | 16;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
  colorType: 0 | 2 | 3 | 4 | 6;
  interlaced: boolean;
}

/** Where the rows of one pass go: pixel (i, j) of the pass is pixel (x0 + i·dx, y0 + j·dy) of the image. */
export interface Pass {
  x0: number;
  y0: number;
  dx: number;
  dy: number;
  width: number;
  height: number;
}

const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as const;
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** The passes with pixels in them: one for a plain image, up to seven for Adam7. */
export function passesOf(layout: PngLayout): Pass[] {
  const { width, height } = layout;
  if (!layout.interlaced) return [{ x0: 0, y0: 0, dx: 1, dy: 1, width, height }];
  return ADAM7.map(([x0, y0, dx, dy]) => ({
    x0,
    y0,
    dx,
    dy,
    width: Math.ceil((width - x0) / dx),
    height: Math.ceil((height - y0) / dy),
  })).filter((pass) => pass.width > 0 && pass.height > 0);
}

export function rowBytes(layout: PngLayout, width: number): number {
  return Math.ceil((width * CHANNELS[layout.colorType] * layout.bitDepth) / 8);
}

/** What the image data inflates to, exactly: filter byte plus samples, for every row of every pass. */
export function inflatedLength(layout: PngLayout): number {
  return passesOf(layout).reduce((sum, pass) => sum + pass.height * (1 + rowBytes(layout, pass.width)), 0);
}

/** Why the image data cannot be read; png-source names the file. */
export class PngDataError extends Error {
  override name = 'PngDataError';
}

/**
 * Calls `onRow` with every unfiltered row in file order (pass by pass), the row's bytes
 * without the filter byte; the array is reused for the next row. `onRow` returning false
 * stops reading early. Throws PngDataError when the data is damaged, short or too long.
 */
export async function forEachRow(
  layout: PngLayout,
  imageData: Uint8Array[],
  onRow: (row: Uint8Array, pass: Pass, y: number) => boolean | void | Promise<boolean | void>,
): Promise<void> {
  const passes = passesOf(layout);
  const pixelBytes = Math.max(1, (CHANNELS[layout.colorType] * layout.bitDepth) / 8);
  let passIndex = 0;
  let pass = passes[0] as Pass;
  let y = 0;
  let length = rowBytes(layout, pass.width);
  let current = new Uint8Array(1 + length);
  let previous = new Uint8Array(1 + length);
  let filled = 0;
  let done = false;

  const inflater = createInflate({ chunkSize: 64 * 1024 });
  Readable.from(imageData.map((part) => Buffer.from(part.buffer, part.byteOffset, part.length))).pipe(inflater);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      let at = 0;
      while (at < chunk.length) {
        if (done) throw new PngDataError('more image data than the header declares');
        const take = Math.min(chunk.length - at, current.length - filled);
        current.set(chunk.subarray(at, at + take), filled);
        filled += take;
        at += take;
        if (filled < current.length) break;

        unfilter(current, previous, pixelBytes);
        if ((await onRow(current.subarray(1), pass, y)) === false) return;
        [previous, current] = [current, previous];
        filled = 0;
        if (++y < pass.height) continue;
        // The pass is complete: the next starts with a blank "previous" row of its own width.
        const next = passes[++passIndex];
        if (!next) {
          done = true;
          continue;
        }
        pass = next;
        y = 0;
        length = rowBytes(layout, pass.width);
        current = new Uint8Array(1 + length);
        previous = new Uint8Array(1 + length);
      }
    }
  } catch (error) {
    // zlib's own errors (Z_DATA_ERROR, Z_BUF_ERROR…) mean damaged data; anything else is the caller's.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new PngDataError(`the image data does not inflate: ${(error as Error).message}`);
    }
    throw error;
  } finally {
    inflater.destroy();
  }
  if (!done) throw new PngDataError('the image data ends before the last row');
}

/** Undoes the row's filter in place (ISO/IEC 15948 § 9.2); `row[0]` is the filter type. */
function unfilter(row: Uint8Array, previous: Uint8Array, pixelBytes: number): void {
  const filter = row[0];
  const n = row.length;
  switch (filter) {
    case 0:
      return;
    case 1:
      for (let i = 1 + pixelBytes; i < n; i++) row[i] = ((row[i] as number) + (row[i - pixelBytes] as number)) & 255;
      return;
    case 2:
      for (let i = 1; i < n; i++) row[i] = ((row[i] as number) + (previous[i] as number)) & 255;
      return;
    case 3:
      for (let i = 1; i < n; i++) {
        const left = i > pixelBytes ? (row[i - pixelBytes] as number) : 0;
        row[i] = ((row[i] as number) + ((left + (previous[i] as number)) >> 1)) & 255;
      }
      return;
    case 4:
      for (let i = 1; i < n; i++) {
        const a = i > pixelBytes ? (row[i - pixelBytes] as number) : 0;
        const b = previous[i] as number;
        const c = i > pixelBytes ? (previous[i - pixelBytes] as number) : 0;
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        const predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        row[i] = ((row[i] as number) + predictor) & 255;
      }
      return;
    default:
      throw new PngDataError(`row filter ${filter} does not exist`);
  }
}
