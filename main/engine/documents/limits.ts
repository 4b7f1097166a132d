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
