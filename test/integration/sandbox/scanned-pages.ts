/** Reads the page images back out of a scanned fax's PDF with pdf-lib, as a PDF reader would find them. */
import { inflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from '@cantoo/pdf-lib';

export interface PdfPageImage {
  stream: PDFRawStream;
  width: number;
  height: number;
  bitsPerComponent: number;
  /** The inflated rows. */
  rows: Buffer;
}

export async function pdfPageImages(pdf: Buffer): Promise<PdfPageImage[]> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  return document.getPages().map((page, i) => {
    const xobjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
    const names = xobjects?.keys() ?? [];
    const stream = names.length === 1 && names[0] ? xobjects?.lookup(names[0]) : undefined;
    if (!(stream instanceof PDFRawStream)) throw new Error(`page ${i + 1} is not exactly one image`);
    const number = (key: string): number => stream.dict.lookup(PDFName.of(key), PDFNumber).asNumber();
    return {
      stream,
      width: number('Width'),
      height: number('Height'),
      bitsPerComponent: number('BitsPerComponent'),
      rows: inflateSync(stream.getContents()),
    };
  });
}
