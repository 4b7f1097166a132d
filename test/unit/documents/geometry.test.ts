import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apply,
  clockwise,
  compose,
  mirrored,
  toQuarterTurn,
  type Matrix,
  type QuarterTurn,
} from '../../../main/engine/documents/geometry';

const finite = fc.double({ min: -1000, max: 1000, noNaN: true });
const matrix = fc.tuple(finite, finite, finite, finite, finite, finite) as fc.Arbitrary<Matrix>;

function corners(m: Matrix, w: number, h: number): Array<[number, number]> {
  return [apply(m, 0, 0), apply(m, w, 0), apply(m, 0, h), apply(m, w, h)];
}

describe('compose()', () => {
  it('applies the first matrix, then the second', () => {
    fc.assert(
      fc.property(matrix, matrix, finite, finite, (first, then, x, y) => {
        const [x1, y1] = apply(first, x, y);
        const [expectedX, expectedY] = apply(then, x1, y1);
        const [actualX, actualY] = apply(compose(first, then), x, y);
        expect(actualX).toBeCloseTo(expectedX, 3);
        expect(actualY).toBeCloseTo(expectedY, 3);
      }),
    );
  });
});

describe('clockwise()', () => {
  it.each([0, 90, 180, 270] as QuarterTurn[])(
    'keeps a %i° turn of the box inside [0,w]×[0,h] from the origin',
    (turn) => {
      const { matrix: m, size } = clockwise(turn, { width: 200, height: 100 });
      const points = corners(m, 200, 100);
      expect(Math.min(...points.map((p) => p[0]))).toBeCloseTo(0);
      expect(Math.min(...points.map((p) => p[1]))).toBeCloseTo(0);
      expect(Math.max(...points.map((p) => p[0]))).toBeCloseTo(size.width);
      expect(Math.max(...points.map((p) => p[1]))).toBeCloseTo(size.height);
    },
  );

  it('turns the way a viewer shows /Rotate 90: the top-left corner goes to the top right', () => {
    const { matrix: m, size } = clockwise(90, { width: 200, height: 100 });
    expect(size).toEqual({ width: 100, height: 200 });
    expect(apply(m, 0, 100)).toEqual([100, 200]);
    expect(apply(m, 0, 0)).toEqual([0, 200]);
  });

  it('mirrors left to right in place', () => {
    expect(apply(mirrored({ width: 50, height: 10 }), 0, 3)).toEqual([50, 3]);
  });
});

describe('toQuarterTurn()', () => {
  it.each([
    [0, 0],
    [90, 90],
    [-90, 270],
    [450, 90],
    [540, 180],
    [-360, 0],
    [Number.NaN, 0],
  ])('reads /Rotate %d as %d', (degrees, turn) => {
    expect(toQuarterTurn(degrees)).toBe(turn);
  });
});
