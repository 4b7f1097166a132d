/**
 * Faxdesk decodes PNGs itself, a row at a time (png-rows.ts, png-pixels.ts), where it used to
 * hand them to UPNG whole. The fax must not change: for every colour type, bit depth and
 * filter, interlaced or not, with and without transparency, the samples that go into the fax
 * are compared with what UPNG decodes from the same pixels, laid on white the way raster.ts
 * lays any RGBA image. The PNGs are encoded here, independently of the decoder: random
 * samples, a random filter per row, Adam7 passes taken from the same pixels.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import UPNG from '@cantoo/pdf-lib/upng';
import { describe, expect, it } from 'vitest';
import { FaxSize } from '../../../main/engine/documents/fax-size';
import { PAPER_DIMENSIONS } from '../../../main/engine/documents/limits';
import { openSource } from '../../../main/engine/documents/open-source';
import { rasterFromRgba } from '../../../main/engine/documents/raster';
import { png, pngChunk } from '../../fixtures/documents/crafted-files';

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const COMBINATIONS: Array<[number, number]> = [
  [0, 1],
  [0, 2],
  [0, 4],
  [0, 8],
  [0, 16],
  [2, 8],
  [2, 16],
  [3, 1],
  [3, 2],
  [3, 4],
  [3, 8],
  [4, 8],
  [4, 16],
  [6, 8],
  [6, 16],
];

interface Case {
  colorType: number;
  bitDepth: number;
  interlaced: boolean;
  transparency: boolean;
  /** RGB samples with r = g = b, so the fax is grey although the PNG is not. */
  greyish?: boolean;
}

describe('PNG decoding, a row at a time', () => {
  const cases: Case[] = COMBINATIONS.flatMap(([colorType, bitDepth]) =>
    [false, true].flatMap((interlaced) =>
      (colorType === 0 || colorType === 2 || colorType === 3 ? [false, true] : [false]).map((transparency) => ({
        colorType,
        bitDepth,
        interlaced,
        transparency,
      })),
    ),
  );
  cases.push({ colorType: 2, bitDepth: 8, interlaced: false, transparency: false, greyish: true });
  cases.push({ colorType: 6, bitDepth: 16, interlaced: true, transparency: false, greyish: true });

  for (const spec of cases) {
    const name =
      `colour type ${spec.colorType}, ${spec.bitDepth}-bit${spec.interlaced ? ', interlaced' : ''}` +
      `${spec.transparency ? ', tRNS' : ''}${spec.greyish ? ', grey samples' : ''}`;
    it(`gives the fax exactly what UPNG gives: ${name}`, async () => {
      const random = seeded(spec.colorType * 100 + spec.bitDepth + (spec.interlaced ? 7 : 0));
      for (const [width, height] of [
        [13, 11],
        [1, 1],
        [40, 3],
      ] as const) {
        const image = randomImage(width, height, spec, random);
        // UPNG reads the plain encoding; an interlaced one is compared with that too, because
        // UPNG itself misreads an Average-filtered first row of a later Adam7 pass.
        const plain = encodePng(image, width, { ...spec, interlaced: false }, random);
        const [rgba] = UPNG.toRGBA8(UPNG.decode(toArrayBuffer(plain)));
        const expected = rasterFromRgba(new Uint8Array(rgba as ArrayBuffer), width, height);
        const ours = await faxImage(encodePng(image, width, spec, random));
        expect(ours.colorSpace).toBe(expected.colorSpace);
        expect(Buffer.from(ours.samples).equals(Buffer.from(expected.data))).toBe(true);
      }
    });
  }

  it('refuses image data that inflates past what the header declares, or stops short of it', async () => {
    const rows = (count: number) => deflateSync(Buffer.alloc(count * (1 + 4)));
    for (const data of [rows(5), rows(3)]) {
      const bytes = png({ width: 4, height: 4, bitDepth: 8, colorType: 0, imageData: data });
      await expect(faxImage(bytes)).rejects.toMatchObject({ code: 'corrupt' });
    }
    await expect(
      faxImage(png({ width: 4, height: 4, bitDepth: 8, colorType: 0, imageData: rows(4) })),
    ).resolves.toBeTruthy();
  });

  it('refuses an animated PNG by name instead of faxing one frame of it', async () => {
    const acTL = Buffer.alloc(8);
    acTL.writeUInt32BE(2, 0);
    const bytes = png({ width: 2, height: 2, bitDepth: 8, colorType: 0, extra: [pngChunk('acTL', acTL)] });
    await expect(openSource({ name: 'moving.png', bytes })).rejects.toMatchObject({
      code: 'unsupported_type',
      message: expect.stringContaining('(an animated image)'),
    });
  });

  it('refuses colour types and depths PNG does not have', async () => {
    const bytes = png({ width: 2, height: 2, bitDepth: 16, colorType: 3 });
    await expect(openSource({ name: 'odd.png', bytes })).rejects.toMatchObject({ code: 'corrupt' });
  });
});

