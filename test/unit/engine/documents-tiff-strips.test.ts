/**
 * TIFF strips that utif2 would not bound: deflate strips are inflated here, to their rows and
 * no further, and must come out exactly as utif2 decodes them (byte order, predictor); JPEG
 * strips may not declare larger frames than their rows; pages with the same pixels are
 * recognised as such.
 */
import { deflateSync } from 'node:zlib';
import UTIF, { type IFD } from 'utif2';
import { describe, expect, it } from 'vitest';
import { openSource } from '../../../main/engine/documents/open-source';
import { readTiffStructure } from '../../../main/engine/documents/tiff-directory';
import { inflateStrips, pixelKey, TiffDataError } from '../../../main/engine/documents/tiff-strips';
import { makeJpeg } from '../../fixtures/documents/jpeg-fixtures';
import { writeTiffFile, type TiffEntry } from '../../fixtures/documents/tiff-writer';

interface Layout {
  width: number;
  height: number;
  samples: 1 | 3;
  bits: 8 | 16;
  rowsPerStrip: number;
  predictor: 1 | 2;
  bigEndian: boolean;
}

/** A deflate TIFF of random samples, cut into strips. */
function deflateTiff(layout: Layout, extra: TiffEntry[] = []): Uint8Array {
  const rowBytes = (layout.width * layout.samples * layout.bits) / 8;
  let seed = layout.width * 31 + layout.height;
  const strips: Uint8Array[] = [];
  for (let top = 0; top < layout.height; top += layout.rowsPerStrip) {
    const rows = Math.min(layout.rowsPerStrip, layout.height - top);
    const raw = Buffer.alloc(rows * rowBytes);
    for (let i = 0; i < raw.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      raw[i] = seed >>> 24;
    }
    strips.push(deflateSync(raw));
  }
  const entries: TiffEntry[] = [
    { tag: 256, type: 4, value: [layout.width] },
    { tag: 257, type: 4, value: [layout.height] },
    { tag: 258, type: 3, value: Array<number>(layout.samples).fill(layout.bits) },
    { tag: 259, type: 3, value: [8] },
    { tag: 262, type: 3, value: [layout.samples === 3 ? 2 : 1] },
    { tag: 277, type: 3, value: [layout.samples] },
    { tag: 278, type: 4, value: [layout.rowsPerStrip] },
    { tag: 317, type: 3, value: [layout.predictor] },
    ...extra,
  ];
  return writeTiffFile([{ entries, strips }], layout.bigEndian);
}

describe('deflate strips', () => {
  const layouts: Layout[] = [
    { width: 37, height: 23, samples: 1, bits: 8, rowsPerStrip: 5, predictor: 1, bigEndian: false },
    { width: 37, height: 23, samples: 3, bits: 8, rowsPerStrip: 4, predictor: 2, bigEndian: false },
    { width: 19, height: 9, samples: 1, bits: 16, rowsPerStrip: 2, predictor: 2, bigEndian: true },
    { width: 19, height: 9, samples: 3, bits: 16, rowsPerStrip: 9, predictor: 1, bigEndian: true },
    { width: 64, height: 3, samples: 1, bits: 8, rowsPerStrip: 1, predictor: 2, bigEndian: false },
  ];
  for (const layout of layouts) {
    it(`decode as utif2 does: ${layout.samples} × ${layout.bits}-bit, predictor ${layout.predictor}${layout.bigEndian ? ', big-endian' : ''}`, () => {
      const bytes = deflateTiff(layout);
      const { directories, littleEndian } = readTiffStructure(bytes);
      const ours = inflateStrips(bytes, directories[0]!, !littleEndian);
      const theirs = UTIF.decode(bytes.slice().buffer)[0] as IFD & { data: Uint8Array };
      UTIF.decodeImage(bytes.slice().buffer, theirs);
      expect(Buffer.from(ours).equals(Buffer.from(theirs.data))).toBe(true);
    });
  }

  it('stop a strip that inflates past its rows, without inflating the rest', () => {
    const layout: Layout = {
      width: 8,
      height: 2,
      samples: 1,
      bits: 8,
      rowsPerStrip: 2,
      predictor: 1,
      bigEndian: false,
    };
    const bytes = writeTiffFile([
      {
        entries: [
          { tag: 256, type: 4, value: [layout.width] },
          { tag: 257, type: 4, value: [layout.height] },
          { tag: 258, type: 3, value: [8] },
          { tag: 259, type: 3, value: [8] },
          { tag: 262, type: 3, value: [1] },
        ],
        strips: [deflateSync(Buffer.alloc(64 * 1024 * 1024))],
      },
    ]);
    const { directories } = readTiffStructure(bytes);
    expect(() => inflateStrips(bytes, directories[0]!, false)).toThrow(TiffDataError);
    expect(() => inflateStrips(bytes, directories[0]!, false)).toThrow(/inflates to more than its 2 rows/);
  });
});

describe('JPEG strips', () => {
  it('may not declare a frame larger than the rows they hold', async () => {
    const jpeg = makeJpeg({ width: 640, height: 480 });
    const declaring = (width: number, height: number) =>
      writeTiffFile([
        {
          entries: [
            { tag: 256, type: 4, value: [width] },
            { tag: 257, type: 4, value: [height] },
            { tag: 258, type: 3, value: [8, 8, 8] },
            { tag: 259, type: 3, value: [7] },
            { tag: 262, type: 3, value: [6] },
            { tag: 277, type: 3, value: [3] },
            { tag: 278, type: 4, value: [height] },
          ],
          strips: [jpeg],
        },
      ]);
    await expect(openSource({ name: 'small.tif', bytes: declaring(16, 16) })).rejects.toMatchObject({
      code: 'corrupt',
      fileName: 'small.tif',
    });
    await expect(openSource({ name: 'right.tif', bytes: declaring(640, 480) })).resolves.toMatchObject({ pages: 1 });
  });
});

describe('pages with the same pixels', () => {
  it('share a key whatever their resolution or name; different strips do not', () => {
    const base = { t256: [10], t257: [10], t259: [8], t273: [100], t279: [20] };
    expect(pixelKey({ ...base, t282: [[200, 1]], t285: ['page 1'] })).toBe(pixelKey({ ...base, t282: [[300, 1]] }));
    expect(pixelKey(base)).not.toBe(pixelKey({ ...base, t273: [200] }));
    expect(pixelKey(base)).not.toBe(pixelKey({ ...base, t317: [2] }));
  });
});
