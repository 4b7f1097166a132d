/**
 * What a scanned page shows, before it is drawn: runs of text, solid rules and pen strokes,
 * placed in PDF points on a US Letter page measured from its top-left corner. Keeping the
 * page as data lets the words be known (for tests and the OCR benchmark) without reading the
 * pixels back.
 */
import type { FaceName } from './font-files';

export const PAGE_WIDTH_PT = 612;
export const PAGE_HEIGHT_PT = 792;

export interface TextRun {
  kind: 'text';
  /** Left end of the baseline, points from the page's left edge. */
  x: number;
  /** The baseline, points from the page's top edge. */
  y: number;
  size: number;
  face: FaceName;
  text: string;
}

/** A filled rectangle: table lines, boxes, the bar of a letterhead. */
export interface Rule {
  kind: 'rule';
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A pen line through `points` (a signature, a tick), `width` points wide. */
export interface Stroke {
  kind: 'stroke';
  points: { x: number; y: number }[];
  width: number;
}

export type DrawItem = TextRun | Rule | Stroke;

export interface PageDrawing {
  items: DrawItem[];
  /** The page's lines of text as drawn, top to bottom (a line's columns joined by spaces). */
  lines: string[];
}
