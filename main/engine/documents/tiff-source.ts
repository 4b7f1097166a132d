/**
 * TIFF images, including multi-page fax TIFFs (CCITT G3/G4, often at 204×98 or 204×196
 * dpi): each page of the file becomes a fax page at its true size. Structure and limits are
 * checked up front; the pixels are decoded by utif2 when the page is added, within bounds
 * the header sets (tiff-strips.ts), and pages that share their strips are decoded once.
 */
import type { PDFRef } from '@cantoo/pdf-lib';
import UTIF, { type IFD } from 'utif2';
import { toArrayBuffer } from './bytes';
import { documentErrors, DocumentError } from './document-error';
import { FaxSizeError } from './fax-size';
import { MAX_IMAGE_PIXELS, MAX_IMAGE_WORKING_BYTES } from './limits';
import { addImagePage, resolutionOrDefault, type Resolution } from './image-page';
import type { OpenedSource } from './opened-source';
import { embedRaster, rasterFromRgba, type Raster } from './raster';
import { readTiffStructure, tagNumber, tagNumbers, TiffStructureError, type TiffTags } from './tiff-directory';
import { checkJpegStrips, DEFLATE_COMPRESSIONS, inflateStrips, pixelKey } from './tiff-strips';
import type { SourceFile } from './types';

const Tag = {
  NewSubfileType: 254,
  Width: 256,
  Height: 257,
  BitsPerSample: 258,
  Compression: 259,
  Photometric: 262,
  StripOffsets: 273,
  SamplesPerPixel: 277,
  StripByteCounts: 279,
  XResolution: 282,
  YResolution: 283,
  PlanarConfiguration: 284,
  ResolutionUnit: 296,
  TileWidth: 322,
} as const;

/** None, CCITT 1D/G3/G4, LZW, JPEG, Deflate (both codes), PackBits. */
const SUPPORTED_COMPRESSIONS = new Set([1, 2, 3, 4, 5, 7, 8, 32946, 32773]);
const REDUCED_RESOLUTION = 1;

interface TiffPage {
  tags: TiffTags;
  width: number;
  height: number;
  resolution: Resolution;
}

