/**
 * Affine matrices in PDF's [a b c d e f] form (x' = a·x + c·y + e, y' = b·x + d·y + f), and
 * the quarter turns and mirrors that put content upright. Kept apart from pdf-lib so the
 * arithmetic can be tested on its own.
 */

export type Matrix = readonly [number, number, number, number, number, number];

export interface Size {
  width: number;
  height: number;
}

export type QuarterTurn = 0 | 90 | 180 | 270;

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `first`, then `then`. */
export function compose(first: Matrix, then: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = first;
  const [a2, b2, c2, d2, e2, f2] = then;
  return [
    a2 * a1 + c2 * b1,
    b2 * a1 + d2 * b1,
    a2 * c1 + c2 * d1,
    b2 * c1 + d2 * d1,
    a2 * e1 + c2 * f1 + e2,
    b2 * e1 + d2 * f1 + f2,
  ];
}

export function composeAll(...steps: Matrix[]): Matrix {
  return steps.reduce((done, next) => compose(done, next), IDENTITY);
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function scaling(sx: number, sy = sx): Matrix {
  return [sx, 0, 0, sy, 0, 0];
}

export function translation(tx: number, ty: number): Matrix {
  return [1, 0, 0, 1, tx, ty];
}

/** Normalises any /Rotate value (negative, over 360, not a multiple of 90) to a quarter turn. */
export function toQuarterTurn(degrees: number): QuarterTurn {
  if (!Number.isFinite(degrees)) return 0;
  const turns = (((Math.round(degrees / 90) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
  return ([0, 90, 180, 270] as const)[turns];
}

/**
 * Turns the box [0,w]×[0,h] clockwise (as a viewer shows a page with /Rotate) and leaves
 * the result in [0,w']×[0,h'] again, so the next step can keep working from the origin.
 */
export function clockwise(turn: QuarterTurn, box: Size): { matrix: Matrix; size: Size } {
  const { width: w, height: h } = box;
  switch (turn) {
    case 0:
      return { matrix: IDENTITY, size: box };
    case 90:
      return { matrix: [0, -1, 1, 0, 0, w], size: { width: h, height: w } };
    case 180:
      return { matrix: [-1, 0, 0, -1, w, h], size: box };
    case 270:
      return { matrix: [0, 1, -1, 0, h, 0], size: { width: h, height: w } };
  }
}

/** Mirrors the box [0,w]×[0,h] left to right, in place. */
export function mirrored(box: Size): Matrix {
  return [-1, 0, 0, 1, box.width, 0];
}
