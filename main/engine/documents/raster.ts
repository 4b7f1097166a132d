/**
 * Decoded pixels, and how they become an image XObject: raw samples, Flate-compressed with
 * Node's zlib (native, and the same bytes every time for the same input), a row at a time.
 */
import { PDFRawStream, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import type { FaxSize } from './fax-size';
import { BATCH_BYTES, RasterCompressor } from './raster-compressor';

export interface Raster {
  width: number;
  height: number;
  colorSpace: 'DeviceGray' | 'DeviceRGB' | 'DeviceCMYK';
  bitsPerComponent: 1 | 2 | 4 | 8;
  /** Rows start on a byte boundary, as in TIFF and PDF. */
  data: Uint8Array;
  /** Samples count up towards black (TIFF's WhiteIsZero, usual for fax images). */
  whiteIsZero?: boolean;
}

const CHANNELS = { DeviceGray: 1, DeviceRGB: 3, DeviceCMYK: 4 } as const;

export function rasterByteLength(r: Pick<Raster, 'width' | 'height' | 'colorSpace' | 'bitsPerComponent'>): number {
  return r.height * Math.ceil((r.width * CHANNELS[r.colorSpace] * r.bitsPerComponent) / 8);
}

/**
 * Compresses the raster (stopping once it alone would make the fax too large) and adds it,
 * counted in `size`.
 */
export async function embedRaster(target: PDFDocument, raster: Raster, size: FaxSize): Promise<PDFRef> {
  const expected = rasterByteLength(raster);
  if (raster.data.length < expected) {
    throw new Error(`Image data is short: ${raster.data.length} of ${expected} bytes`);
  }
  const compressor = new RasterCompressor(size);
  try {
    for (let at = 0; at < expected; at += BATCH_BYTES) {
      await compressor.write(raster.data.subarray(at, Math.min(at + BATCH_BYTES, expected)), true);
    }
    const samples = await compressor.end();
    size.add(samples.length);
    return embedCompressedRaster(target, { ...raster, samples });
  } finally {
    compressor.abandon();
  }
}

/** An image XObject from samples already Flate-compressed. */
export function embedCompressedRaster(
  target: PDFDocument,
  raster: Omit<Raster, 'data'> & { samples: Uint8Array },
): PDFRef {
  const dict = target.context.obj({
    Type: 'XObject',
    Subtype: 'Image',
    Width: raster.width,
    Height: raster.height,
    ColorSpace: raster.colorSpace,
    BitsPerComponent: raster.bitsPerComponent,
    Filter: 'FlateDecode',
    ...(raster.whiteIsZero ? { Decode: [1, 0] } : {}),
  });
  return target.context.register(PDFRawStream.of(dict, raster.samples));
}

/**
 * 8-bit RGBA (as image decoders give it) to the smallest faithful raster: transparency is
 * laid on white paper, as it would be printed, and an image with no colour becomes grey.
 */
export function rasterFromRgba(rgba: Uint8Array, width: number, height: number): Raster {
  const pixels = width * height;
  if (rgba.length < pixels * 4) throw new Error(`RGBA data is short: ${rgba.length} of ${pixels * 4} bytes`);
  const rgb = new Uint8Array(pixels * 3);
  let grey = true;
  for (let p = 0; p < pixels; p++) {
    const alpha = rgba[p * 4 + 3] as number;
    for (let c = 0; c < 3; c++) {
      const value = rgba[p * 4 + c] as number;
      rgb[p * 3 + c] = alpha === 255 ? value : Math.round((value * alpha + 255 * (255 - alpha)) / 255);
    }
    if (grey && (rgb[p * 3] !== rgb[p * 3 + 1] || rgb[p * 3] !== rgb[p * 3 + 2])) grey = false;
  }
  if (!grey) return { width, height, colorSpace: 'DeviceRGB', bitsPerComponent: 8, data: rgb };
  const gray = new Uint8Array(pixels);
  for (let p = 0; p < pixels; p++) gray[p] = rgb[p * 3] as number;
  return { width, height, colorSpace: 'DeviceGray', bitsPerComponent: 8, data: gray };
}
