/**
 * The numbers that shape a fax document: what Telnyx accepts, the paper, and how content
 * is fitted onto it.
 */
import type { PaperSize } from './types';

/** Telnyx's cap on an uploaded media file. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Pages per fax, cover page included. */
export const MAX_PAGES = 350;

export interface PaperDimensions {
  width: number;
  height: number;
}

/** Portrait, in PDF points (1/72 inch). */
export const PAPER_DIMENSIONS: Record<PaperSize, PaperDimensions> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};

/**
 * A PDF page already carries its own margins, so it may use the whole sheet: a Letter page
 * faxed on Letter comes out untouched.
 */
export const PDF_PAGE_MARGIN = 0;

/**
 * Images (scans, photos, screenshots) often run to their edges; a quarter inch keeps them
 * clear of the strip a fax machine cannot print.
 */
export const IMAGE_MARGIN = 18;

/**
 * Small content (an A6 page, a label, a small logo) is enlarged to be legible at fax
 * resolution, but never past 1.5×: beyond that a business card would fill a Letter sheet
 * and a 100-pixel image would turn into blocks.
 */
export const MAX_UPSCALE = 1.5;

/** Used when an image does not say how large it is meant to be (one pixel, one point). */
export const DEFAULT_IMAGE_DPI = 72;

/**
 * The largest decoded image accepted (about a 600 dpi Legal-size scan). Decoding needs four
 * bytes a pixel, and anything larger would not fit the upload limit anyway.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/**
 * What reading one file may cost, measured on the reader process (documents/processor.ts):
 * its peak resident memory and its time. Hostile files are refused long before either.
 */
export const READER_MEMORY_BYTES = 512 * 1024 * 1024;
export const READER_MS_PER_FILE = 30_000;

/**
 * Reading a document's words gets READER_MS_PER_FILE to open it plus this much for each of its
 * pages. A page of dense text takes about 4 s to OCR on a quiet two-core machine, and 20 s or
 * more on one busy with other work; OCR runs in the background, so the margin is wide. A
 * 350-page hostile fax is still bounded.
 */
export const READER_MS_PER_TEXT_PAGE = 60_000;

/**
 * The most pixels of one page image given to OCR. A fax page is under 4 million (1728 × 2200
 * at fine resolution) and a 300 dpi Letter scan about 8.4 million; anything larger is scaled
 * down by a whole factor first, so that OCR's own working memory stays well inside the
 * reader's budget whatever size a received page declares.
 */
export const MAX_OCR_IMAGE_PIXELS = 12_000_000;

/**
 * The most text kept for one page. A dense page holds about 5,000 characters; a text layer far
 * beyond this is not a page anyone reads, and is cut rather than carried into the index.
 */
export const MAX_PAGE_TEXT_CHARACTERS = 100_000;

/**
 * One decoded PDF stream — an object stream, a cross-reference stream, a page's content.
 * Real ones are a few megabytes; a stream that inflates past this is a bomb, not a page.
 */
export const MAX_DECODED_STREAM_BYTES = 64 * 1024 * 1024;

/** Everything decoded while reading one file, added up, so many small bombs cost no more than one big one. */
export const MAX_DECODED_FILE_BYTES = 256 * 1024 * 1024;

/**
 * The decoded pixels of one image page, and what converting them takes (they are converted and
 * compressed in full). About a 300 dpi colour Legal page needs a third of it.
 */
export const MAX_IMAGE_WORKING_BYTES = 256 * 1024 * 1024;
