import { describe, expect, it } from 'vitest';
import { loadFace } from '../../../main/sandbox/scan/font-files';

const code = (char: string): number => char.codePointAt(0) ?? 0;

describe('the TrueType reader on Liberation Sans', () => {
  const font = loadFace('regular');

  it('reads the header tables', () => {
    expect(font.unitsPerEm).toBe(2048);
    expect(font.numGlyphs).toBeGreaterThan(600);
    expect(font.ascender).toBe(1854);
    expect(font.descender).toBe(-434);
  });

  it('maps characters through cmap format 4 and reads their advance widths', () => {
    // Liberation Sans is metric-compatible with Arial/Helvetica: these widths are Helvetica's × 2.048.
    expect(font.glyphFor(code('A')).advanceWidth).toBe(1366);
    expect(font.glyphFor(code('i')).advanceWidth).toBe(455);
    expect(font.glyphFor(code(' ')).advanceWidth).toBe(569);
    expect(font.glyphFor(code('4')).advanceWidth).toBe(1139);
    expect(font.glyphId(code('\u{e000}'))).toBe(0);
  });

  it('reads simple outlines with their contours', () => {
    const o = font.glyphFor(code('o'));
    expect(o.composite).toBe(false);
    expect(o.contours).toHaveLength(2);
    const i = font.glyphFor(code('i'));
    expect(i.contours).toHaveLength(2); // the stem and the dot
    expect(font.glyphFor(code(' ')).contours).toEqual([]);
    for (const point of o.contours.flat()) {
      expect(point.x).toBeGreaterThanOrEqual(o.box.xMin);
      expect(point.x).toBeLessThanOrEqual(o.box.xMax);
      expect(point.y).toBeGreaterThanOrEqual(o.box.yMin);
      expect(point.y).toBeLessThanOrEqual(o.box.yMax);
    }
  });

  it('builds a composite glyph from its parts, moved into place', () => {
    const e = font.glyphFor(code('e'));
    const eAcute = font.glyphFor(code('é'));
    expect(eAcute.composite).toBe(true);
    expect(eAcute.advanceWidth).toBe(e.advanceWidth);
    // The base letter's contours come first, unmoved; the accent sits above the x-height.
    expect(eAcute.contours.slice(0, e.contours.length)).toEqual(e.contours);
    const accent = eAcute.contours.slice(e.contours.length).flat();
    expect(accent.length).toBeGreaterThan(0);
    expect(Math.min(...accent.map((p) => p.y))).toBeGreaterThan(e.box.yMax);
    expect(Math.max(...accent.map((p) => p.y))).toBe(eAcute.box.yMax);
  });

  it('reads the bold face as well', () => {
    expect(loadFace('bold').glyphFor(code('A')).advanceWidth).toBe(1479);
  });
});
