/**
 * Turns a glyph's quadratic TrueType contours into polygons the rasteriser fills: implied
 * on-curve points between two control points are restored, each curve is cut into enough
 * straight pieces that the error stays under a tenth of a pixel, and every point goes
 * through the page's transform (size, position, the scanner's skew) on the way.
 */
import type { Point, Polygon } from './rasteriser';
import type { Contour } from './truetype';

/** Font units (y up) → page pixels (y down). */
export type Transform = (x: number, y: number) => Point;

const MAX_PIECES = 16;

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

function addCurve(out: Point[], from: Point, control: Point, to: Point): void {
  // How far the curve bows from its chord bounds the flattening error; pieces grow with its root.
  const bow = Math.hypot(from.x - 2 * control.x + to.x, from.y - 2 * control.y + to.y) / 4;
  const pieces = Math.min(MAX_PIECES, Math.max(1, Math.ceil(Math.sqrt(bow / 0.1))));
  for (let i = 1; i <= pieces; i++) {
    const t = i / pieces;
    const u = 1 - t;
    out.push({
      x: u * u * from.x + 2 * u * t * control.x + t * t * to.x,
      y: u * u * from.y + 2 * u * t * control.y + t * t * to.y,
    });
  }
}

/** One contour → one polygon in page pixels. */
export function contourPolygon(contour: Contour, transform: Transform): Polygon {
  const points = contour.map((p) => ({ ...transform(p.x, p.y), onCurve: p.onCurve }));
  if (points.length === 0) return [];
  // Start on a point that lies on the curve: the first one that does, or the midpoint of two controls.
  const startIndex = points.findIndex((p) => p.onCurve);
  const ordered = startIndex === -1 ? points : [...points.slice(startIndex), ...points.slice(0, startIndex)];
  const first = ordered[0];
  const last = ordered.at(-1);
  if (!first || !last) return [];
  const start: Point = startIndex === -1 ? midpoint(last, first) : first;
  const out: Point[] = [start];
  let current = start;
  let control: Point | undefined = startIndex === -1 ? first : undefined;
  for (const p of [...ordered.slice(1), { ...start, onCurve: true }]) {
    if (p.onCurve) {
      if (control) addCurve(out, current, control, p);
      else out.push({ x: p.x, y: p.y });
      current = p;
      control = undefined;
    } else if (control) {
      const implied = midpoint(control, p);
      addCurve(out, current, control, implied);
      current = implied;
      control = p;
    } else {
      control = p;
    }
  }
  out.pop(); // the closing point repeats the start
  return out;
}
