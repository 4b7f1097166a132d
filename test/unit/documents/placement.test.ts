import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply } from '../../../main/engine/documents/geometry';
import { PAPER_DIMENSIONS } from '../../../main/engine/documents/limits';
import { placeOnPaper } from '../../../main/engine/documents/placement';

const letter = PAPER_DIMENSIONS.letter;
const a4 = PAPER_DIMENSIONS.a4;
const noMargin = { margin: 0, maxScale: 1.5 };

function bounds(content: { width: number; height: number }, m: ReturnType<typeof placeOnPaper>['matrix']) {
  const points = [
    apply(m, 0, 0),
    apply(m, content.width, 0),
    apply(m, 0, content.height),
    apply(m, content.width, content.height),
  ];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) };
}

describe('placeOnPaper()', () => {
  it('leaves a Letter page on Letter paper exactly as it is', () => {
    expect(placeOnPaper(letter, letter, noMargin)).toEqual({
      matrix: [1, 0, 0, 1, 0, 0],
      turnedToPortrait: false,
      scale: 1,
    });
  });

  it('shrinks an A4 page to fit Letter and centres it', () => {
    const placement = placeOnPaper(a4, letter, noMargin);
    const b = bounds(a4, placement.matrix);
    expect(placement.scale).toBeCloseTo(792 / 841.89);
    expect(b.bottom).toBeCloseTo(0);
    expect(b.top).toBeCloseTo(792);
    expect(b.left).toBeCloseTo(612 - b.right);
  });

  it('turns a landscape page a quarter counter-clockwise so it fills the sheet', () => {
    const landscape = { width: 792, height: 612 };
    const placement = placeOnPaper(landscape, letter, noMargin);
    expect(placement.turnedToPortrait).toBe(true);
    expect(placement.scale).toBeCloseTo(1);
    expect(bounds(landscape, placement.matrix)).toEqual({ left: 0, right: 612, bottom: 0, top: 792 });
    // The top-left corner of the landscape page ends up at the bottom-left of the sheet.
    const [x, y] = apply(placement.matrix, 0, 612);
    expect(x).toBeCloseTo(0);
    expect(y).toBeCloseTo(0);
  });

  it('does not turn content that fits just as well upright', () => {
    expect(placeOnPaper({ width: 100, height: 90 }, letter, noMargin).turnedToPortrait).toBe(false);
    expect(placeOnPaper({ width: 300, height: 200 }, letter, { margin: 0, maxScale: 1.5 }).turnedToPortrait).toBe(
      false,
    );
  });

  it('enlarges small content at most 1.5 times', () => {
    expect(placeOnPaper({ width: 100, height: 100 }, letter, noMargin).scale).toBe(1.5);
  });

  it('keeps the margin clear', () => {
    const b = bounds(
      { width: 2000, height: 3000 },
      placeOnPaper({ width: 2000, height: 3000 }, letter, { margin: 18, maxScale: 1.5 }).matrix,
    );
    expect(b.left).toBeGreaterThanOrEqual(18 - 1e-9);
    expect(b.bottom).toBeGreaterThanOrEqual(18 - 1e-9);
    expect(b.right).toBeLessThanOrEqual(612 - 18 + 1e-9);
    expect(b.top).toBeLessThanOrEqual(792 - 18 + 1e-9);
  });

  it('always lands inside the paper, centred, with the aspect ratio kept', () => {
    const side = fc.double({ min: 1, max: 20_000, noNaN: true });
    fc.assert(
      fc.property(side, side, fc.constantFrom(letter, a4), fc.constantFrom(0, 18), (width, height, paper, margin) => {
        const content = { width, height };
        const placement = placeOnPaper(content, paper, { margin, maxScale: 1.5 });
        const b = bounds(content, placement.matrix);
        const tolerance = 1e-6 * Math.max(paper.width, paper.height);
        expect(b.left).toBeGreaterThanOrEqual(margin - tolerance);
        expect(b.bottom).toBeGreaterThanOrEqual(margin - tolerance);
        expect(b.right).toBeLessThanOrEqual(paper.width - margin + tolerance);
        expect(b.top).toBeLessThanOrEqual(paper.height - margin + tolerance);
        expect(b.left + b.right).toBeCloseTo(paper.width, 6);
        expect(b.bottom + b.top).toBeCloseTo(paper.height, 6);
        const drawnRatio = placement.turnedToPortrait
          ? (b.top - b.bottom) / (b.right - b.left)
          : (b.right - b.left) / (b.top - b.bottom);
        expect(drawnRatio / (width / height)).toBeCloseTo(1, 6);
      }),
    );
  });

  it('refuses content with no area', () => {
    expect(() => placeOnPaper({ width: 0, height: 10 }, letter, noMargin)).toThrow(RangeError);
  });
});