/** The one image the fax of this PNG holds: its colour space and inflated samples. */
async function faxImage(bytes: Uint8Array): Promise<{ colorSpace: string; samples: Uint8Array }> {
  const source = await openSource({ name: 'test.png', bytes });
  const target = await PDFDocument.create();
  await source.appendTo(target, PAPER_DIMENSIONS.letter, new FaxSize());
  const images = target.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter(
      (o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
    );
  expect(images).toHaveLength(1);
  const image = images[0] as PDFRawStream;
  return {
    colorSpace: (image.dict.get(PDFName.of('ColorSpace')) as PDFName).decodeText(),
    samples: inflateSync(image.contents),
  };
}

/**
 * Random samples for a width × height image, one array of bytes per row as PNG stores them
 * (PLTE indices may point past the palette, and some pixels take the tRNS colour exactly).
 */
function randomImage(width: number, height: number, spec: Case, random: () => number): Uint8Array[] {
  const { colorType, bitDepth } = spec;
  const channels = CHANNELS[colorType] as number;
  const length = Math.ceil((width * channels * bitDepth) / 8);
  return Array.from({ length: height }, () => {
    const row = new Uint8Array(length);
    for (let i = 0; i < length; i++) row[i] = Math.floor(random() * 256);
    if (spec.greyish) {
      const step = bitDepth / 8;
      for (let x = 0; x < width; x++) {
        const at = x * channels * step;
        for (let c = 1; c < 3; c++) for (let b = 0; b < step; b++) row[at + c * step + b] = row[at + b] as number;
      }
    }
    if (spec.transparency && colorType !== 3) row.fill(0, 0, Math.max(1, (channels * bitDepth) / 8));
    return row;
  });
}

/** The image as a PNG, plain or Adam7-interlaced: each stored row filtered with a random filter. */
function encodePng(image: Uint8Array[], width: number, spec: Case, random: () => number): Uint8Array {
  const { colorType, bitDepth } = spec;
  const bitsPerPixel = (CHANNELS[colorType] as number) * bitDepth;
  const pixelBytes = Math.max(1, bitsPerPixel / 8);
  const height = image.length;
  const passes = spec.interlaced ? ADAM7 : [[0, 0, 1, 1]];
  const stored: number[] = [];
  for (const [x0, y0, dx, dy] of passes as Array<[number, number, number, number]>) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w <= 0 || h <= 0) continue;
    let previous = new Uint8Array(Math.ceil((w * bitsPerPixel) / 8));
    for (let j = 0; j < h; j++) {
      const row = new Uint8Array(previous.length);
      for (let i = 0; i < w; i++) copyPixel(image[y0 + j * dy] as Uint8Array, x0 + i * dx, row, i, bitsPerPixel);
      const filter = Math.floor(random() * 5);
      stored.push(filter, ...applyFilter(filter, row, previous, pixelBytes));
      previous = row;
    }
  }
  const extra: Buffer[] = [];
  if (colorType === 3)
    extra.push(pngChunk('PLTE', Buffer.from([12, 200, 7, 90, 90, 90, 255, 0, 128, 3, 3, 3, 77, 1, 250])));
  if (spec.transparency) {
    extra.push(pngChunk('tRNS', colorType === 3 ? Buffer.from([0, 128, 255]) : Buffer.alloc(colorType === 0 ? 2 : 6)));
  }
  const bytes = png({ width, height, bitDepth, colorType, extra, imageData: deflateSync(Buffer.from(stored)) });
  return withInterlace(bytes, spec.interlaced);
}

const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

function copyPixel(from: Uint8Array, x: number, to: Uint8Array, i: number, bits: number): void {
  if (bits >= 8) {
    const bytes = bits / 8;
    to.set(from.subarray(x * bytes, (x + 1) * bytes), i * bytes);
    return;
  }
  const perByte = 8 / bits;
  const mask = (1 << bits) - 1;
  const value = ((from[Math.floor(x / perByte)] as number) >> (8 - bits * ((x % perByte) + 1))) & mask;
  to[Math.floor(i / perByte)] = (to[Math.floor(i / perByte)] as number) | (value << (8 - bits * ((i % perByte) + 1)));
}

/** Sets the interlace method in IHDR and fixes its CRC. */
function withInterlace(bytes: Uint8Array, interlaced: boolean): Uint8Array {
  if (!interlaced) return bytes;
  const copy = Buffer.from(bytes);
  const ihdr = copy.subarray(8 + 8, 8 + 8 + 13);
  ihdr[12] = 1;
  const fixed = pngChunk('IHDR', Buffer.from(ihdr));
  fixed.copy(copy, 8);
  return new Uint8Array(copy);
}

function applyFilter(filter: number, row: Uint8Array, previous: Uint8Array, bpp: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? (row[i - bpp] as number) : 0;
    const b = previous[i] as number;
    const c = i >= bpp ? (previous[i - bpp] as number) : 0;
    const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] as number;
    out.push(((row[i] as number) - predictor) & 255);
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}
