/**
 * Draws the tray icons from the app icon's own shapes (assets/icon.svg: a fax machine with a
 * sheet), so no image is copied from anywhere: `node scripts/make-tray-icons.mjs` writes
 *   assets/tray.png                      32×32, the blue tile of the app icon (Windows, Linux)
 *   assets/trayTemplate.png, @2x         16×16 and 32×32, black on transparent: macOS template
 *                                        images, which the menu bar tints for light and dark
 * Each pixel is the coverage of 8×8 samples, so edges are smooth. Plain Node (zlib), no packages.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';

const assets = join(import.meta.dirname, '..', 'assets');

// The glyph in the icon's 24-unit box: stroked lines (x1, y1, x2, y2), stroke 1.6, round caps.
const STROKE = 1.6;
const r = 1.6;
const roundedRect = (x, y, w, h) => [
  [x + r, y, x + w - r, y],
  [x + w, y + r, x + w, y + h - r],
  [x + w - r, y + h, x + r, y + h],
  [x, y + h - r, x, y + r],
  [x, y + r, x + r * 0.3, y + r * 0.3],
  [x + r * 0.3, y + r * 0.3, x + r, y],
  [x + w - r, y, x + w - r * 0.3, y + r * 0.3],
  [x + w - r * 0.3, y + r * 0.3, x + w, y + r],
  [x + w, y + h - r, x + w - r * 0.3, y + h - r * 0.3],
  [x + w - r * 0.3, y + h - r * 0.3, x + w - r, y + h],
  [x + r, y + h, x + r * 0.3, y + h - r * 0.3],
  [x + r * 0.3, y + h - r * 0.3, x, y + h - r],
];
const GLYPH = [
  ...roundedRect(4.5, 10.5, 15, 8),
  [8, 10.5, 8, 5],
  [8, 5, 14.5, 5],
  [14.5, 5, 16, 6.5],
  [16, 6.5, 16, 10.5],
  [8, 14, 16, 14],
  [8, 16.5, 13, 16.5],
];

function distanceToSegment(px, py, [x1, y1, x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

const inGlyph = (x, y) => GLYPH.some((segment) => distanceToSegment(x, y, segment) <= STROKE / 2);
/** The tile: the whole 24-unit box with corners of radius 5. */
function inTile(x, y) {
  const cx = Math.min(Math.max(x, 5), 19);
  const cy = Math.min(Math.max(y, 5), 19);
  return Math.hypot(x - cx, y - cy) <= 5;
}

/** RGBA pixels of a size×size icon; `paint(x, y)` gives [r, g, b, a] at a point of the 24-unit box. */
function draw(size, paint) {
  const samples = 8;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 24;
          const y = ((py + (sy + 0.5) / samples) / size) * 24;
          const [cr, cg, cb, ca] = paint(x, y);
          sum[0] += cr * ca;
          sum[1] += cg * ca;
          sum[2] += cb * ca;
          sum[3] += ca;
        }
      }
      const alpha = sum[3] / (samples * samples);
      const at = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[at + c] = sum[3] > 0 ? Math.round(sum[c] / sum[3]) : 0;
      pixels[at + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const tile = (x, y) => (inGlyph(x, y) ? [255, 255, 255, 1] : inTile(x, y) ? [0x1f, 0x5f, 0xbf, 1] : [0, 0, 0, 0]);
const template = (x, y) => (inGlyph(x, y) ? [0, 0, 0, 1] : [0, 0, 0, 0]);

function png(size, pixels) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(join(assets, 'tray.png'), png(32, draw(32, tile)));
writeFileSync(join(assets, 'trayTemplate.png'), png(16, draw(16, template)));
writeFileSync(join(assets, 'trayTemplate@2x.png'), png(32, draw(32, template)));
console.log('Wrote assets/tray.png, assets/trayTemplate.png and assets/trayTemplate@2x.png');
