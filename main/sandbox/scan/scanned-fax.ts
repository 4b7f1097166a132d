/**
 * scannedFax(): a received fax as a fax machine would deliver it — a PDF whose pages are each
 * one 1-bit image at fine fax resolution, slightly skewed, speckled and unevenly dark, showing
 * an office document with real words. The lines drawn are returned too, so tests and the OCR
 * benchmark know what the pixels say. The same options give the same bytes.
 */
import { writeImagePdf } from '../pdf-writer';
import { composeDocument } from './fax-document';
import type { FaxSender } from './fax-people';
import { FAX_SENDERS } from './fax-people';
import type { FaxKindName } from './kinds';
import { FAX_KIND_NAMES } from './kinds';
import { renderPage } from './page-renderer';
import { SeededRandom } from './random';
import type { BilevelImage } from './scan-effects';
import { scanAndThreshold } from './scan-effects';

export const MAX_SKEW_DEGREES = 0.5;
/**
 * Pages drawn for one fax; later pages repeat pages 2 to 8 (images and lines), so a fax of a
 * thousand pages costs what eight do and its PDF holds each image once.
 */
export const MAX_DRAWN_PAGES = 8;

export interface ScannedFaxOptions {
  /** A whole number ≥ 0; everything else follows from it. */
  seed: number;
  /** Default 1. */
  pages?: number;
  /** Default: picked by the seed. */
  kind?: FaxKindName;
  /** Default: the known sender whose number is `fromNumber`, else picked by the seed. */
  sender?: FaxSender;
  /** The number the sender's machine prints in its header; the sender's own by default. */
  fromNumber?: string;
}

export interface ScannedFax {
  pdf: Buffer;
  /** Per page, the lines of text drawn on it, top to bottom. */
  pages: string[][];
  /** The page images inside the PDF, for tools that want pixels without reading the PDF. */
  images: BilevelImage[];
  kind: FaxKindName;
  sender: FaxSender;
}

/**
 * The work of one fax, a page at a time: it yields after composing the document and after each
 * page it draws, so a caller on a busy event loop can let other work run in between.
 */
function* scannedFaxSteps(options: ScannedFaxOptions): Generator<void, ScannedFax> {
  const { seed } = options;
  const pages = options.pages ?? 1;
  if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a whole number ≥ 0, got ${seed}`);
  if (!Number.isInteger(pages) || pages < 1) throw new RangeError(`pages must be a whole number ≥ 1, got ${pages}`);
  const random = new SeededRandom(seed);
  const kind = options.kind ?? random.pick(FAX_KIND_NAMES);
  const known = FAX_SENDERS.find((s) => s.fax === options.fromNumber);
  const sender = options.sender ?? known ?? random.pick(FAX_SENDERS);
  const drawn = Math.min(pages, MAX_DRAWN_PAGES);
  const drawings = composeDocument(
    { seed, pages, drawn, kind, sender, fromNumber: options.fromNumber },
    random.fork(21),
  );
  yield;
  const scanner = random.fork(22);
  const drawnImages: BilevelImage[] = [];
  for (const drawing of drawings) {
    const canvas = renderPage(drawing, {
      skewDegrees: scanner.between(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES),
      offsetX: scanner.between(-6, 6),
      offsetY: scanner.between(-4, 8),
    });
    drawnImages.push(scanAndThreshold(canvas, scanner.fork(23)));
    yield;
  }
  const source = (page: number): number => (page < drawn ? page : 1 + ((page - drawn) % (drawn - 1)));
  const images = Array.from({ length: pages }, (_, i) => drawnImages[source(i)] as BilevelImage);
  const lines = Array.from({ length: pages }, (_, i) => [...(drawings[source(i)]?.lines ?? [])]);
  return { pdf: writeImagePdf(images), pages: lines, images, kind, sender };
}

export function scannedFax(options: ScannedFaxOptions): ScannedFax {
  const steps = scannedFaxSteps(options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same fax, the same bytes, drawn a page per turn of the event loop: what a sandbox running
 * inside the app uses, so drawing a long fax never holds up the window or a send for long.
 */
export async function scannedFaxInTurns(options: ScannedFaxOptions): Promise<ScannedFax> {
  const steps = scannedFaxSteps(options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
