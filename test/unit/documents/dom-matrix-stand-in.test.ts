/**
 * The DOMMatrix stand-in pdf.js gets where Node has none: the affine arithmetic of the two
 * uses pdf.js makes of it (made from six numbers or none, scaled and translated in place).
 */
import { describe, expect, it } from 'vitest';
import { installDomMatrixStandIn } from '../../../main/engine/documents/dom-matrix-stand-in';

interface Matrix {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
  scaleSelf(sx: number, sy?: number): Matrix;
  translateSelf(tx: number, ty: number): Matrix;
}
type MatrixClass = new (init?: number[]) => Matrix;

describe('the DOMMatrix stand-in', () => {
  it('scales, then translates in the scaled space, as DOMMatrix does', () => {
    const scope = globalThis as { DOMMatrix?: unknown };
    const own = scope.DOMMatrix;
    delete scope.DOMMatrix;
    try {
      installDomMatrixStandIn();
      const Stand = scope.DOMMatrix as MatrixClass;
      // pdf.js's Type 3 glyph compiler: new DOMMatrix().scaleSelf(1 / w, -1 / h).translateSelf(0, -h)
      const { a, b, c, d, e, f } = new Stand().scaleSelf(1 / 4, -1 / 2).translateSelf(0, -2);
      expect({ a, b, c, d, e, f }).toEqual({ a: 0.25, b: 0, c: -0, d: -0.5, e: 0, f: 1 });
      const given = new Stand([2, 0, 0, 3, 10, 20]);
      expect({ a: given.a, b: given.b, c: given.c, d: given.d, e: given.e, f: given.f }).toEqual({
        a: 2,
        b: 0,
        c: 0,
        d: 3,
        e: 10,
        f: 20,
      });
    } finally {
      scope.DOMMatrix = own;
    }
  });

  it('leaves a runtime’s own DOMMatrix alone', () => {
    const scope = globalThis as { DOMMatrix?: unknown };
    const own = scope.DOMMatrix;
    const mine = class {};
    scope.DOMMatrix = mine;
    try {
      installDomMatrixStandIn();
      expect(scope.DOMMatrix).toBe(mine);
    } finally {
      scope.DOMMatrix = own;
    }
  });
});
