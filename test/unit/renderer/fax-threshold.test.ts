/** Fax mode's dots: every pixel black or white by its brightness, and the fax's grid across and down. */
import { describe, expect, it } from 'vitest';
import { faxResolution } from '../../../domain/fax-quality';
import { faxDotsPerPoint, toBlackAndWhite } from '../../../renderer/src/components/document-viewer/fax-threshold';

const pixels = (...rgba: number[][]) => new Uint8ClampedArray(rgba.flat());

describe('toBlackAndWhite', () => {
  it('turns every pixel black or white, opaque, by its brightness', () => {
    const out = toBlackAndWhite(
      pixels([0, 0, 0, 255], [255, 255, 255, 255], [127, 127, 127, 255], [128, 128, 128, 255], [30, 60, 200, 255]),
    );
    expect([...out]).toEqual([0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 255]);
  });

  it('weighs colours as the eye does: dark blue text is black, a yellow highlight white', () => {
    const out = toBlackAndWhite(pixels([0, 0, 255, 255], [255, 240, 120, 255], [255, 0, 0, 255], [0, 255, 0, 255]));
    expect([out[0], out[4], out[8], out[12]]).toEqual([0, 255, 0, 255]);
  });

  it('takes a transparent pixel as white paper, and a half-transparent black as grey over it', () => {
    const out = toBlackAndWhite(pixels([0, 0, 0, 0], [0, 0, 0, 100], [0, 0, 0, 200]));
    expect([out[0], out[3], out[4], out[8]]).toEqual([255, 255, 255, 0]);
  });

  it('leaves its input as it was, and the threshold can move', () => {
    const input = pixels([100, 100, 100, 255]);
    expect(toBlackAndWhite(input, 90)[0]).toBe(255);
    expect(toBlackAndWhite(input)[0]).toBe(0);
    expect([...input]).toEqual([100, 100, 100, 255]);
  });

  it('only ever produces 0 or 255 in the colour channels, whatever comes in', () => {
    const input = new Uint8ClampedArray(4 * 4096).map((_, i) => (i * 2654435761) % 256);
    const out = toBlackAndWhite(input);
    for (let i = 0; i < out.length; i += 4) {
      expect([0, 255]).toContain(out[i]);
      expect(out[i + 1]).toBe(out[i]);
      expect(out[i + 2]).toBe(out[i]);
      expect(out[i + 3]).toBe(255);
    }
  });

  it('refuses a buffer that is not whole pixels', () => {
    expect(() => toBlackAndWhite(new Uint8ClampedArray(6))).toThrow(RangeError);
  });
});

describe('fax resolution', () => {
  it('is 204 × 98 dpi at normal quality and 204 × 196 at the others', () => {
    expect(faxResolution('normal')).toEqual({ x: 204, y: 98 });
    expect(faxResolution('high')).toEqual({ x: 204, y: 196 });
    expect(faxResolution('very_high')).toEqual({ x: 204, y: 196 });
    expect(faxResolution('ultra_dark')).toEqual({ x: 204, y: 196 });
  });

  it('gives dots per point across and down, swapped for a page turned a quarter', () => {
    expect(faxDotsPerPoint({ x: 204, y: 98 }, 0)).toEqual({ x: 204 / 72, y: 98 / 72 });
    expect(faxDotsPerPoint({ x: 204, y: 98 }, 180)).toEqual({ x: 204 / 72, y: 98 / 72 });
    expect(faxDotsPerPoint({ x: 204, y: 98 }, 90)).toEqual({ x: 98 / 72, y: 204 / 72 });
  });
});
