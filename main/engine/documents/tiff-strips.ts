/**
 * What utif2 cannot be trusted to bound, done or checked here before it decodes a page:
 *
 * - Deflate strips: utif2 inflates each with pako, whole, however large it grows (a 3 MB
 *   strip of a 1×1 image can inflate to 3 GB). Here each strip is inflated by Node's zlib with
 *   a maximum output of exactly the rows it holds (rows per strip × bytes per row, from the
 *   header), then un-predicted the way utif2 would.
 * - JPEG strips: utif2's JPEG decoder allocates what the strip's own frame header declares,
 *   which need not match the TIFF's. A strip declaring a larger frame than its rows is refused.
 *
 * Every other compression utif2 decodes into a buffer of the declared size, so its memory is
 * bounded by the header; its time, by the reader's time limit.
 */
import { inflateSync } from 'node:zlib';
import { tagNumber, tagNumbers, type TiffTags } from './tiff-directory';

const Tag = {
  Width: 256,
  Height: 257,
  BitsPerSample: 258,
  Compression: 259,
  StripOffsets: 273,
  SamplesPerPixel: 277,
  RowsPerStrip: 278,
  StripByteCounts: 279,
  Predictor: 317,
} as const;

export const DEFLATE_COMPRESSIONS = new Set([8, 32946]);
const JPEG_COMPRESSION = 7;
/** JPEG frames are whole MCUs (up to 16 × 16 pixels), so a strip's frame may exceed its rows by that much. */
const MCU = 16;

/** Why a page's image data cannot be used; tiff-source names the file. */
export class TiffDataError extends Error {
  override name = 'TiffDataError';
}

export interface StripGeometry {
  width: number;
  height: number;
  rowsPerStrip: number;
  /** Bytes of one decoded row: width × samples × bits, rounded up to a byte. */
  rowBytes: number;
}

export function stripGeometry(tags: TiffTags): StripGeometry {
  const width = tagNumber(tags, Tag.Width) ?? 0;
  const height = tagNumber(tags, Tag.Height) ?? 0;
  const samples = tagNumber(tags, Tag.SamplesPerPixel) ?? 1;
  const bits = tagNumber(tags, Tag.BitsPerSample) ?? 1;
  const rows = tagNumber(tags, Tag.RowsPerStrip) ?? height;
  return {
    width,
    height,
    rowsPerStrip: Math.max(1, Math.min(rows, height)),
    rowBytes: Math.ceil((width * samples * bits) / 8),
  };
}

/**
 * The page's pixels from its deflate strips, as utif2 would leave them in `tags.data`:
 * rows top to bottom, 16-bit samples little-endian, the horizontal predictor undone.
 */
export function inflateStrips(bytes: Uint8Array, tags: TiffTags, bigEndian: boolean): Uint8Array {
  const geometry = stripGeometry(tags);
  const { height, rowsPerStrip, rowBytes } = geometry;
  const offsets = tagNumbers(tags, Tag.StripOffsets) ?? [];
  const counts = tagNumbers(tags, Tag.StripByteCounts) ?? [];
  const image = new Uint8Array(height * rowBytes);
  const strips = Math.ceil(height / rowsPerStrip);
  if (offsets.length < strips) throw new TiffDataError(`${offsets.length} strips for ${strips} strips of rows`);

  for (let i = 0; i < strips; i++) {
    const rows = Math.min(rowsPerStrip, height - i * rowsPerStrip);
    const expected = rows * rowBytes;
    const offset = offsets[i] as number;
    const source = bytes.subarray(offset, offset + (counts[i] ?? 0));
    let strip: Buffer;
    try {
      // Some writers pad the last strip to a full strip of rows: allowed, and ignored.
      strip = inflateSync(source, { maxOutputLength: Math.max(1, rowsPerStrip * rowBytes) });
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new TiffDataError(
        code === 'ERR_BUFFER_TOO_LARGE'
          ? `strip ${i + 1} inflates to more than its ${rowsPerStrip} rows`
          : `strip ${i + 1} does not inflate: ${(error as Error).message}`,
      );
    }
    // A short strip leaves its missing rows blank, as utif2 does.
    image.set(strip.subarray(0, expected), i * rowsPerStrip * rowBytes);
  }
  finishSamples(image, tags, geometry, bigEndian);
  return image;
}

