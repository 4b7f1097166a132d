/**
 * Draws a PageDrawing onto a coverage canvas at fax resolution, as the page lay on a scanner
 * glass: turned by a small skew about the page's centre and shifted a little. Text goes glyph
 * by glyph (rasterised from the TrueType outlines, glyph-cache.ts) along the skewed baseline;
 * rules are rectangles; strokes become a ribbon of quadrilaterals, filled together so their
 * overlaps stay solid.
 */
import type { PageDrawing, Stroke, TextRun } from './page-drawing';
import { loadFace } from './font-files';
import { stampGlyph } from './glyph-cache';
import { FAX_PAGE_HEIGHT_PX, FAX_PAGE_WIDTH_PX, PX_PER_PT_X, PX_PER_PT_Y } from './fax-resolution';
import type { Point, Polygon } from './rasteriser';
import { CoverageCanvas, fillPolygons } from './rasteriser';

export interface Placement {
  /** Clockwise turn of the page on the glass, in degrees. */
  skewDegrees: number;
  /** Shift of the page, in pixels. */
  offsetX: number;
  offsetY: number;
}

/** Points (from the top-left corner) → pixels on the skewed, shifted scan. */
function placementTransform(placement: Placement): (x: number, y: number) => Point {
  const angle = (placement.skewDegrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = FAX_PAGE_WIDTH_PX / 2;
  const cy = FAX_PAGE_HEIGHT_PX / 2;
  return (xPt, yPt) => {
    const dx = xPt * PX_PER_PT_X - cx;
    const dy = yPt * PX_PER_PT_Y - cy;
    return { x: cx + dx * cos - dy * sin + placement.offsetX, y: cy + dx * sin + dy * cos + placement.offsetY };
  };
}

function drawText(canvas: CoverageCanvas, run: TextRun, toPixels: (x: number, y: number) => Point): void {
  const font = loadFace(run.face);
  const scale = run.size / font.unitsPerEm;
  let penX = run.x;
  for (const char of run.text) {
    const glyph = font.glyphFor(char.codePointAt(0) ?? 0x3f);
    if (glyph.contours.length > 0) {
      const origin = toPixels(penX, run.y);
      stampGlyph(canvas, run.face, run.size, glyph.id, origin.x, origin.y);
    }
    penX += glyph.advanceWidth * scale;
  }
}

function strokeRibbon(stroke: Stroke, toPixels: (x: number, y: number) => Point): Polygon[] {
  const half = stroke.width / 2;
  const pieces: Polygon[] = [];
  for (let i = 0; i + 1 < stroke.points.length; i++) {
    const a = stroke.points[i];
    const b = stroke.points[i + 1];
    if (!a || !b) continue;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // Every piece turns the same way, so under the non-zero rule their overlaps add up to ink.
    const nx = (-(b.y - a.y) / length) * half;
    const ny = ((b.x - a.x) / length) * half;
    // Each piece reaches half a width past its ends, closing the joints between pieces.
    const ex = ((b.x - a.x) / length) * half;
    const ey = ((b.y - a.y) / length) * half;
    pieces.push([
      toPixels(a.x - ex + nx, a.y - ey + ny),
      toPixels(b.x + ex + nx, b.y + ey + ny),
      toPixels(b.x + ex - nx, b.y + ey - ny),
      toPixels(a.x - ex - nx, a.y - ey - ny),
    ]);
  }
  return pieces;
}

export function renderPage(drawing: PageDrawing, placement: Placement): CoverageCanvas {
  const canvas = new CoverageCanvas(FAX_PAGE_WIDTH_PX, FAX_PAGE_HEIGHT_PX);
  const toPixels = placementTransform(placement);
  for (const item of drawing.items) {
    if (item.kind === 'text') drawText(canvas, item, toPixels);
    else if (item.kind === 'rule') {
      const { x, y, width, height } = item;
      fillPolygons(canvas, [
        [toPixels(x, y), toPixels(x + width, y), toPixels(x + width, y + height), toPixels(x, y + height)],
      ]);
    } else fillPolygons(canvas, strokeRibbon(item, toPixels));
  }
  return canvas;
}
