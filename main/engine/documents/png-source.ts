/**
 * PNG images: the chunk structure is checked first (cheaply, with CRCs) so a cut-off or
 * damaged file is named as such, then the pixels are decoded a row at a time (png-rows.ts),
 * laid on white and compressed as they come (raster-compressor.ts). Nothing is inflated
 * past what the header declares, and memory holds rows, not the image — so the largest PNG
 * accepted costs the reader a few megabytes, and a decompression bomb costs nothing.
 *
 * An animated PNG is refused by name: faxing only its first frame would send something the
 * person did not see.
 */
import { crc32 } from 'node:zlib';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { asBuffer } from './bytes';
import { documentErrors } from './document-error';
import type { FaxSize } from './fax-size';
import type { Size } from './geometry';
import { addImagePage, resolutionFromAspect, resolutionOrDefault, type Resolution } from './image-page';
import { MAX_IMAGE_PIXELS } from './limits';
import type { OpenedSource } from './opened-source';
import { greyRow, rgbRow, rowExpander, rowIsGrey, type PngColours } from './png-pixels';
import { forEachRow, PngDataError, type PngLayout } from './png-rows';
import { BATCH_BYTES, RasterCompressor } from './raster-compressor';
import { embedCompressedRaster } from './raster';
import type { SourceFile } from './types';

const SIGNATURE_LENGTH = 8;
const METERS_PER_INCH = 0.0254;

/** Bit depths each colour type allows (ISO/IEC 15948 table 11.1). */
const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

interface PngFile extends PngColours {
  layout: PngLayout;
  resolution: Resolution;
  imageData: Uint8Array[];
}

export function openPng(file: SourceFile): OpenedSource {
  const png = readPngStructure(file);
  return {
    kind: 'png',
    pages: 1,
    appendTo: async (target, paper, size) => {
      try {
        await appendPng(png, target, paper, size);
      } catch (error) {
        if (error instanceof PngDataError) throw documentErrors.corrupt(file.name, 'png', error);
        throw error;
      }
    },
  };
}

async function appendPng(png: PngFile, target: PDFDocument, paper: Size, size: FaxSize): Promise<void> {
  const { width, height } = png.layout;
  const expand = rowExpander(png.layout, png);
  const rgba = new Uint8Array(width * 4);
  const grey = await isGrey(png, expand, rgba);
  const channels = grey ? 1 : 3;
  const out = new Uint8Array(width * channels);
  const lay = grey ? greyRow : rgbRow;
  const compressor = new RasterCompressor(size);
  try {
    if (!png.layout.interlaced) {
      await forEachRow(png.layout, png.imageData, async (row) => {
        expand(row, width, rgba);
        lay(rgba, width, out);
        await compressor.write(out);
      });
    } else {
      // Adam7 spreads each row over seven passes: gather the laid-on-white image, then compress it.
      const image = new Uint8Array(width * height * channels);
      await forEachRow(png.layout, png.imageData, (row, pass, y) => {
        expand(row, pass.width, rgba);
        lay(rgba, pass.width, out);
        const base = ((pass.y0 + y * pass.dy) * width + pass.x0) * channels;
        for (let i = 0; i < pass.width; i++) {
          for (let c = 0; c < channels; c++) image[base + i * pass.dx * channels + c] = out[i * channels + c] as number;
        }
      });
      for (let at = 0; at < image.length; at += BATCH_BYTES) {
        await compressor.write(image.subarray(at, at + BATCH_BYTES), true);
      }
    }
    const samples = await compressor.end();
    size.add(samples.length);
    const ref = embedCompressedRaster(target, {
      width,
      height,
      colorSpace: grey ? 'DeviceGray' : 'DeviceRGB',
      bitsPerComponent: 8,
      samples,
    });
    addImagePage(target, paper, ref, { width, height }, png.resolution);
  } finally {
    compressor.abandon();
  }
}

/**
 * Whether the image is grey once laid on white, so it can go in at a third of the size. Grey
 * colour types are; otherwise the rows are read once without keeping them, stopping at the
 * first coloured pixel — inflating twice costs far less than holding the image.
 */
async function isGrey(png: PngFile, expand: ReturnType<typeof rowExpander>, rgba: Uint8Array): Promise<boolean> {
  const { colorType } = png.layout;
  if (colorType === 0 || colorType === 4) return true;
  let grey = true;
  await forEachRow(png.layout, png.imageData, (row, pass) => {
    expand(row, pass.width, rgba);
    grey = rowIsGrey(rgba, pass.width);
    return grey;
  });
  return grey;
}

/** Walks the chunks up to IEND: sizes within the file, CRCs right, IHDR first, some IDAT. */
function readPngStructure(file: SourceFile): PngFile {
  const data = asBuffer(file.bytes);
  const corrupt = (why: string) => documentErrors.corrupt(file.name, 'png', new Error(why));
  let offset = SIGNATURE_LENGTH;
  let layout: PngLayout | null = null;
  let resolution: Resolution = resolutionOrDefault(undefined, undefined);
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  const imageData: Uint8Array[] = [];

  for (;;) {
    if (offset + 12 > data.length) throw documentErrors.truncated(file.name);
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > data.length) throw documentErrors.truncated(file.name);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (crc32(data.subarray(offset + 4, offset + 8 + length)) !== data.readUInt32BE(end - 4)) {
      throw corrupt(`bad CRC in ${type} chunk`);
    }
    if (layout === null && type !== 'IHDR') throw corrupt('no IHDR chunk first');

    if (type === 'IHDR') layout = readHeader(file, body);
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'pHYs' && length >= 9) resolution = pngResolution(body);
    else if (type === 'acTL') {
      throw documentErrors.unsupportedVariant(file.name, 'png', 'an animated image');
    } else if (type === 'IDAT') imageData.push(body);
    else if (type === 'IEND') break;
    offset = end;
  }

  if (!layout || imageData.length === 0) throw corrupt('no image data');
  if (layout.colorType === 3 && (!palette || palette.length === 0 || palette.length % 3 !== 0)) {
    throw corrupt('a palette image without a palette');
  }
  return { layout, resolution, palette, transparency, imageData };
}

function readHeader(file: SourceFile, body: Buffer): PngLayout {
  const corrupt = (why: string) => documentErrors.corrupt(file.name, 'png', new Error(why));
  if (body.length < 13) throw corrupt('IHDR is short');
  const width = body.readUInt32BE(0);
  const height = body.readUInt32BE(4);
  const [bitDepth, colorType, compression, filter, interlace] = body.subarray(8, 13);
  if (width === 0 || height === 0) throw corrupt('no image size');
  if (!DEPTHS[colorType as number]?.includes(bitDepth as number)) {
    throw corrupt(`colour type ${colorType} with ${bitDepth}-bit samples`);
  }
  if (compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) throw corrupt('unknown method');
  if (width * height > MAX_IMAGE_PIXELS) throw documentErrors.imageTooLarge(file.name, width, height);
  return {
    width,
    height,
    bitDepth: bitDepth as PngLayout['bitDepth'],
    colorType: colorType as PngLayout['colorType'],
    interlaced: interlace === 1,
  };
}

function pngResolution(pHYs: Buffer): Resolution {
  const x = pHYs.readUInt32BE(0);
  const y = pHYs.readUInt32BE(4);
  const unit = pHYs.readUInt8(8);
  return unit === 1 ? resolutionOrDefault(x * METERS_PER_INCH, y * METERS_PER_INCH) : resolutionFromAspect(x, y);
}
