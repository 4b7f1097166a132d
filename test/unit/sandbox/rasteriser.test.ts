import { describe, expect, it } from 'vitest';
import { loadFace } from '../../../main/sandbox/scan/font-files';
import { contourPolygon } from '../../../main/sandbox/scan/outline-path';
import { CoverageCanvas, fillPolygons } from '../../../main/sandbox/scan/rasteriser';

function inkIn(canvas: CoverageCanvas): number {
  return canvas.data.reduce((sum, value) => sum + value, 0);
}

function square(x: number, y: number, size: number): { x: number; y: number }[] {
  return [
    { x, y },
    { x: x + size, y },
    { x: x + size, y: y + size },
    { x, y: y + size },
  ];
}

describe('the scanline rasteriser', () => {
  it('fills a pixel-aligned square with exactly its pixels', () => {
    const canvas = new CoverageCanvas(40, 40);
    fillPolygons(canvas, [square(5, 7, 10)]);
    const full = [...canvas.data].filter((value) => Math.abs(value - 1) < 1e-6).length;
    expect(full).toBe(100);
    expect(inkIn(canvas)).toBeCloseTo(100, 5);
    expect(canvas.at(5, 7)).toBeCloseTo(1);
    expect(canvas.at(4, 7)).toBe(0);
    expect(canvas.at(15, 7)).toBe(0);
  });

  it('shares a half-covered edge pixel by its area', () => {
    const canvas = new CoverageCanvas(20, 20);
    fillPolygons(canvas, [square(2.5, 2, 4)]);
    expect(canvas.at(2, 3)).toBeCloseTo(0.5);
    expect(canvas.at(6, 3)).toBeCloseTo(0.5);
    expect(inkIn(canvas)).toBeCloseTo(16, 5);
  });

  it('leaves a hole open under the non-zero rule when it winds the other way', () => {
    const canvas = new CoverageCanvas(30, 30);
    const hole = square(10, 10, 5).reverse();
    fillPolygons(canvas, [square(5, 5, 15), hole]);
    expect(canvas.at(12, 12)).toBe(0);
    expect(canvas.at(7, 7)).toBeCloseTo(1);
    expect(inkIn(canvas)).toBeCloseTo(225 - 25, 5);
  });

  it('keeps overlapping shapes that wind the same way solid', () => {
    const canvas = new CoverageCanvas(30, 30);
    fillPolygons(canvas, [square(5, 5, 10), square(10, 10, 10)]);
    expect(canvas.at(12, 12)).toBeCloseTo(1);
  });

  it('puts a glyph’s ink inside its box and keeps the counter of an "o" empty', () => {
    const font = loadFace('regular');
    const glyph = font.glyphFor('o'.codePointAt(0) ?? 0);
    const scale = 100 / font.unitsPerEm; // 100 px to the em
    const originX = 10;
    const baseline = 110;
    const canvas = new CoverageCanvas(140, 140);
    fillPolygons(
      canvas,
      glyph.contours.map((c) => contourPolygon(c, (x, y) => ({ x: originX + x * scale, y: baseline - y * scale }))),
    );
    const left = Math.floor(originX + glyph.box.xMin * scale);
    const right = Math.ceil(originX + glyph.box.xMax * scale);
    const top = Math.floor(baseline - glyph.box.yMax * scale);
    const bottom = Math.ceil(baseline - glyph.box.yMin * scale);
    let inside = 0;
    let outside = 0;
    for (let y = 0; y < canvas.height; y++) {
      for (let x = 0; x < canvas.width; x++) {
        const ink = canvas.at(x, y);
        if (x >= left && x < right && y >= top && y < bottom) inside += ink;
        else outside += ink;
      }
    }
    expect(outside).toBe(0);
    expect(inside).toBeGreaterThan(500);
    const centreX = Math.round(originX + ((glyph.box.xMin + glyph.box.xMax) / 2) * scale);
    const centreY = Math.round(baseline - ((glyph.box.yMin + glyph.box.yMax) / 2) * scale);
    expect(canvas.at(centreX, centreY)).toBe(0);
  });
});