export function openTiff(file: SourceFile): OpenedSource {
  const { pages, bigEndian } = readPages(file);
  return {
    kind: 'tiff',
    pages: pages.length,
    appendTo: async (target, paper, size) => {
      const buffer = toArrayBuffer(file.bytes);
      // Pages with the same pixels (the same strips, decoded the same way) share one image.
      const images = new Map<string, PDFRef>();
      for (const page of pages) {
        try {
          const key = pixelKey(page.tags);
          let image = images.get(key);
          if (!image) {
            decodePixels(file.bytes, buffer, page, bigEndian);
            image = await embedRaster(target, rasterOf(page), size);
            images.set(key, image);
          }
          addImagePage(target, paper, image, page, page.resolution);
        } catch (error) {
          if (error instanceof DocumentError || error instanceof FaxSizeError) throw error;
          throw documentErrors.corrupt(file.name, 'tiff', error);
        } finally {
          // The decoded pixels are in the PDF now; don't hold every page's in memory at once.
          delete page.tags['data'];
        }
        // Long fax TIFFs take a while to decode; let the rest of the app breathe between pages.
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}

/** Deflate strips are inflated here, within their declared size; everything else by utif2. */
function decodePixels(bytes: Uint8Array, buffer: ArrayBuffer, page: TiffPage, bigEndian: boolean): void {
  const compression = tagNumber(page.tags, Tag.Compression) ?? 1;
  if (DEFLATE_COMPRESSIONS.has(compression)) page.tags['data'] = inflateStrips(bytes, page.tags, bigEndian);
  else UTIF.decodeImage(buffer, page.tags as unknown as IFD);
}

function readPages(file: SourceFile): { pages: TiffPage[]; bigEndian: boolean } {
  let directories: TiffTags[];
  let littleEndian: boolean;
  try {
    ({ directories, littleEndian } = readTiffStructure(file.bytes));
  } catch (error) {
    if (!(error instanceof TiffStructureError)) throw error;
    if (error.problem === 'truncated') throw documentErrors.truncated(file.name, error);
    if (error.problem === 'unsupported') throw documentErrors.unsupportedVariant(file.name, 'tiff', error.message);
    throw documentErrors.corrupt(file.name, 'tiff', error);
  }
  // Thumbnails stored as extra directories are not pages.
  const full = directories.filter((tags) => ((tagNumber(tags, Tag.NewSubfileType) ?? 0) & REDUCED_RESOLUTION) === 0);
  const pages = (full.length > 0 ? full : directories).map((tags) => checkPage(file, tags));
  if (pages.length === 0) throw documentErrors.noPages(file.name);
  return { pages, bigEndian: !littleEndian };
}

function checkPage(file: SourceFile, tags: TiffTags): TiffPage {
  const width = tagNumber(tags, Tag.Width) ?? 0;
  const height = tagNumber(tags, Tag.Height) ?? 0;
  if (width < 1 || height < 1) throw documentErrors.corrupt(file.name, 'tiff', new Error('no image size'));
  if (width * height > MAX_IMAGE_PIXELS) throw documentErrors.imageTooLarge(file.name, width, height);

  const unsupported = (detail: string) => documentErrors.unsupportedVariant(file.name, 'tiff', detail);
  const compression = tagNumber(tags, Tag.Compression) ?? 1;
  const samples = tagNumber(tags, Tag.SamplesPerPixel) ?? 1;
  const bits = tagNumbers(tags, Tag.BitsPerSample) ?? [1];
  const photometric = tagNumber(tags, Tag.Photometric) ?? (bits[0] === 1 ? 0 : 1);
  if (!SUPPORTED_COMPRESSIONS.has(compression)) return reject(unsupported(`compression scheme ${compression}`));
  if (tags[`t${Tag.TileWidth}`] !== undefined) return reject(unsupported('tiled layout'));
  if (samples > 1 && tagNumber(tags, Tag.PlanarConfiguration) === 2) return reject(unsupported('separate planes'));
  if (!bits.every((b) => [1, 2, 4, 8, 16].includes(b))) return reject(unsupported(`${bits[0]}-bit samples`));
  const colour =
    photometric <= 3 ||
    (photometric === 5 && samples === 4 && bits[0] === 8) ||
    (photometric === 6 && compression === 7);
  if (!colour || (compression === 7 && samples !== 3)) return reject(unsupported(`colour model ${photometric}`));

  if (workingBytes(width, height, samples, bits[0] ?? 1, photometric, compression) > MAX_IMAGE_WORKING_BYTES) {
    throw documentErrors.imageTooLarge(file.name, width, height);
  }
  checkStrips(file, tags, compression);
  try {
    checkJpegStrips(file.bytes, tags);
  } catch (error) {
    throw documentErrors.corrupt(file.name, 'tiff', error);
  }
  return { tags, width, height, resolution: tiffResolution(tags) };
}

/** Every strip must lie inside the file: a cut-off fax TIFF is named as incomplete, not decoded as half white. */
function checkStrips(file: SourceFile, tags: TiffTags, compression: number): void {
  const offsets = tagNumbers(tags, Tag.StripOffsets);
  const counts = tagNumbers(tags, Tag.StripByteCounts);
  if (!offsets || offsets.length === 0) throw documentErrors.corrupt(file.name, 'tiff', new Error('no strips'));
  if (!counts) {
    // utif2 works out the size of a single uncompressed strip; anything else needs the counts.
    if (compression === 1 && offsets.length === 1) return;
    throw documentErrors.corrupt(file.name, 'tiff', new Error('no strip byte counts'));
  }
  if (counts.length !== offsets.length)
    throw documentErrors.corrupt(file.name, 'tiff', new Error('strip tables differ'));
  offsets.forEach((offset, i) => {
    if (offset + (counts[i] ?? 0) > file.bytes.length) throw documentErrors.truncated(file.name);
  });
}

/**
 * What decoding a page takes at most, from its header: the decoded samples, plus the RGBA,
 * RGB and grey copies when they have to be converted (rasterOf), plus a JPEG decoder's planes.
 */
function workingBytes(
  width: number,
  height: number,
  samples: number,
  bits: number,
  photometric: number,
  compression: number,
): number {
  const pixels = width * height;
  if (compression === 7) return pixels * 3 * 2;
  const decoded = height * Math.ceil((width * samples * bits) / 8);
  const direct =
    ((photometric === 0 || photometric === 1) && samples === 1 && bits <= 8) ||
    (photometric === 2 && samples === 3 && bits === 8) ||
    (photometric === 5 && samples === 4 && bits === 8);
  return direct ? decoded : decoded + pixels * (4 + 3 + 1);
}

function tiffResolution(tags: TiffTags): Resolution {
  // Unit 3 is centimetres; 2 (inches) is the default, and "no unit" (1) is read as inches too.
  const perInch = tagNumber(tags, Tag.ResolutionUnit) === 3 ? 2.54 : 1;
  const x = tagNumber(tags, Tag.XResolution);
  const y = tagNumber(tags, Tag.YResolution);
  return resolutionOrDefault(x === undefined ? x : x * perInch, y === undefined ? y : y * perInch);
}

/** Grey, RGB and CMYK samples go into the PDF as decoded; other layouts through RGBA. */
function rasterOf(page: TiffPage): Raster {
  const { tags, width, height } = page;
  const data = tags['data'];
  if (!(data instanceof Uint8Array)) throw new Error('TIFF page has no image data');
  const samples = tagNumber(tags, Tag.SamplesPerPixel) ?? 1;
  const bits = tagNumber(tags, Tag.BitsPerSample) ?? 1;
  // Read after decoding: utif2 marks JPEG-compressed YCbCr pages as RGB once it has converted them.
  const photometric = tagNumber(tags, Tag.Photometric) ?? (bits === 1 ? 0 : 1);

  if (
    (photometric === 0 || photometric === 1) &&
    samples === 1 &&
    (bits === 1 || bits === 2 || bits === 4 || bits === 8)
  ) {
    return { width, height, colorSpace: 'DeviceGray', bitsPerComponent: bits, data, whiteIsZero: photometric === 0 };
  }
  if (photometric === 2 && samples === 3 && bits === 8) {
    return { width, height, colorSpace: 'DeviceRGB', bitsPerComponent: 8, data };
  }
  if (photometric === 5 && samples === 4 && bits === 8) {
    return { width, height, colorSpace: 'DeviceCMYK', bitsPerComponent: 8, data };
  }
  return rasterFromRgba(UTIF.toRGBA8(tags as unknown as IFD), width, height);
}

function reject(error: DocumentError): never {
  throw error;
}
