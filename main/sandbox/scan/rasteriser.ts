/**
 * A scanline rasteriser for filled polygons: non-zero winding, a few sub-scanlines per pixel
 * row and exact horizontal span coverage, so edges come out antialiased (a coverage of 0..1
 * per pixel) before the scan effects and the 1-bit threshold decide what is ink. Coordinates
 * are pixels, y down; a pixel (x, y) covers [x, x+1) × [y, y+1).
 */

export interface Point {
  x: number;
  y: number;
}

/** A closed polygon: the last point joins the first. */
export type Polygon = readonly Point[];

/** Ink per pixel, 0 (paper) to 1 (solid), row by row. */
export class CoverageCanvas {
  readonly data: Float32Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Float32Array(width * height);
  }

  at(x: number, y: number): number {
    return this.data[y * this.width + x] ?? 0;
  }
}

/** Sub-scanlines per pixel row: 4 is enough for text at fax resolution. */
export const DEFAULT_SUBSAMPLES = 4;

interface Edge {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** +1 for an edge going down, -1 going up. */
  direction: number;
  top: number;
  bottom: number;
}

function edgesOf(polygons: readonly Polygon[]): Edge[] {
  const edges: Edge[] = [];
  for (const polygon of polygons) {
    for (let i = 0; i < polygon.length; i++) {
      const a = polygon[i];
      const b = polygon[(i + 1) % polygon.length];
      if (!a || !b || a.y === b.y) continue;
      edges.push({
        x0: a.x,
        y0: a.y,
        x1: b.x,
        y1: b.y,
        direction: b.y > a.y ? 1 : -1,
        top: Math.min(a.y, b.y),
        bottom: Math.max(a.y, b.y),
      });
    }
  }
  return edges;
}

/** Adds `weight` of ink over [xa, xb) on row `rowStart`, sharing the end pixels by how much of them is covered. */
function addSpan(canvas: CoverageCanvas, rowStart: number, xa: number, xb: number, weight: number): void {
  const left = Math.max(0, xa);
  const right = Math.min(canvas.width, xb);
  if (right <= left) return;
  const first = Math.floor(left);
  const last = Math.floor(right);
  const data = canvas.data;
  if (first === last) {
    data[rowStart + first] = (data[rowStart + first] ?? 0) + (right - left) * weight;
    return;
  }
  data[rowStart + first] = (data[rowStart + first] ?? 0) + (first + 1 - left) * weight;
  for (let x = first + 1; x < last; x++) data[rowStart + x] = (data[rowStart + x] ?? 0) + weight;
  if (last < canvas.width) data[rowStart + last] = (data[rowStart + last] ?? 0) + (right - last) * weight;
}

/**
 * Fills the polygons together (overlaps follow the non-zero rule, so a glyph's counters stay
 * open and overlapping contours do not cancel) and adds their coverage to the canvas.
 */
export function fillPolygons(
  canvas: CoverageCanvas,
  polygons: readonly Polygon[],
  subsamples = DEFAULT_SUBSAMPLES,
): void {
  const edges = edgesOf(polygons);
  if (edges.length === 0) return;
  let top = Infinity;
  let bottom = -Infinity;
  for (const edge of edges) {
    top = Math.min(top, edge.top);
    bottom = Math.max(bottom, edge.bottom);
  }
  const firstRow = Math.max(0, Math.floor(top));
  const lastRow = Math.min(canvas.height - 1, Math.ceil(bottom));
  const weight = 1 / subsamples;
  // Crossings of one sub-scanline, kept sorted by x as they are found (there are only a few).
  const xs = new Float64Array(edges.length);
  const directions = new Int8Array(edges.length);
  for (let row = firstRow; row <= lastRow; row++) {
    const rowStart = row * canvas.width;
    for (let s = 0; s < subsamples; s++) {
      const y = row + (s + 0.5) / subsamples;
      let count = 0;
      for (const edge of edges) {
        if (y < edge.top || y >= edge.bottom) continue;
        const x = edge.x0 + ((y - edge.y0) / (edge.y1 - edge.y0)) * (edge.x1 - edge.x0);
        let i = count++;
        while (i > 0 && (xs[i - 1] ?? 0) > x) {
          xs[i] = xs[i - 1] ?? 0;
          directions[i] = directions[i - 1] ?? 0;
          i--;
        }
        xs[i] = x;
        directions[i] = edge.direction;
      }
      let winding = 0;
      for (let i = 0; i < count - 1; i++) {
        winding += directions[i] ?? 0;
        if (winding !== 0) addSpan(canvas, rowStart, xs[i] ?? 0, xs[i + 1] ?? 0, weight);
      }
    }
  }
}
