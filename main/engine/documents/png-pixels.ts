/**
 * PNG samples to what a fax page shows: every colour type and bit depth expanded to 8-bit
 * RGBA the way UPNG does (high byte of 16-bit samples, low depths scaled up, tRNS and
 * palette transparency), then laid on white paper as raster.ts does for any RGBA image. It
 * works a row at a time, so a large image never needs a buffer of its own.
 */
import type { PngLayout } from './png-rows';

export interface PngColours {
  /** PLTE: three bytes an entry. */
  palette: Uint8Array | null;
  /** tRNS as stored: one alpha a palette entry, or the transparent grey or RGB samples (16-bit each). */
  transparency: Uint8Array | null;
}

/** Turns one row of samples into RGBA, 4 bytes a pixel, into `rgba`. */
export type RowExpander = (row: Uint8Array, width: number, rgba: Uint8Array) => void;

export function rowExpander(layout: PngLayout, colours: PngColours): RowExpander {
  const { bitDepth: depth, colorType } = layout;
  const trns = colours.transparency;
  const u16 = (bytes: Uint8Array, at: number) => (((bytes[at] as number) << 8) | (bytes[at + 1] as number)) >>> 0;

  switch (colorType) {
    case 6:
      return depth === 8
        ? (row, width, rgba) => rgba.set(row.subarray(0, width * 4))
        : (row, width, rgba) => {
            for (let i = 0; i < width * 4; i++) rgba[i] = row[i * 2] as number;
          };
    case 4:
      return (row, width, rgba) => {
        const step = depth === 8 ? 2 : 4;
        for (let x = 0; x < width; x++) {
          const grey = row[x * step] as number;
          rgba[x * 4] = grey;
          rgba[x * 4 + 1] = grey;
          rgba[x * 4 + 2] = grey;
          rgba[x * 4 + 3] = row[x * step + step / 2] as number;
        }
      };
    case 2: {
      const key = trns && trns.length >= 6 ? [u16(trns, 0), u16(trns, 2), u16(trns, 4)] : null;
      return (row, width, rgba) => {
        const step = depth === 8 ? 3 : 6;
        const sample = depth === 8 ? 1 : 2;
        for (let x = 0; x < width; x++) {
          const at = x * step;
          rgba[x * 4] = row[at] as number;
          rgba[x * 4 + 1] = row[at + sample] as number;
          rgba[x * 4 + 2] = row[at + 2 * sample] as number;
          let alpha = 255;
          if (key) {
            const [r, g, b] =
              depth === 8 ? [row[at], row[at + 1], row[at + 2]] : [u16(row, at), u16(row, at + 2), u16(row, at + 4)];
            if (r === key[0] && g === key[1] && b === key[2]) alpha = 0;
          }
          rgba[x * 4 + 3] = alpha;
        }
      };
    }
    case 3: {
      const palette = colours.palette ?? new Uint8Array(0);
      const alphas = trns ?? new Uint8Array(0);
      return (row, width, rgba) => {
        for (let x = 0; x < width; x++) {
          const index = sampleAt(row, x, depth);
          // An index past the palette shows black, as UPNG draws it.
          rgba[x * 4] = palette[index * 3] ?? 0;
          rgba[x * 4 + 1] = palette[index * 3 + 1] ?? 0;
          rgba[x * 4 + 2] = palette[index * 3 + 2] ?? 0;
          rgba[x * 4 + 3] = index < alphas.length ? (alphas[index] as number) : 255;
        }
      };
    }
    case 0: {
      const key = trns && trns.length >= 2 ? u16(trns, 0) : -1;
      const scale = { 1: 255, 2: 85, 4: 17, 8: 1, 16: 1 }[depth];
      return (row, width, rgba) => {
        for (let x = 0; x < width; x++) {
          let grey: number;
          let transparent: boolean;
          if (depth === 16) {
            grey = row[x * 2] as number;
            transparent = u16(row, x * 2) === key;
          } else {
            const value = depth === 8 ? (row[x] as number) : sampleAt(row, x, depth);
            grey = value * scale;
            transparent = grey === key * scale;
          }
          rgba[x * 4] = grey;
          rgba[x * 4 + 1] = grey;
          rgba[x * 4 + 2] = grey;
          rgba[x * 4 + 3] = transparent ? 0 : 255;
        }
      };
    }
  }
}

/** A packed sample of 1, 2, 4 or 8 bits, most significant first. */
function sampleAt(row: Uint8Array, x: number, depth: number): number {
  if (depth === 8) return row[x] as number;
  const perByte = 8 / depth;
  const byte = row[Math.floor(x / perByte)] as number;
  const shift = 8 - depth * ((x % perByte) + 1);
  return (byte >> shift) & ((1 << depth) - 1);
}

/** One channel of a pixel laid on white paper, as raster.ts's rasterFromRgba does. */
export function onWhite(value: number, alpha: number): number {
  if (alpha === 255) return value;
  // The formula gives 255 here too; transparent pixels are common enough to skip it.
  if (alpha === 0) return 255;
  return Math.round((value * alpha + 255 * (255 - alpha)) / 255);
}

/** Lays an RGBA row on white: into `grey` (one byte a pixel) or `rgb` (three). */
export function greyRow(rgba: Uint8Array, width: number, grey: Uint8Array): void {
  for (let x = 0; x < width; x++) grey[x] = onWhite(rgba[x * 4] as number, rgba[x * 4 + 3] as number);
}

export function rgbRow(rgba: Uint8Array, width: number, rgb: Uint8Array): void {
  for (let x = 0; x < width; x++) {
    const alpha = rgba[x * 4 + 3] as number;
    rgb[x * 3] = onWhite(rgba[x * 4] as number, alpha);
    rgb[x * 3 + 1] = onWhite(rgba[x * 4 + 1] as number, alpha);
    rgb[x * 3 + 2] = onWhite(rgba[x * 4 + 2] as number, alpha);
  }
}

/** Whether every pixel of an RGBA row is grey once laid on white. */
export function rowIsGrey(rgba: Uint8Array, width: number): boolean {
  for (let x = 0; x < width; x++) {
    const alpha = rgba[x * 4 + 3] as number;
    // Equal channels stay equal on white, and a transparent pixel is white: both grey.
    if (alpha === 0 || (rgba[x * 4] === rgba[x * 4 + 1] && rgba[x * 4] === rgba[x * 4 + 2])) continue;
    const r = onWhite(rgba[x * 4] as number, alpha);
    if (r !== onWhite(rgba[x * 4 + 1] as number, alpha) || r !== onWhite(rgba[x * 4 + 2] as number, alpha)) {
      return false;
    }
  }
  return true;
}
