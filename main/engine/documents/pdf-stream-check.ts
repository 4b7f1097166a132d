/**
 * What pdf.js will decode in a PDF whose words are read, weighed first on the file's own
 * decode budget (decode-budget.ts). pdf.js has no budget: a content stream, form or font that
 * inflates to gigabytes would only be stopped by the reader's memory guard, after a long
 * climb. Decoding each such stream once here with pdf-lib's bounded decoders refuses the bomb
 * in words first, at the same cost a dropped file's would have.
 *
 * Images are not decoded here: pdf.js reads an image only as far as its declared size, so the
 * size itself is what is checked, against the same pixel limit as an image a person adds.
 */
import { decodePDFRawStream, PDFName, PDFNumber, PDFRawStream, type PDFDocument } from '@cantoo/pdf-lib';
import { currentDecodeBudget } from './decode-budget';
import { documentErrors } from './document-error';
import { MAX_IMAGE_PIXELS } from './limits';
import { guardPdfDecoding } from './pdf-decode-guard';

/** Streams pdf-lib has already decoded while parsing, or that hold nothing pdf.js decodes again. */
const ALREADY_READ = new Set(['ObjStm', 'XRef']);

export function checkPdfStreams(doc: PDFDocument, fileName: string): void {
  guardPdfDecoding();
  const budget = currentDecodeBudget();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict = object.dict;
    const type = dict.lookup(PDFName.of('Type'));
    if (type instanceof PDFName && ALREADY_READ.has(type.decodeText())) continue;
    const subtype = dict.lookup(PDFName.of('Subtype'));
    if (subtype instanceof PDFName && subtype.decodeText() === 'Image') {
      const width = dict.lookup(PDFName.of('Width'));
      const height = dict.lookup(PDFName.of('Height'));
      const w = width instanceof PDFNumber ? width.asNumber() : 0;
      const h = height instanceof PDFNumber ? height.asNumber() : 0;
      if (w * h > MAX_IMAGE_PIXELS) throw documentErrors.imageTooLarge(fileName, w, h);
      continue;
    }
    try {
      decodePDFRawStream(object).decode();
    } catch {
      // A filter pdf-lib does not know, or a damaged stream: pdf.js meets it on its own terms,
      // and a page it cannot read has no words. Only the budget running out is the file's fault.
      budget.check();
    }
  }
}
