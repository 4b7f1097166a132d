/**
 * PNG images: the chunk structure is checked first (cheaply, with CRCs) so a cut-off or
 * damaged file is named as such; the pixels are decoded with the UPNG copy that ships with
 * @cantoo/pdf-lib and embedded laid on white.
 */
import { crc32 } from 'node:zlib';
import UPNG from '@cantoo/pdf-lib/upng';
import { documentErrors, DocumentError } from './document-error';
import { MAX_IMAGE_PIXELS } from './limits';
import { asBuffer, toArrayBuffer } from './bytes';
import { addImagePage, resolutionFromAspect, resolutionOrDefault, type Resolution } from './image-page';
import { appendingWith, type OpenedSource } from './opened-source';
import { embedRaster, rasterFromRgba } from './raster';
import type { SourceFile } from './types';

const SIGNATURE_LENGTH = 8;
const METERS_PER_INCH = 0.0254;

interface PngHeader {
  width: number;
  height: number;
  resolution: Resolution;
}

export function openPng(file: SourceFile): OpenedSource {
  const header = readPngStructure(file);
  return {
    kind: 'png',
    pages: 1,
    appendTo: (target, paper) =>
      appendingWith(() => {
        try {
          const image = UPNG.decode(toArrayBuffer(file.bytes));
          const [rgba] = UPNG.toRGBA8(image);
          if (!rgba) throw new Error('PNG has no image');
          const ref = embedRaster(target, rasterFromRgba(new Uint8Array(rgba), image.width, image.height));
          addImagePage(target, paper, ref, header, header.resolution);
        } catch (error) {
          if (error instanceof DocumentError) throw error;
          throw documentErrors.corrupt(file.name, 'png', error);
        }
      }),
  };
}

/** Walks the chunks up to IEND: sizes within the file, CRCs right, IHDR first, some IDAT. */
function readPngStructure(file: SourceFile): PngHeader {
  const data = asBuffer(file.bytes);
  let offset = SIGNATURE_LENGTH;
  let header: { width: number; height: number } | null = null;
  let resolution: Resolution = resolutionOrDefault(undefined, undefined);
  let sawImageData = false;

  for (;;) {
    if (offset + 12 > data.length) throw documentErrors.truncated(file.name);
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > data.length) throw documentErrors.truncated(file.name);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (crc32(data.subarray(offset + 4, offset + 8 + length)) !== data.readUInt32BE(end - 4)) {
      throw documentErrors.corrupt(file.name, 'png', new Error(`bad CRC in ${type} chunk`));
    }
    if (header === null && type !== 'IHDR') throw documentErrors.corrupt(file.name, 'png');

    if (type === 'IHDR' && length >= 8) header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4) };
    else if (type === 'pHYs' && length >= 9) resolution = pngResolution(body);
    else if (type === 'IDAT') sawImageData = true;
    else if (type === 'IEND') break;
    offset = end;
  }

  if (!header || !sawImageData || header.width === 0 || header.height === 0) {
    throw documentErrors.corrupt(file.name, 'png');
  }
  if (header.width * header.height > MAX_IMAGE_PIXELS) {
    throw documentErrors.imageTooLarge(file.name, header.width, header.height);
  }
  return { ...header, resolution };
}

function pngResolution(pHYs: Buffer): Resolution {
  const x = pHYs.readUInt32BE(0);
  const y = pHYs.readUInt32BE(4);
  const unit = pHYs.readUInt8(8);
  return unit === 1 ? resolutionOrDefault(x * METERS_PER_INCH, y * METERS_PER_INCH) : resolutionFromAspect(x, y);
}
