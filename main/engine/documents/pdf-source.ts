/**
 * PDFs: opened with @cantoo/pdf-lib, which decrypts. A file with only an owner password
 * ("permissions": no printing, no copying) opens with the empty user password and its real
 * content is faxed; upstream pdf-lib's `ignoreEncryption` would copy still-encrypted streams
 * and fax blank pages, so it is never used here. Each page goes in whole, as a Form XObject
 * (vector content, not rasterised), turned and scaled onto the paper.
 */
import { EncryptedPDFError, ParseSpeeds, PDFDocument, type PDFPage } from '@cantoo/pdf-lib';
import { flattenPrintableAnnotations } from './annotation-appearances';
import { currentDecodeBudget } from './decode-budget';
import { documentErrors, DocumentError } from './document-error';
import { addBlankPage, addDrawnPage } from './fax-page';
import { FaxSizeError, type FaxSize } from './fax-size';
import { clockwise, compose, type Size } from './geometry';
import { MAX_UPSCALE, PDF_PAGE_MARGIN } from './limits';
import { appendingWith, type OpenedSource } from './opened-source';
import { readPageLayout, type PageLayout } from './pdf-page-layout';
import { checkPageTree } from './pdf-page-tree';
import { embedPagesAsForms } from './page-forms';
import { guardPdfDecoding } from './pdf-decode-guard';
import { placeOnPaper } from './placement';
import type { SourceFile } from './types';

/**
 * How @cantoo/pdf-lib says a file cannot be opened without a password: a user password is
 * set, or the file uses a security handler it does not know (certificate encryption).
 */
const NEEDS_PASSWORD =
  /^(NEEDS PASSWORD|Password incorrect|unknown encryption method|unsupported encryption algorithm)/;

/** Readers look for %%EOF in the last kilobyte (after any trailing padding). */
const EOF_WINDOW = 1024;

export async function openPdf(file: SourceFile): Promise<OpenedSource> {
  const { pages } = await loadPdfPages(file);
  return {
    kind: 'pdf',
    pages: pages.length,
    appendTo: (target, paper, size) => appendingWith(() => appendPages(file.name, pages, target, paper, size)),
  };
}

/**
 * The document and its pages, once the file is known to be whole, open without a password,
 * and to have every page its page tree lists. Also what reading a PDF's words starts from.
 */
export async function loadPdfPages(file: SourceFile): Promise<{ doc: PDFDocument; pages: PDFPage[] }> {
  if (!endsWithEofMarker(file.bytes)) throw documentErrors.truncated(file.name);
  const doc = await loadDecrypted(file);

  let pages: PDFPage[];
  try {
    const tree = checkPageTree(doc);
    if (tree.damaged) throw new Error('page tree has missing or repeated entries');
    pages = doc.getPages();
    if (pages.length !== tree.pages) throw new Error(`page tree lists ${tree.pages} pages, ${pages.length} usable`);
  } catch (error) {
    throw documentErrors.corrupt(file.name, 'pdf', error);
  }
  if (pages.length === 0) throw documentErrors.noPages(file.name);
  return { doc, pages };
}

async function loadDecrypted(file: SourceFile): Promise<PDFDocument> {
  // pdf-lib inflates object streams while it parses: bound them by the file's budget.
  guardPdfDecoding();
  try {
    // The empty password opens anything that has no user password; a file that needs one
    // fails with "NEEDS PASSWORD".
    return await PDFDocument.load(file.bytes, {
      password: '',
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fast,
    });
  } catch (error) {
    // Whatever pdf-lib made of a stream it was stopped from decoding, the cause is the budget.
    currentDecodeBudget().check();
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof EncryptedPDFError || NEEDS_PASSWORD.test(message)) {
      throw documentErrors.passwordProtected(file.name, error);
    }
    throw documentErrors.corrupt(file.name, 'pdf', error);
  }
}

function appendPages(fileName: string, pages: PDFPage[], target: PDFDocument, paper: Size, size: FaxSize): void {
  try {
    const layouts: PageLayout[] = pages.map((page) => {
      flattenPrintableAnnotations(page);
      return readPageLayout(page);
    });
    const forms = embedPagesAsForms(
      target,
      pages,
      layouts.map((layout) => layout.box),
      size,
    );
    layouts.forEach((layout, i) => {
      const form = forms[i];
      if (!form) {
        addBlankPage(target, paper);
        return;
      }
      const upright = clockwise(layout.turn, layout.size);
      const placement = placeOnPaper(upright.size, paper, { margin: PDF_PAGE_MARGIN, maxScale: MAX_UPSCALE });
      addDrawnPage(target, paper, form, compose(upright.matrix, placement.matrix));
    });
  } catch (error) {
    if (error instanceof DocumentError || error instanceof FaxSizeError) throw error;
    throw documentErrors.corrupt(fileName, 'pdf', error);
  }
}

function endsWithEofMarker(bytes: Uint8Array): boolean {
  let end = bytes.length;
  // Trailing whitespace and NUL padding (some scanners and mail gateways add it) don't count.
  while (end > 0 && [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(bytes[end - 1] ?? 0)) end--;
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, end - EOF_WINDOW), Math.min(end, EOF_WINDOW));
  return tail.includes('%%EOF', 0, 'latin1');
}
