/**
 * Content shared between pages is decoded once and faxed once: a PDF whose 350 pages all draw
 * the same two content streams (which must be decoded to be joined) costs what one page
 * costs, and a TIFF whose pages share a strip becomes one image drawn on every page.
 */
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../main/engine/documents';
import { contentBombPdf, sharedStripTiff } from '../../fixtures/documents/crafted-files';

const MiB = 1024 * 1024;

/** How many objects of this subtype the fax holds (without decoding them: that is the point). */
async function countOf(pdf: Uint8Array, subtype: 'Image' | 'Form'): Promise<number> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.context
    .enumerateIndirectObjects()
    .filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of(subtype)).length;
}

describe('content shared between pages', () => {
  it('350 pages drawing the same two 20 MB streams: decoded once, sent as one form on every page', async () => {
    // Decoded per page, this is 14 GB of inflating: far past the file's budget.
    const started = Date.now();
    const fax = await prepareDocument([{ name: 'form.pdf', bytes: contentBombPdf(350, [20 * MiB, 20 * MiB]) }], {
      paper: 'letter',
    });
    expect(fax.pages).toBe(350);
    expect(await countOf(fax.pdf, 'Form')).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('two such streams joined per page past one stream’s limit are refused in plain words', async () => {
    await expect(
      prepareDocument([{ name: 'big.pdf', bytes: contentBombPdf(1, [40 * MiB, 40 * MiB]) }], { paper: 'letter' }),
    ).rejects.toMatchObject({
      code: 'too_complex',
      message: expect.stringMatching(/^big\.pdf needed more memory than Faxdesk allows/),
    });
  });

  it('a TIFF whose pages share a strip: one image, drawn on each page', async () => {
    const fax = await prepareDocument([{ name: 'fax.tif', bytes: sharedStripTiff(20, 1728, 2200) }], {
      paper: 'letter',
    });
    expect(fax.pages).toBe(20);
    expect(await countOf(fax.pdf, 'Image')).toBe(1);
  });
});
