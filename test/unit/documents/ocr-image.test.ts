/**
 * Page images as tesseract is given them (ocr-image.ts): a two-tone fax page as PBM with
 * black as 1, anything else as 8-bit grey PGM, and an image over the OCR pixel limit scaled
 * down by a whole factor.
 */
import { describe, expect, it } from 'vitest';
import { ocrImage } from '../../../main/engine/documents/ocr-image';

const ascii = (bytes: Uint8Array, length: number) => Buffer.from(bytes.subarray(0, length)).toString('latin1');

describe('ocrImage', () => {
  it('writes a 1-bit image as PBM, black as 1 (pdf.js gives black as 0)', () => {
    // Row 1 black, row 2 white, row 3 half and half.
    const data = new Uint8Array([0x00, 0x00, 0xff, 0xff, 0xf0, 0x0f]);
    const { bytes, factor } = ocrImage({ width: 16, height: 3, kind: 'bits', data }, 1000);
    expect(factor).toBe(1);
    expect(ascii(bytes, 8)).toBe('P4\n16 3\n');
    expect([...bytes.subarray(8)]).toEqual([0xff, 0xff, 0x00, 0x00, 0x0f, 0xf0]);
  });

  it('writes colour as grey PGM, and transparency as the white paper beneath', () => {
    const rgb = new Uint8Array([255, 255, 255, 0, 0, 0, 255, 0, 0]);
    const grey = ocrImage({ width: 3, height: 1, kind: 'rgb', data: rgb }, 1000).bytes;
    expect(ascii(grey, 11)).toBe('P5\n3 1\n255\n');
    expect([...grey.subarray(11)]).toEqual([255, 0, 76]);

    const rgba = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 255]);
    const seen = ocrImage({ width: 2, height: 1, kind: 'rgba', data: rgba }, 1000).bytes;
    expect([...seen.subarray(seen.length - 2)]).toEqual([255, 0]);
  });

  it('scales an image over the limit down by a whole factor, each pixel the mean of its block', () => {
    // 4 × 2 pixels, 1 bit each: the left 2 × 2 block all black, the right one half black.
    const data = new Uint8Array([0b00110000, 0b00010000]);
    const { bytes, factor } = ocrImage({ width: 4, height: 2, kind: 'bits', data }, 2);
    expect(factor).toBe(2);
    expect(ascii(bytes, 11)).toBe('P5\n2 1\n255\n');
    expect([...bytes.subarray(11)]).toEqual([0, 191]);
  });
});
