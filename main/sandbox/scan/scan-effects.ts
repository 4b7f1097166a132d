/**
 * What makes a clean page look like it went through a fax scanner, and the 1-bit threshold
 * that ends it: darkness that drifts slowly across the page (uneven lamp and toner), grain on
 * every pixel, a faint vertical streak (dust on the scan bar), scattered specks, and a few
 * dropped-out ink pixels. The amounts are kept small enough that 10–12 pt text stays readable
 * to OCR. The result is packed 8 pixels a byte, most significant bit first, 1 = white, as a
 * PDF DeviceGray image of 1 bit per component expects.
 */
import type { CoverageCanvas } from './rasteriser';
import type { SeededRandom } from './random';

export interface BilevelImage {
  width: number;
  height: number;
  /** Rows of ceil(width / 8) bytes; a 0 bit is black. */
  rows: Buffer;
}

const SPECKS_PER_MEGAPIXEL = 450;
const DROPOUT_CHANCE = 0.004;
const GRAIN = 0.16;

/** A slow, smooth variation of darkness over the page: a few broad waves, between about 0.86 and 1.14. */
function darknessField(random: SeededRandom): (x: number, y: number, width: number, height: number) => number {
  const waves = Array.from({ length: 3 }, () => ({
    fx: random.between(0.3, 1.6),
    fy: random.between(0.3, 1.6),
    phase: random.between(0, Math.PI * 2),
    amount: random.between(0.02, 0.05),
  }));
  return (x, y, width, height) => {
    let gain = 1;
    for (const wave of waves) {
      gain += wave.amount * Math.sin(((x / width) * wave.fx + (y / height) * wave.fy) * Math.PI * 2 + wave.phase);
    }
    return gain;
  };
}

export function scanAndThreshold(canvas: CoverageCanvas, random: SeededRandom): BilevelImage {
  const { width, height, data } = canvas;
  const ink = new Uint8Array(width * height);
  const darkness = darknessField(random.fork(1));
  const grain = random.fork(2);
  const streakX = random.int(Math.round(width * 0.08), Math.round(width * 0.92));
  const streakWidth = random.int(1, 3);
  // Just under the threshold: with the grain, one pixel in five to twenty of the streak turns black.
  const streakStrength = random.between(0.43, 0.46);
  // The darkness field changes slowly: sampling it once per 16-pixel block is indistinguishable and 16× cheaper.
  const block = 16;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let bx = 0; bx < width; bx += block) {
      const gain = darkness(bx + block / 2, y, width, height);
      const end = Math.min(width, bx + block);
      for (let x = bx; x < end; x++) {
        const inStreak = x >= streakX && x < streakX + streakWidth;
        const coverage = data[row + x] ?? 0;
        // Bare paper plus grain never reaches the threshold: only ink and the streak need the dice.
        if (coverage === 0 && !inStreak) continue;
        let level = Math.min(1, coverage) * gain;
        if (inStreak) level += streakStrength;
        level += (grain.next() - 0.5) * GRAIN;
        if (level > 0.5 && grain.next() >= DROPOUT_CHANCE) ink[row + x] = 1;
      }
    }
  }
  const specks = random.fork(3);
  const speckCount = Math.round((width * height * SPECKS_PER_MEGAPIXEL) / 1_000_000);
  for (let i = 0; i < speckCount; i++) {
    const x = specks.int(0, width - 2);
    const y = specks.int(0, height - 2);
    const size = specks.next() < 0.8 ? 1 : 2;
    for (let dy = 0; dy < size; dy++) for (let dx = 0; dx < size; dx++) ink[(y + dy) * width + x + dx] = 1;
  }
  return { width, height, rows: packRows(ink, width, height) };
}

/** 1 byte per pixel (1 = ink) → 1 bit per pixel, rows padded to whole bytes, 0 = black. */
export function packRows(ink: Uint8Array, width: number, height: number): Buffer {
  const rowBytes = Math.ceil(width / 8);
  const rows = Buffer.alloc(rowBytes * height, 0xff);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (ink[y * width + x]) {
        const at = y * rowBytes + (x >> 3);
        rows[at] = (rows[at] ?? 0) & ~(0x80 >> (x & 7));
      }
    }
  }
  return rows;
}
