/**
 * A send with a cover page makes its body once and puts each recipient's cover in front
 * (addCover). What a recipient gets is what making their whole fax from the files gives: the
 * same pages, each with the same size, content, text and drawings, and their own cover.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addCover, prepareDocument, type CoverPage, type SourceFile } from '../../../main/engine/documents';
import { makeJpeg } from '../../fixtures/documents/jpeg-fixtures';
import { makePdf } from '../../fixtures/documents/pdf-fixtures';
import { makePng } from '../../fixtures/documents/png-fixtures';
import { readFax, type FaxPage } from '../../fixtures/documents/read-fax';
import { makeTiff } from '../../fixtures/documents/tiff-fixtures';
import { DEFAULT_CONFIDENTIALITY_NOTICE } from '../../../domain/confidentiality-notice';

const coverFor = (number: string, name?: string): CoverPage => ({
  to: { name, number },
  from: { name: 'Front desk', number: '+12025550111' },
  subject: 'Lab results',
  message: 'Please see the attached pages.',
  date: new Date(Date.UTC(2025, 5, 1, 9, 30)),
  timeZone: 'UTC',
  confidentialityNotice: DEFAULT_CONFIDENTIALITY_NOTICE,
});

/** A page as a recipient sees it: its size, what it draws and where (object numbers aside). */
const seen = (page: FaxPage) => ({
  mediaBox: page.mediaBox,
  content: page.content,
  text: page.text,
  drawn: page.drawn.map((d) => ({ subtype: d.subtype, ctm: d.ctm, bounds: d.bounds, content: d.content })),
});

let files: SourceFile[];
beforeAll(async () => {
  files = [
    { name: 'first.pdf', bytes: await makePdf({ pages: 2, text: 'FIRST' }) },
    { name: 'photo.png', bytes: makePng({ width: 40, height: 60 }) },
    { name: 'fax.tif', bytes: makeTiff([{ width: 64, height: 80, kind: 'g4' }]) },
    { name: 'receipt.jpg', bytes: makeJpeg({ width: 24, height: 48 }) },
  ];
});

describe('addCover()', () => {
  it.each(['letter', 'a4'] as const)('gives each recipient the pages a whole fax would have (%s)', async (paper) => {
    const body = await prepareDocument(files, { paper, coverToFollow: true });
    for (const cover of [coverFor('+12025550100', 'Dr. Adams'), coverFor('+442079460000')]) {
      const once = await addCover(body, { paper, cover });
      const whole = await prepareDocument(files, { paper, cover });
      expect(once.pages).toBe(whole.pages);
      expect(once.sourcePages).toEqual(whole.sourcePages);
      expect(once.largestFile).toBe(whole.largestFile);
      const [fromBody, fromFiles] = [await readFax(once.pdf), await readFax(whole.pdf)];
      expect(fromBody.pages.map(seen)).toEqual(fromFiles.pages.map(seen));
      expect(fromBody.doc.getCreationDate()).toEqual(fromFiles.doc.getCreationDate());
      expect(fromBody.doc.getProducer()).toBe(fromFiles.doc.getProducer());
    }
  });

  it('counts the cover to follow in the page limit, and words the refusal as for a cover', async () => {
    const long = [{ name: 'long.pdf', bytes: await makePdf({ pages: 350, text: 'PAGE' }) }];
    await expect(prepareDocument(long, { paper: 'letter', coverToFollow: true })).rejects.toThrow(
      /long\.pdf makes a fax of 351 pages \(including the cover page\)/,
    );
  });

  it('gives the same bytes for the same body and cover, every time', async () => {
    const body = await prepareDocument(files, { paper: 'letter', coverToFollow: true });
    const cover = coverFor('+12025550100');
    const [a, b] = [await addCover(body, { paper: 'letter', cover }), await addCover(body, { paper: 'letter', cover })];
    expect(a.sha256).toBe(b.sha256);
  });
});
