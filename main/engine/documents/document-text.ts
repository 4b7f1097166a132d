/**
 * The words of a PDF, page by page, for search: a page's own text layer when it has one (a
 * PDF made on a computer), else what OCR reads in the images it paints (a received fax, a
 * scan). Runs in the reader process, like everything that reads a stranger's file: the file is
 * first checked as a dropped one is (open-source.ts, checkPdfToRead), so a received fax that
 * is not a readable PDF is refused in the same words, and a hostile one costs no more.
 */
import { documentErrors, DocumentError } from './document-error';
import { MAX_OCR_IMAGE_PIXELS, MAX_PAGE_TEXT_CHARACTERS } from './limits';
import { ocrImage } from './ocr-image';
import { recognizePage } from './ocr-engine';
import { checkPdfToRead } from './open-source';
import { pageImages, type PageImage } from './page-images';
import { loadPdfJs, openWithPdfJs, type PdfJsDocument, type PdfJsModule, type PdfJsPage } from './pdfjs-loader';
import type { PageText, SourceFile } from './types';

/**
 * Fewer letters and digits than this, and a page is read by OCR: a stamped header or page
 * number is not the page's text.
 */
const MIN_LAYER_CHARACTERS = 50;

export async function readDocumentText(file: SourceFile): Promise<PageText[]> {
  const pages = await checkPdfToRead(file);
  const pdfjs = await loadPdfJs();
  let doc: PdfJsDocument;
  try {
    // pdf.js keeps the bytes it is given, and takes a plain Uint8Array only (not a Buffer).
    doc = await openWithPdfJs(new Uint8Array(file.bytes));
  } catch (error) {
    throw documentErrors.corrupt(file.name, 'pdf', error);
  }
  try {
    const texts: PageText[] = [];
    for (let number = 1; number <= pages; number++) {
      const page = await readPage(pdfjs, doc, number);
      texts.push({ ...page, text: page.text.slice(0, MAX_PAGE_TEXT_CHARACTERS) });
    }
    return texts;
  } finally {
    await doc.destroy();
  }
}

async function readPage(pdfjs: PdfJsModule, doc: PdfJsDocument, number: number): Promise<PageText> {
  const none: PageText = { page: number, text: '', source: 'none' };
  // A page pdf.js cannot make out has no words; the rest of the document still has theirs.
  const page = number <= doc.numPages ? await doc.getPage(number).catch(() => null) : null;
  if (!page) return none;
  try {
    const layer = await textLayer(page).catch(() => '');
    if (wordCharacters(layer) >= MIN_LAYER_CHARACTERS) return { page: number, text: layer, source: 'layer' };
    const images = await pageImages(pdfjs, page).catch((error: unknown) => {
      if (error instanceof DocumentError) throw error;
      return [];
    });
    const read: string[] = [];
    for (const image of images) read.push(await readImage(image, page));
    const ocr = [layer, ...read].filter(Boolean).join('\n\n');
    if (read.some(Boolean)) return { page: number, text: ocr, source: 'ocr' };
    return layer ? { page: number, text: layer, source: 'layer' } : none;
  } finally {
    page.cleanup();
  }
}

async function readImage(image: PageImage, page: PdfJsPage): Promise<string> {
  const { bytes, factor } = ocrImage(image, MAX_OCR_IMAGE_PIXELS);
  return tidy(await recognizePage(bytes, dpiOf(image, page) / factor));
}

/** The page's text layer, as pdf.js puts its lines together. */
async function textLayer(page: PdfJsPage): Promise<string> {
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
  }
  return tidy(text);
}

/** A line of text per line, blank lines and runs of spaces closed up. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const wordCharacters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * The image's resolution, taking it to span the page's width (a scanned page does, and so
 * does each strip of one), upright as the page is stored, before any /Rotate.
 */
function dpiOf(image: PageImage, page: PdfJsPage): number {
  const [left = 0, , right = 612] = page.view;
  const inches = Math.abs(right - left) / 72;
  return inches > 0 ? image.width / inches : 200;
}