/** What utif2 does after decompressing: 16-bit samples to little-endian, then the predictor. */
function finishSamples(image: Uint8Array, tags: TiffTags, geometry: StripGeometry, bigEndian: boolean): void {
  const bits = tagNumber(tags, Tag.BitsPerSample) ?? 1;
  const samples = tagNumber(tags, Tag.SamplesPerPixel) ?? 1;
  const { height, rowBytes } = geometry;
  if (bits === 16 && bigEndian) {
    for (let i = 0; i + 1 < image.length; i += 2) {
      const high = image[i] as number;
      image[i] = image[i + 1] as number;
      image[i + 1] = high;
    }
  }
  if (tagNumber(tags, Tag.Predictor) !== 2) return;
  const pixelBytes = Math.max(1, (bits * samples) >>> 3);
  for (let y = 0; y < height; y++) {
    const row = y * rowBytes;
    if (bits === 16) {
      for (let j = pixelBytes; j + 1 < rowBytes; j += 2) {
        const value =
          (((image[row + j + 1] as number) << 8) | (image[row + j] as number)) +
          (((image[row + j - pixelBytes + 1] as number) << 8) | (image[row + j - pixelBytes] as number));
        image[row + j] = value & 255;
        image[row + j + 1] = (value >>> 8) & 255;
      }
    } else {
      for (let j = pixelBytes; j < rowBytes; j++) {
        image[row + j] = ((image[row + j] as number) + (image[row + j - pixelBytes] as number)) & 255;
      }
    }
  }
}

/** Refuses JPEG strips whose frame is larger than the rows they hold (see the top of this file). */
export function checkJpegStrips(bytes: Uint8Array, tags: TiffTags): void {
  if ((tagNumber(tags, Tag.Compression) ?? 1) !== JPEG_COMPRESSION) return;
  const { width, rowsPerStrip } = stripGeometry(tags);
  const offsets = tagNumbers(tags, Tag.StripOffsets) ?? [];
  const counts = tagNumbers(tags, Tag.StripByteCounts) ?? [];
  offsets.forEach((offset, i) => {
    const frame = jpegFrameSize(bytes.subarray(offset, offset + (counts[i] ?? 0)));
    if (!frame) throw new TiffDataError(`strip ${i + 1} has no JPEG frame`);
    if (frame.width > width + MCU || frame.height > rowsPerStrip + MCU) {
      throw new TiffDataError(`strip ${i + 1} declares a ${frame.width} × ${frame.height} frame`);
    }
  });
}

/** The size in the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC), walking marker segments. */
function jpegFrameSize(data: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 4 <= data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1] as number;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = ((data[at + 2] as number) << 8) | (data[at + 3] as number);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > data.length) return null;
      return {
        height: ((data[at + 5] as number) << 8) | (data[at + 6] as number),
        width: ((data[at + 7] as number) << 8) | (data[at + 8] as number),
      };
    }
    if (marker === 0xda || length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/** Tags that do not change a page's pixels: pages that differ only in these decode the same. */
const NOT_PIXELS = new Set([254, 269, 270, 271, 272, 282, 283, 285, 296, 297, 305, 306, 315, 316]);

/**
 * A key equal for pages whose pixels are the same: same strips, same way of decoding them.
 * A file whose 350 pages share one strip is decoded once, not 350 times.
 */
export function pixelKey(tags: TiffTags): string {
  return JSON.stringify(
    Object.keys(tags)
      .filter((key) => key !== 'data' && !NOT_PIXELS.has(Number(key.slice(1))))
      .sort()
      .map((key) => {
        const value = tags[key];
        return [key, value instanceof Uint8Array ? Array.from(value) : value];
      }),
  );
}
