/**
 * What of a source page is shown, and which way up: the CropBox (within the MediaBox) and
 * /Rotate, read the way viewers read them, with their fallbacks for damaged values.
 */
import { PDFName, type PDFPage } from '@cantoo/pdf-lib';
import { toQuarterTurn, type QuarterTurn, type Size } from './geometry';
import { intersect, numberOf, rectOf, type Rect } from './pdf-objects';

export interface PageLayout {
  /** The visible area in the page's own coordinates. */
  box: Rect;
  /** The box's size before /Rotate. */
  size: Size;
  /** /Rotate: how far a viewer turns the page clockwise. */
  turn: QuarterTurn;
}

/** What viewers assume when a page has no usable MediaBox. */
const FALLBACK_MEDIA_BOX: Rect = { left: 0, bottom: 0, right: 612, top: 792 };

const Names = { MediaBox: PDFName.of('MediaBox'), CropBox: PDFName.of('CropBox'), Rotate: PDFName.of('Rotate') };

export function readPageLayout(page: PDFPage): PageLayout {
  const { node } = page;
  const { context } = node;
  const media = rectOf(context, node.getInheritableAttribute(Names.MediaBox)) ?? FALLBACK_MEDIA_BOX;
  const crop = rectOf(context, node.getInheritableAttribute(Names.CropBox));
  const box = (crop && intersect(crop, media)) ?? media;
  const turn = toQuarterTurn(numberOf(context, node.getInheritableAttribute(Names.Rotate)) ?? 0);
  return {
    box,
    size: { width: box.right - box.left, height: box.top - box.bottom },
    turn,
  };
}
