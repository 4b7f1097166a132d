/**
 * A page image as tesseract reads it: a netpbm file written here (PBM for a black-and-white
 * fax, PGM for anything else), so no image library or canvas is needed. A two-tone image goes
 * as it is, one bit a pixel; colour and grey become 8-bit grey. An image over the OCR pixel
 * limit is first scaled down by a whole factor, averaging each block of pixels, so tesseract's
 * working memory stays bounded whatever size a page declares.
 */
import type { PageImage } from './page-images';

export interface OcrImage {
  /** The netpbm file. */
  bytes: Uint8Array;
  /** How many times smaller each side is than the image's: its resolution is that much lower. */
  factor: number;
}

export function ocrImage(image: PageImage, maxPixels: number): OcrImage {
  const { width, height } = image;
  const factor = Math.max(1, Math.ceil(Math.sqrt((width * height) / maxPixels)));
  const bytes = image.kind === 'bits' && factor === 1 ? bitmap(image) : greymap(image, factor);
  return { bytes, factor };
}

/** PBM (P4): same row layout as pdf.js's, but 1 is black. */
function bitmap({ width, height, data }: PageImage): Uint8Array {
  const header = Buffer.from(`P4\n${width} ${height}\n`, 'latin1');
  const length = ((width + 7) >> 3) * height;
  const out = new Uint8Array(header.length + length);
  out.set(header);
  for (let i = 0; i < length; i++) out[header.length + i] = ~(data[i] as number) & 0xff;
  return out;
}

/** PGM (P5) of `factor`-times smaller sides, each pixel the mean of its block. */
function greymap(image: PageImage, factor: number): Uint8Array {
  const width = Math.max(1, Math.floor(image.width / factor));
  const height = Math.max(1, Math.floor(image.height / factor));
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1');
  const out = new Uint8Array(header.length + width * height);
  out.set(header);
  const grey = greyReader(image);
  const area = factor * factor;
  let at = header.length;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = Math.min(image.height - 1, y * factor + dy);
        for (let dx = 0; dx < factor; dx++) sum += grey(Math.min(image.width - 1, x * factor + dx), row);
      }
      out[at++] = Math.round(sum / area);
    }
  }
  return out;
}

/** The grey level (0 black, 255 white) of one pixel; transparency shows the white paper beneath. */
function greyReader({ kind, width, data }: PageImage): (x: number, y: number) => number {
  switch (kind) {
    case 'bits': {
      const stride = (width + 7) >> 3;
      return (x, y) => (((data[y * stride + (x >> 3)] as number) >> (7 - (x & 7))) & 1) * 255;
    }
    case 'rgb':
      return (x, y) => {
        const i = (y * width + x) * 3;
        return luma(data[i] as number, data[i + 1] as number, data[i + 2] as number);
      };
    case 'rgba':
      return (x, y) => {
        const i = (y * width + x) * 4;
        const alpha = (data[i + 3] as number) / 255;
        return luma(data[i] as number, data[i + 1] as number, data[i + 2] as number) * alpha + 255 * (1 - alpha);
      };
  }
}

/** ITU-R BT.601 weights, as most scanners convert colour to grey. */
const luma = (r: number, g: number, b: number) => (r * 299 + g * 587 + b * 114) / 1000;
