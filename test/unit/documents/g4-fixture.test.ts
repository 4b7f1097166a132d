import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeG4 } from '../../fixtures/documents/ccitt-g4';
import { decodeBilevelPage, makeTiff } from '../../fixtures/documents/tiff-fixtures';

// The fax fixtures are only as good as this encoder, so it is checked on its own.
describe('the CCITT G4 fixture encoder', () => {
  it('codes an all-white page as one V0 bit per row and the end-of-block mark', () => {
    const rows = Array.from({ length: 8 }, () => new Uint8Array(1728));
    expect([...encodeG4(rows, 1728)]).toEqual([0xff, 0x00, 0x10, 0x01]);
  });

  it('round-trips random bilevel images through utif2', () => {
    const image = fc
      .record({ width: fc.integer({ min: 1, max: 90 }), height: fc.integer({ min: 1, max: 12 }), seed: fc.integer() })
      .map(({ width, height, seed }) => {
        let state = seed >>> 0;
        const runsOf = (x: number, y: number) => {
          state = (Math.imul(state ^ (x * 31 + y), 2654435761) + 7) >>> 0;
          return state % 5 === 0 ? 1 : 0;
        };
        return {
          width,
          height,
          rows: Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => runsOf(x, y))),
        };
      });
    fc.assert(
      fc.property(image, ({ width, height, rows }) => {
        const tiff = makeTiff([{ width, height, kind: 'g4', pixel: (x, y) => rows[y]?.[x] ?? 0 }]);
        expect(decodeBilevelPage(tiff)).toEqual(rows);
      }),
      { numRuns: 150 },
    );
  });
});
