import { decodePDFRawStream, PDFName, PDFRawStream, type PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { inspectFile, prepareDocument, type SourceFile } from '../../../main/engine/documents';
import { expectDocumentError } from '../../fixtures/documents/expect-document-error';
import { makeJpeg } from '../../fixtures/documents/jpeg-fixtures';
import { makePng } from '../../fixtures/documents/png-fixtures';
import { readFax, type DrawnObject } from '../../fixtures/documents/read-fax';
import { makeTiff } from '../../fixtures/documents/tiff-fixtures';
import { writeTiffFile } from '../../fixtures/documents/tiff-writer';

const letter = { paper: 'letter' } as const;
const file = (name: string, bytes: Uint8Array): SourceFile => ({ name, bytes });

async function imagePages(source: SourceFile, paper: 'letter' | 'a4' = 'letter'): Promise<DrawnObject[]> {
  const { pages } = await readFax((await prepareDocument([source], { paper })).pdf);
  return pages.map((page) => {
    expect(page.drawn).toHaveLength(1);
    expect(page.drawn[0]?.subtype).toBe('Image');
    return page.drawn[0] as DrawnObject;
  });
}

const entry = (image: DrawnObject, key: string) => image.dict.get(PDFName.of(key))?.toString();
const width = (image: DrawnObject) => image.bounds.right - image.bounds.left;
const height = (image: DrawnObject) => image.bounds.top - image.bounds.bottom;
/** The image's stream: its raw bytes, and its samples once decoded. */
function streamOf(doc: PDFDocument, image: DrawnObject) {
  const found = doc.context
    .enumerateIndirectObjects()
    .find(([, o]) => o instanceof PDFRawStream && o.dict === image.dict);
  const stream = found?.[1] as PDFRawStream;
  return {
    raw: stream.contents,
    get samples() {
      return decodePDFRawStream(stream).decode();
    },
  };
}

describe('PNG images', () => {
  it('become one page: sized by their resolution (72 dpi when unknown), enlarged at most 1.5×, centred', async () => {
    const [image] = await imagePages(file('chart.png', makePng({ width: 200, height: 100 })));
    expect(image?.bounds).toEqual({ left: 156, bottom: 321, right: 456, top: 471 });
    expect(entry(image!, 'Width')).toBe('200');
    expect(entry(image!, 'ColorSpace')).toBe('/DeviceGray'); // black and white checks: no colour needed

    const [scan] = await imagePages(file('scan.png', makePng({ width: 850, height: 1100, dpi: [100, 100], level: 1 })));
    expect(width(scan!)).toBeCloseTo((850 / 100) * 72 * Math.min(576 / 612, 756 / 792), 6);
  });

  it('keep their colour, and are laid on white where transparent', async () => {
    const png = makePng({
      width: 2,
      height: 1,
      colorType: 6,
      pixel: (x) => (x === 0 ? [255, 0, 0, 255] : [0, 0, 0, 0]),
    });
    const { doc, pages } = await readFax((await prepareDocument([file('logo.png', png)], letter)).pdf);
    const image = pages[0]!.drawn[0]!;
    expect(entry(image, 'ColorSpace')).toBe('/DeviceRGB');
    expect(entry(image, 'SMask')).toBeUndefined();
    expect([...streamOf(doc, image).samples]).toEqual([255, 0, 0, 255, 255, 255]);
  });

  it('are recognised by content, whatever their name', async () => {
    expect(await inspectFile(file('scan.pdf', makePng({ width: 4, height: 4 })))).toEqual({ kind: 'png', pages: 1 });
    expect(await inspectFile(file('photo', makeJpeg({ width: 8, height: 8 })))).toEqual({ kind: 'jpeg', pages: 1 });
  });

  it('cut short are truncated; with a damaged chunk, corrupt', async () => {
    const png = makePng({ width: 50, height: 50 });
    await expectDocumentError(inspectFile(file('cut.png', png.subarray(0, 60))), 'truncated', 'cut.png');
    const damaged = png.slice();
    damaged[40] = (damaged[40] ?? 0) ^ 0xff;
    await expectDocumentError(prepareDocument([file('bad.png', damaged)], letter), 'corrupt', 'bad.png', /PNG image/);
  });
});

describe('JPEG images', () => {
  it('go in as they are (DCTDecode, the same bytes), sized by their JFIF resolution', async () => {
    const jpeg = makeJpeg({ width: 600, height: 300, jfifDpi: [300, 300] });
    const { doc, pages } = await readFax((await prepareDocument([file('photo.jpg', jpeg)], letter)).pdf);
    const image = pages[0]!.drawn[0]!;
    expect(entry(image, 'Filter')).toBe('/DCTDecode');
    expect(Buffer.from(streamOf(doc, image).raw).equals(Buffer.from(jpeg))).toBe(true);
    expect([width(image), height(image)]).toEqual([216, 108]); // 2 × 1 inch, enlarged 1.5×
  });

  it('stand upright by their EXIF orientation (a phone photo stored sideways)', async () => {
    const [upright] = await imagePages(file('a.jpg', makeJpeg({ width: 40, height: 20 })));
    const [turned] = await imagePages(
      file('b.jpg', makeJpeg({ width: 40, height: 20, exif: { orientation: 6, dpi: [72, 72] } })),
    );
    expect([width(upright!), height(upright!)]).toEqual([60, 30]);
    expect([width(turned!), height(turned!)]).toEqual([30, 60]);
    // Orientation 6: the image's first row becomes its right-hand column.
    expect(turned!.ctm.map((n) => Math.round(n))).toEqual([0, -60, 30, 0, 291, 426]);
  });

  it('cut short are truncated', async () => {
    const jpeg = makeJpeg({ width: 64, height: 64 });
    await expectDocumentError(inspectFile(file('cut.jpg', jpeg.subarray(0, jpeg.length - 10))), 'truncated', 'cut.jpg');
    await expectDocumentError(inspectFile(file('cut.jpg', jpeg.subarray(0, 30))), 'truncated', 'cut.jpg');
  });
});

describe('TIFF images', () => {
  it('give one fax page per page of a multi-page CCITT G4 fax, not squashed at 204×98 dpi', async () => {
    const lines = (x: number, y: number) => Number(y % 60 < 10 && x % 30 < 5 && x > 100 && x < 1600);
    const fax = makeTiff([
      { width: 1728, height: 2200, kind: 'g4', dpi: [204, 196], pixel: lines },
      { width: 1728, height: 1100, kind: 'g4', dpi: [204, 98], pixel: lines },
      { width: 1728, height: 2200, kind: 'g4', dpi: [204, 196], pixel: (x, y) => Number(Math.abs(x - y) < 3) },
    ]);
    expect(await inspectFile(file('fax.tif', fax))).toEqual({ kind: 'tiff', pages: 3 });
    const pages = await imagePages(file('fax.tif', fax));
    expect(pages).toHaveLength(3);
    const [fine, normal] = pages as [DrawnObject, DrawnObject];
    expect([entry(fine, 'BitsPerComponent'), entry(fine, 'ColorSpace'), entry(fine, 'Decode')]).toEqual([
      '1',
      '/DeviceGray',
      '[ 1 0 ]',
    ]);
    // 8.47 × 11.2 inches either way: 2200 rows at 196 dpi, or 1100 rows at 98 dpi.
    expect(width(fine) / height(fine)).toBeCloseTo(1728 / 204 / (2200 / 196), 6);
    expect(width(normal) / height(normal)).toBeCloseTo(1728 / 204 / (1100 / 98), 6);
    expect(fine.bounds.bottom).toBeCloseTo(18, 6); // fitted inside the margins
  });

  it('decode uncompressed bilevel, grey, RGB and JPEG-compressed pages', async () => {
    const tiff = makeTiff(
      [
        { width: 64, height: 32, kind: 'bilevel' },
        { width: 64, height: 32, kind: 'gray', pixel: (x) => x * 4 },
        { width: 64, height: 32, kind: 'rgb', pixel: (x) => [x * 4, 0, 255 - x * 4] },
        { width: 32, height: 16, kind: 'jpeg', pixel: (x) => (x < 16 ? [255, 0, 0] : [0, 0, 255]) },
      ],
      { bigEndian: true },
    );
    const { doc, pages } = await readFax((await prepareDocument([file('mixed.tif', tiff)], letter)).pdf);
    const images = pages.map((page) => page.drawn[0]!);
    expect(images.map((image) => entry(image, 'ColorSpace'))).toEqual([
      '/DeviceGray',
      '/DeviceGray',
      '/DeviceRGB',
      '/DeviceRGB',
    ]);
    const [r, g, b] = streamOf(doc, images[3]!).samples;
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(60);
    expect(b).toBeLessThan(60);
  });

  it('cut inside the image data are truncated, not faxed half white', async () => {
    const fax = makeTiff([
      { width: 1728, height: 300, kind: 'g4' },
      { width: 1728, height: 300, kind: 'g4' },
    ]);
    // The fixture writes the directories last: cutting the end loses the second one.
    await expectDocumentError(inspectFile(file('fax.tif', fax.subarray(0, fax.length - 20))), 'truncated', 'fax.tif');
    // Point the second page's strip past the end of the file, as when the data is cut short.
    const cut = new Uint8Array(fax);
    const view = new DataView(cut.buffer);
    view.setUint32(findStripOffsetEntries(view)[1]!, cut.length - 2, true);
    await expectDocumentError(prepareDocument([file('fax.tif', cut)], letter), 'truncated', 'fax.tif');
  });

  it('leave out thumbnails stored as extra directories', async () => {
    const tiff = makeTiff([
      { width: 64, height: 80, kind: 'bilevel' },
      { width: 16, height: 20, kind: 'gray', extraEntries: [{ tag: 254, type: 4, value: [1] }] },
      { width: 64, height: 80, kind: 'g4' },
    ]);
    expect(await inspectFile(file('scan.tif', tiff))).toEqual({ kind: 'tiff', pages: 2 });
  });

  it('refuse compressions Faxdesk cannot decode, by name', async () => {
    const tiff = writeTiffFile([
      {
        entries: [
          { tag: 256, type: 3, value: [10] },
          { tag: 257, type: 3, value: [10] },
          { tag: 259, type: 3, value: [34712] },
          { tag: 262, type: 3, value: [2] },
        ],
        strips: [new Uint8Array(20)],
      },
    ]);
    await expectDocumentError(
      inspectFile(file('j2k.tif', tiff)),
      'unsupported_type',
      'j2k.tif',
      /compression scheme 34712/,
    );
  });
});

/** Byte positions of the StripOffsets values (single strip per page) in a little-endian TIFF. */
function findStripOffsetEntries(view: DataView): number[] {
  const positions: number[] = [];
  let ifd = view.getUint32(4, true);
  while (ifd !== 0) {
    const count = view.getUint16(ifd, true);
    for (let i = 0; i < count; i++) {
      const at = ifd + 2 + i * 12;
      if (view.getUint16(at, true) === 273) positions.push(at + 8);
    }
    ifd = view.getUint32(ifd + 2 + count * 12, true);
  }
  return positions;
}
