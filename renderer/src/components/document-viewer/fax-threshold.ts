/**
 * A page as a fax machine prints it: every dot black or white, nothing between. The page is
 * first drawn at the fax's own resolution (fax-picture.ts); this turns its pixels into one bit
 * each, by their brightness, as a fax encoder without dithering does.
 */
import type { FaxResolution } from '../../../../domain/fax-quality';
import type { Rotation } from './viewer-model';

/** Brightness (0–255) at or above which a dot stays white: the middle, like a fax machine's default. */
export const FAX_THRESHOLD = 128;

/**
 * RGBA pixels (as canvas ImageData holds them) turned black or white: a new buffer, the input
 * untouched. A transparent dot is white paper. Brightness weighs red, green and blue as the eye
 * does (ITU-R BT.601), so coloured text on white comes out black, and a pale highlight white.
 */
export function toBlackAndWhite(rgba: Uint8ClampedArray, threshold = FAX_THRESHOLD): Uint8ClampedArray<ArrayBuffer> {
  if (rgba.length % 4 !== 0) throw new RangeError('RGBA pixels come in fours.');
  const out = new Uint8ClampedArray(rgba.length);
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = rgba[i + 3] as number;
    // Over white paper: what shows through a half-transparent dot is lighter. In whole numbers
    // (brightness × 1000 × 255), so a grey exactly at the threshold always falls the same way.
    const over = (value: number) => value * alpha + 255 * (255 - alpha);
    const brightness =
      299 * over(rgba[i] as number) + 587 * over(rgba[i + 1] as number) + 114 * over(rgba[i + 2] as number);
    const dot = brightness >= threshold * 1000 * 255 ? 255 : 0;
    out[i] = dot;
    out[i + 1] = dot;
    out[i + 2] = dot;
    out[i + 3] = 255;
  }
  return out;
}

/**
 * Fax dots per PDF point across and down the screen. The fax's resolution belongs to the paper,
 * so a page turned a quarter has its coarse direction across the screen.
 */
export function faxDotsPerPoint(resolution: FaxResolution, rotation: Rotation): { x: number; y: number } {
  const across = resolution.x / 72;
  const down = resolution.y / 72;
  return rotation % 180 === 0 ? { x: across, y: down } : { x: down, y: across };
}
