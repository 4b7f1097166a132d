/**
 * Rasterised glyphs, kept for reuse: a page of text uses a few dozen glyphs thousands of
 * times, so each (face, size, glyph, position within a quarter pixel) is filled once and then
 * added onto the page like type from a case. Glyphs are not turned with the page's skew (at
 * most half a degree moves a glyph's top by a quarter of a pixel, which no one could see);
 * their positions along the skewed baseline are.
 */
import type { FaceName } from './font-files';
import { loadFace } from './font-files';
import { PX_PER_PT_X, PX_PER_PT_Y } from './fax-resolution';
import { contourPolygon } from './outline-path';
import { CoverageCanvas, fillPolygons } from './rasteriser';

/** Positions are rounded to this fraction of a pixel. */
const PHASES = 4;
const PAD = 2;
/** Enough for every glyph of a few faces and sizes; beyond it the cache starts over. */
const MAX_ENTRIES = 20_000;

interface CachedGlyph {
  /** The bitmap's top-left corner, relative to the integer pixel of the glyph's origin. */
  left: number;
  top: number;
  bitmap: CoverageCanvas;
}

const cache = new Map<string, CachedGlyph>();

function rasterise(face: FaceName, size: number, glyphId: number, phaseX: number, phaseY: number): CachedGlyph {
  const font = loadFace(face);
  const glyph = font.glyph(glyphId);
  const sx = (size / font.unitsPerEm) * PX_PER_PT_X;
  const sy = (size / font.unitsPerEm) * PX_PER_PT_Y;
  const left = Math.floor(glyph.box.xMin * sx) - PAD;
  const top = Math.floor(-glyph.box.yMax * sy) - PAD;
  const width = Math.ceil(glyph.box.xMax * sx) + PAD + 1 - left;
  const height = Math.ceil(-glyph.box.yMin * sy) + PAD + 1 - top;
  const bitmap = new CoverageCanvas(Math.max(1, width), Math.max(1, height));
  const ox = phaseX / PHASES - left;
  const oy = phaseY / PHASES - top;
  fillPolygons(
    bitmap,
    glyph.contours.map((contour) => contourPolygon(contour, (x, y) => ({ x: ox + x * sx, y: oy - y * sy }))),
  );
  return { left, top, bitmap };
}

/** Adds the glyph's ink to `canvas` with its origin (on the baseline) at pixel (x, y). */
export function stampGlyph(
  canvas: CoverageCanvas,
  face: FaceName,
  size: number,
  glyphId: number,
  x: number,
  y: number,
): void {
  const ix = Math.floor(x);
  const iy = Math.floor(y);
  const phaseX = Math.min(PHASES - 1, Math.round((x - ix) * PHASES));
  const phaseY = Math.min(PHASES - 1, Math.round((y - iy) * PHASES));
  const key = `${face}|${size}|${glyphId}|${phaseX}|${phaseY}`;
  let cached = cache.get(key);
  if (!cached) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cached = rasterise(face, size, glyphId, phaseX, phaseY);
    cache.set(key, cached);
  }
  const { bitmap } = cached;
  for (let row = 0; row < bitmap.height; row++) {
    const py = iy + cached.top + row;
    if (py < 0 || py >= canvas.height) continue;
    for (let col = 0; col < bitmap.width; col++) {
      const px = ix + cached.left + col;
      const ink = bitmap.data[row * bitmap.width + col] ?? 0;
      if (ink === 0 || px < 0 || px >= canvas.width) continue;
      const at = py * canvas.width + px;
      canvas.data[at] = (canvas.data[at] ?? 0) + ink;
    }
  }
}
