import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { countPdfPages } from '../../../main/sandbox/documents';
import { FAX_PAGE_HEIGHT_PX, FAX_PAGE_WIDTH_PX } from '../../../main/sandbox/scan/fax-resolution';
import { FAX_KIND_NAMES } from '../../../main/sandbox/scan/kinds';
import { MAX_DRAWN_PAGES, scannedFax, scannedFaxInTurns } from '../../../main/sandbox/scan/scanned-fax';
import { pdfPageImages } from './scanned-pages';

describe('scannedFax', () => {
  it('writes an image-only PDF at fine fax resolution that pdf-lib and the page counter read', async () => {
    const fax = scannedFax({ seed: 0, pages: 2, kind: 'invoice' });
    expect(fax.pdf.subarray(0, 9).toString('latin1')).toBe('%PDF-1.4\n');
    const document = await PDFDocument.load(fax.pdf, { updateMetadata: false });
    expect(document.getPageCount()).toBe(2);
    expect(countPdfPages(fax.pdf)).toBe(2);
    const [first] = document.getPages();
    expect(first?.getSize()).toEqual({ width: 612, height: 792 });

    const images = await pdfPageImages(fax.pdf);
    expect(images).toHaveLength(2);
    for (const [i, image] of images.entries()) {
      expect(image.stream.dict.lookup(PDFName.of('Subtype'))).toBe(PDFName.of('Image'));
      expect(image.stream.dict.lookup(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
      expect(image.stream.dict.lookup(PDFName.of('ColorSpace'))).toBe(PDFName.of('DeviceGray'));
      expect([image.width, image.height, image.bitsPerComponent]).toEqual([FAX_PAGE_WIDTH_PX, FAX_PAGE_HEIGHT_PX, 1]);
      expect(image.rows.equals(fax.images[i]?.rows ?? Buffer.alloc(0))).toBe(true);
      // Ink, but mostly paper: a letter page of text is a few percent black.
      const black = [...image.rows].reduce((sum, byte) => sum + 8 - popcount(byte), 0);
      expect(black / (FAX_PAGE_WIDTH_PX * FAX_PAGE_HEIGHT_PX)).toBeGreaterThan(0.005);
      expect(black / (FAX_PAGE_WIDTH_PX * FAX_PAGE_HEIGHT_PX)).toBeLessThan(0.15);
    }
    // The words exist only as pixels: each page's content only paints its image, and nothing names a font.
    for (const page of document.getPages()) {
      const contents = page.node.Contents();
      expect(contents).toBeInstanceOf(PDFRawStream);
      const operators = Buffer.from((contents as PDFRawStream).getContents()).toString('latin1');
      expect(operators.trim()).toMatch(/^q 612 0 0 792 0 0 cm \/\w+ Do Q$/);
    }
    const outsideStreams = fax.pdf.toString('latin1').replace(/stream\n[\s\S]*?\nendstream/g, '');
    expect(outsideStreams).not.toContain('/Font');
  });

  it('reports the words it drew', () => {
    const fax = scannedFax({ seed: 0, kind: 'invoice' });
    expect(fax.kind).toBe('invoice');
    const lines = fax.pages[0] ?? [];
    expect(lines).toContain('Invoice 4471');
    expect(lines).toContain(fax.sender.name);
    expect(lines[0]).toMatch(/^\d\d\/\d\d\/2026 \d\d:\d\d FROM: .+ P\. 1\/1$/);
  });

  it('draws every kind, and the memo fills a page with body text', () => {
    for (const kind of FAX_KIND_NAMES) {
      const fax = scannedFax({ seed: 3, kind });
      expect(fax.pages[0]?.length).toBeGreaterThan(10);
    }
    const memo = scannedFax({ seed: 3, kind: 'memo' });
    const words = (memo.pages[0] ?? []).join(' ').split(/\s+/);
    expect(words.length).toBeGreaterThan(500);
  });

  it('gives the same bytes for the same seed, and other bytes for another', () => {
    const a = scannedFax({ seed: 42, pages: 2 });
    const b = scannedFax({ seed: 42, pages: 2 });
    expect(a.pdf.equals(b.pdf)).toBe(true);
    expect(a.pages).toEqual(b.pages);
    expect(scannedFax({ seed: 43, pages: 2 }).pdf.equals(a.pdf)).toBe(false);
  });

  it('can be drawn a page per turn of the event loop, to the same bytes', async () => {
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    try {
      const inTurns = await scannedFaxInTurns({ seed: 9, pages: 3 });
      expect(inTurns.pdf.equals(scannedFax({ seed: 9, pages: 3 }).pdf)).toBe(true);
      expect(turns).toBeGreaterThanOrEqual(3);
    } finally {
      clearInterval(ticker);
    }
  });

  it('repeats drawn pages for a long fax, keeping each image once', async () => {
    const pages = MAX_DRAWN_PAGES + 5;
    const fax = scannedFax({ seed: 7, pages, kind: 'memo' });
    expect(countPdfPages(fax.pdf)).toBe(pages);
    expect(fax.pages).toHaveLength(pages);
    expect(fax.pages[MAX_DRAWN_PAGES]).toEqual(fax.pages[1]);
    expect(fax.pages[1]?.[0]).toMatch(new RegExp(`P\\. 2/${pages}$`));
    const document = await PDFDocument.load(fax.pdf, { updateMetadata: false });
    expect(document.getPageCount()).toBe(pages);
    expect(fax.pdf.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(MAX_DRAWN_PAGES);
  });

  it('refuses a seed or page count that is not a whole number', () => {
    expect(() => scannedFax({ seed: -1 })).toThrow(/seed/);
    expect(() => scannedFax({ seed: 1.5 })).toThrow(/seed/);
    expect(() => scannedFax({ seed: 1, pages: 0 })).toThrow(/pages/);
  });
});

function popcount(byte: number): number {
  let count = 0;
  for (let b = byte; b; b >>= 1) count += b & 1;
  return count;
}
