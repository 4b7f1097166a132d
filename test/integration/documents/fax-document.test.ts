import { createHash } from 'node:crypto';
import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, prepareDocument, type CoverPage, type SourceFile } from '../../../main/engine/documents';
import { expectDocumentError } from '../../fixtures/documents/expect-document-error';
import { makeJpeg } from '../../fixtures/documents/jpeg-fixtures';
import { makePdf } from '../../fixtures/documents/pdf-fixtures';
import { makeNoisePng, makePng } from '../../fixtures/documents/png-fixtures';
import { readFax } from '../../fixtures/documents/read-fax';
import { makeTiff } from '../../fixtures/documents/tiff-fixtures';
import { DEFAULT_CONFIDENTIALITY_NOTICE } from '../../../domain/confidentiality-notice';

const file = (name: string, bytes: Uint8Array): SourceFile => ({ name, bytes });
const coverPage: CoverPage = {
  to: { number: '+12025550100' },
  from: { name: 'Front desk', number: '+12025550111' },
  date: new Date(Date.UTC(2025, 5, 1, 9, 30)),
  timeZone: 'UTC',
  confidentialityNotice: DEFAULT_CONFIDENTIALITY_NOTICE,
};

let files: SourceFile[];
beforeAll(async () => {
  files = [
    file('first.pdf', await makePdf({ pages: 2, text: 'FIRST' })),
    file('photo.png', makePng({ width: 40, height: 60 })),
    file(
      'fax.tif',
      makeTiff([
        { width: 64, height: 80, kind: 'g4' },
        { width: 64, height: 80, kind: 'bilevel' },
      ]),
    ),
    file('receipt.jpg', makeJpeg({ width: 24, height: 48 })),
    file('last.pdf', await makePdf({ pages: 1, text: 'LAST' })),
  ];
});

describe('prepareDocument()', () => {
  it('keeps the files in the order given, the cover first', async () => {
    const prepared = await prepareDocument(files, { paper: 'letter', cover: coverPage });
    expect(prepared.pages).toBe(1 + 2 + 1 + 2 + 1 + 1);
    expect(prepared.sourcePages).toEqual([
      { name: 'first.pdf', pages: 2 },
      { name: 'photo.png', pages: 1 },
      { name: 'fax.tif', pages: 2 },
      { name: 'receipt.jpg', pages: 1 },
      { name: 'last.pdf', pages: 1 },
    ]);
    const { pages } = await readFax(prepared.pdf);
    expect(pages).toHaveLength(8);
    expect(pages[0]?.text).toMatch(/^FAX /);
    expect(pages.slice(1).map((p) => p.text || p.drawn[0]?.subtype)).toEqual([
      'FIRST page 1',
      'FIRST page 2',
      'Image',
      'Image',
      'Image',
      'Image',
      'LAST page 1',
    ]);
  });

  it('makes every page exactly the paper size', async () => {
    for (const [paper, box] of [
      ['letter', [0, 0, 612, 792]],
      ['a4', [0, 0, 595.28, 841.89]],
    ] as const) {
      const { pages } = await readFax((await prepareDocument(files, { paper, cover: coverPage })).pdf);
      expect(pages.map((p) => p.mediaBox)).toEqual(pages.map(() => box));
    }
  });

  it('gives the same bytes and hash for the same input, every time', async () => {
    const first = await prepareDocument(files, { paper: 'letter', cover: coverPage });
    const second = await prepareDocument(files, { paper: 'letter', cover: coverPage });
    expect(second.sha256).toBe(first.sha256);
    expect(Buffer.from(second.pdf).equals(Buffer.from(first.pdf))).toBe(true);
    expect(first.sha256).toBe(createHash('sha256').update(first.pdf).digest('hex'));
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);

    const later = await prepareDocument(files, {
      paper: 'letter',
      cover: { ...coverPage, date: new Date(Date.UTC(2025, 5, 2)) },
    });
    expect(later.sha256).not.toBe(first.sha256);
    const withoutCover = [await prepareDocument(files, { paper: 'a4' }), await prepareDocument(files, { paper: 'a4' })];
    expect(withoutCover[0]?.sha256).toBe(withoutCover[1]?.sha256);
  });

  it('says who made it and when, with the cover date (or a fixed one)', async () => {
    const withCover = await PDFDocument.load(
      (await prepareDocument(files.slice(0, 1), { paper: 'letter', cover: coverPage })).pdf,
      {
        updateMetadata: false,
      },
    );
    expect(withCover.getProducer()).toBe('Faxdesk');
    expect(withCover.getCreationDate()?.toISOString()).toBe('2025-06-01T09:30:00.000Z');
    const withoutCover = await PDFDocument.load((await prepareDocument(files.slice(0, 1), { paper: 'letter' })).pdf, {
      updateMetadata: false,
    });
    expect(withoutCover.getModificationDate()?.toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });

  it('needs at least one file', async () => {
    await expectDocumentError(
      prepareDocument([], { paper: 'letter', cover: coverPage }),
      'no_files',
      null,
      /at least one/,
    );
  });

  it('reports the first file that cannot be faxed', async () => {
    const broken = file('broken.pdf', new Uint8Array(Buffer.from('%PDF-1.4\nnot really')));
    await expectDocumentError(
      prepareDocument([files[0]!, broken, files[1]!], { paper: 'letter' }),
      'truncated',
      'broken.pdf',
    );
  });

  describe('limits', () => {
    let pages350: Uint8Array;
    beforeAll(async () => {
      pages350 = await makePdf({ pages: 350, text: 'Long' });
    });

    it('accepts 350 pages', async () => {
      const prepared = await prepareDocument([file('long.pdf', pages350)], { paper: 'letter' });
      expect(prepared.pages).toBe(350);
    });

    it('refuses 351 pages, counting the cover page', async () => {
      await expectDocumentError(
        prepareDocument([file('long.pdf', pages350)], { paper: 'letter', cover: coverPage }),
        'too_many_pages',
        'long.pdf',
        /long\.pdf makes a fax of 351 pages \(including the cover page\), more than the 350/,
      );
      const one = file('one.pdf', await makePdf({ pages: 1 }));
      await expectDocumentError(
        prepareDocument([one, file('long.pdf', pages350)], { paper: 'letter' }),
        'too_many_pages',
        'long.pdf',
        /Together these files make a fax of 351 pages.*long\.pdf has the most pages/,
      );
    });

    it('refuses a fax over the upload limit, saying how big it would be', async () => {
      // 2700 × 2700 random RGB pixels: about 21 MB that no compression can shrink.
      const noise = file('noise.png', makeNoisePng(2700, 2700));
      const error = await expectDocumentError(
        prepareDocument([files[0]!, noise], { paper: 'letter' }),
        'too_large',
        'noise.png',
        /^Together these files make a fax of 2\d\.\d MB, more than the 20 MB one fax can be\./,
      );
      const megabytes = Number(/of ([\d.]+) MB/.exec(error.message)?.[1]);
      expect(megabytes * 1024 * 1024).toBeGreaterThan(MAX_UPLOAD_BYTES);
    });
  });
});
