/**
 * Puts one image on one fax page at its intended size: pixels and resolution give the size
 * the image was meant to be (so a 204×98 dpi fax scan is not squashed), the EXIF orientation
 * stands a phone photo upright, and the page placement fits it on the paper.
 */
import type { PDFDocument, PDFRef } from '@cantoo/pdf-lib';
import { addDrawnPage } from './fax-page';
import { clockwise, compose, mirrored, scaling, type QuarterTurn, type Size } from './geometry';
import { DEFAULT_IMAGE_DPI, IMAGE_MARGIN, MAX_UPSCALE } from './limits';
import { placeOnPaper } from './placement';

export interface Resolution {
  x: number;
  y: number;
}

/** EXIF orientation 1–8: a mirror (applied first) and a clockwise turn that make the image upright. */
const ORIENTATIONS: Record<number, { mirror: boolean; turn: QuarterTurn }> = {
  1: { mirror: false, turn: 0 },
  2: { mirror: true, turn: 0 },
  3: { mirror: false, turn: 180 },
  4: { mirror: true, turn: 180 },
  5: { mirror: true, turn: 270 },
  6: { mirror: false, turn: 90 },
  7: { mirror: true, turn: 90 },
  8: { mirror: false, turn: 270 },
};

export function addImagePage(
  target: PDFDocument,
  paper: Size,
  image: PDFRef,
  pixels: Size,
  resolution: Resolution,
  orientation = 1,
): void {
  const natural = {
    width: (pixels.width * 72) / resolution.x,
    height: (pixels.height * 72) / resolution.y,
  };
  const { mirror, turn } = ORIENTATIONS[orientation] ?? { mirror: false, turn: 0 };
  // An image XObject fills the unit square; scale it to its natural size, then stand it upright.
  let matrix = scaling(natural.width, natural.height);
  if (mirror) matrix = compose(matrix, mirrored(natural));
  const upright = clockwise(turn, natural);
  matrix = compose(matrix, upright.matrix);
  const placement = placeOnPaper(upright.size, paper, { margin: IMAGE_MARGIN, maxScale: MAX_UPSCALE });
  addDrawnPage(target, paper, image, compose(matrix, placement.matrix));
}

/** Implausible resolutions (0, 1 dpi, a million dpi) are treated as unknown. */
const PLAUSIBLE_DPI = { min: 10, max: 10_000 };

/** A usable resolution from what a file declares; one known axis stands for both. */
export function resolutionOrDefault(x: number | undefined, y: number | undefined): Resolution {
  const ok = (dpi: number | undefined): dpi is number =>
    dpi !== undefined && Number.isFinite(dpi) && dpi >= PLAUSIBLE_DPI.min && dpi <= PLAUSIBLE_DPI.max;
  if (ok(x) && ok(y)) return { x, y };
  if (ok(x)) return { x, y: x };
  if (ok(y)) return { x: y, y };
  return { x: DEFAULT_IMAGE_DPI, y: DEFAULT_IMAGE_DPI };
}

/**
 * Files that give only the pixel aspect ratio (PNG unit 0, JFIF units 0): the coarser axis
 * keeps the default resolution and the finer one is raised in proportion.
 */
export function resolutionFromAspect(x: number, y: number): Resolution {
  if (!(x > 0 && y > 0) || !Number.isFinite(x / y)) return resolutionOrDefault(undefined, undefined);
  return x >= y
    ? resolutionOrDefault(DEFAULT_IMAGE_DPI * (x / y), DEFAULT_IMAGE_DPI)
    : resolutionOrDefault(DEFAULT_IMAGE_DPI, DEFAULT_IMAGE_DPI * (y / x));
}
