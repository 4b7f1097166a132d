/**
 * A small TrueType reader: just enough of the format to draw text from a .ttf without a font
 * library — the table directory, head (units per em, loca format), maxp (glyph count),
 * hhea/hmtx (advance widths), cmap format 4 (Unicode BMP → glyph id) and loca/glyf (outlines,
 * simple and composite). Hinting, kerning and every other table are ignored: the pages are
 * drawn at fax resolution, where neither would show.
 */

/** A point of a glyph outline in font units, y up; `onCurve` false marks a quadratic control point. */
export interface OutlinePoint {
  x: number;
  y: number;
  onCurve: boolean;
}

/** One closed contour of quadratic B-spline points, as the glyf table stores them. */
export type Contour = OutlinePoint[];

export interface GlyphBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Glyph {
  id: number;
  advanceWidth: number;
  /** Empty for a glyph without ink (the space). */
  contours: Contour[];
  /** True when the glyph is built from other glyphs (glyf composite entry). */
  composite: boolean;
  box: GlyphBox;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const ARGS_ARE_XY_VALUES = 0x0002;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;

/** Composites nest; fonts in the wild stay under a handful of levels. */
const MAX_COMPOSITE_DEPTH = 8;

interface TableRecord {
  offset: number;
  length: number;
}

export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  readonly ascender: number;
  readonly descender: number;
  private readonly view: DataView;
  private readonly tables = new Map<string, TableRecord>();
  private readonly longLoca: boolean;
  private readonly numberOfHMetrics: number;
  private readonly cmap: (codePoint: number) => number;
  private readonly glyphCache = new Map<number, Glyph>();

  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = this.view.getUint32(0);
    if (version !== 0x00010000 && version !== 0x74727565) {
      throw new Error('not a TrueType font (sfnt version is neither 1.0 nor "true")');
    }
    const numTables = this.view.getUint16(4);
    for (let i = 0; i < numTables; i++) {
      const record = 12 + i * 16;
      const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
      this.tables.set(tag, { offset: this.view.getUint32(record + 8), length: this.view.getUint32(record + 12) });
    }
    const head = this.table('head');
    this.unitsPerEm = this.view.getUint16(head + 18);
    this.longLoca = this.view.getInt16(head + 50) === 1;
    this.numGlyphs = this.view.getUint16(this.table('maxp') + 4);
    const hhea = this.table('hhea');
    this.ascender = this.view.getInt16(hhea + 4);
    this.descender = this.view.getInt16(hhea + 6);
    this.numberOfHMetrics = this.view.getUint16(hhea + 34);
    this.cmap = this.readCmap();
  }

  /** The glyph id for a Unicode code point; 0 (.notdef) when the font has none. */
  glyphId(codePoint: number): number {
    return codePoint > 0xffff ? 0 : this.cmap(codePoint);
  }

  advanceWidth(glyphId: number): number {
    const hmtx = this.table('hmtx');
    const index = Math.min(glyphId, this.numberOfHMetrics - 1);
    return this.view.getUint16(hmtx + index * 4);
  }

  /** The glyph for a code point, with its outline resolved (composites flattened into contours). */
  glyphFor(codePoint: number): Glyph {
    return this.glyph(this.glyphId(codePoint));
  }

  glyph(id: number): Glyph {
    let glyph = this.glyphCache.get(id);
    if (!glyph) {
      const outline = this.outline(id, 0);
      glyph = { id, advanceWidth: this.advanceWidth(id), ...outline };
      this.glyphCache.set(id, glyph);
    }
    return glyph;
  }

  private table(tag: string): number {
    const record = this.tables.get(tag);
    if (!record) throw new Error(`the font has no '${tag}' table`);
    return record.offset;
  }

  private glyphRange(id: number): { start: number; end: number } {
    if (id < 0 || id >= this.numGlyphs) throw new RangeError(`glyph id ${id} is outside 0..${this.numGlyphs - 1}`);
    const loca = this.table('loca');
    const at = (i: number): number =>
      this.longLoca ? this.view.getUint32(loca + i * 4) : this.view.getUint16(loca + i * 2) * 2;
    const glyf = this.table('glyf');
    return { start: glyf + at(id), end: glyf + at(id + 1) };
  }

  private outline(id: number, depth: number): { contours: Contour[]; composite: boolean; box: GlyphBox } {
    const { start, end } = this.glyphRange(id);
    if (end <= start) return { contours: [], composite: false, box: { xMin: 0, yMin: 0, xMax: 0, yMax: 0 } };
    const v = this.view;
    const numberOfContours = v.getInt16(start);
    const box = {
      xMin: v.getInt16(start + 2),
      yMin: v.getInt16(start + 4),
      xMax: v.getInt16(start + 6),
      yMax: v.getInt16(start + 8),
    };
    if (numberOfContours >= 0)
      return { contours: this.simpleContours(start + 10, numberOfContours), composite: false, box };
    if (depth >= MAX_COMPOSITE_DEPTH) throw new Error(`glyph ${id}: composite glyphs nest too deeply`);
    return { contours: this.compositeContours(start + 10, depth), composite: true, box };
  }

  private simpleContours(at: number, numberOfContours: number): Contour[] {
    const v = this.view;
    const endPoints: number[] = [];
    for (let i = 0; i < numberOfContours; i++) endPoints.push(v.getUint16(at + i * 2));
    const pointCount = numberOfContours === 0 ? 0 : (endPoints[numberOfContours - 1] ?? -1) + 1;
    let p = at + numberOfContours * 2;
    p += 2 + v.getUint16(p); // skip the hinting instructions
    const flags: number[] = [];
    while (flags.length < pointCount) {
      const flag = v.getUint8(p++);
      flags.push(flag);
      if (flag & REPEAT) {
        const repeats = v.getUint8(p++);
        for (let r = 0; r < repeats; r++) flags.push(flag);
      }
    }
    const readCoordinates = (short: number, sameOrPositive: number): number[] => {
      const values: number[] = [];
      let value = 0;
      for (const flag of flags.slice(0, pointCount)) {
        if (flag & short) {
          const delta = v.getUint8(p++);
          value += flag & sameOrPositive ? delta : -delta;
        } else if (!(flag & sameOrPositive)) {
          value += v.getInt16(p);
          p += 2;
        }
        values.push(value);
      }
      return values;
    };
    const xs = readCoordinates(X_SHORT, X_SAME_OR_POSITIVE);
    const ys = readCoordinates(Y_SHORT, Y_SAME_OR_POSITIVE);
    const contours: Contour[] = [];
    let first = 0;
    for (const last of endPoints) {
      const contour: Contour = [];
      for (let i = first; i <= last; i++) {
        contour.push({ x: xs[i] ?? 0, y: ys[i] ?? 0, onCurve: ((flags[i] ?? 0) & ON_CURVE) !== 0 });
      }
      contours.push(contour);
      first = last + 1;
    }
    return contours;
  }

  private compositeContours(at: number, depth: number): Contour[] {
    const v = this.view;
    const contours: Contour[] = [];
    let p = at;
    let flags: number;
    do {
      flags = v.getUint16(p);
      const componentId = v.getUint16(p + 2);
      p += 4;
      let dx: number;
      let dy: number;
      if (flags & ARG_1_AND_2_ARE_WORDS) {
        dx = v.getInt16(p);
        dy = v.getInt16(p + 2);
        p += 4;
      } else {
        dx = v.getInt8(p);
        dy = v.getInt8(p + 1);
        p += 2;
      }
      // Point-matching placement (args are point numbers) is rare in text fonts; such a part stays where it is.
      if (!(flags & ARGS_ARE_XY_VALUES)) {
        dx = 0;
        dy = 0;
      }
      let [a, b, c, d] = [1, 0, 0, 1];
      const f2dot14 = (offset: number): number => v.getInt16(offset) / 16384;
      if (flags & WE_HAVE_A_SCALE) {
        a = d = f2dot14(p);
        p += 2;
      } else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) {
        a = f2dot14(p);
        d = f2dot14(p + 2);
        p += 4;
      } else if (flags & WE_HAVE_A_TWO_BY_TWO) {
        [a, b, c, d] = [f2dot14(p), f2dot14(p + 2), f2dot14(p + 4), f2dot14(p + 6)];
        p += 8;
      }
      for (const contour of this.outline(componentId, depth + 1).contours) {
        contours.push(
          contour.map((pt) => ({ x: a * pt.x + c * pt.y + dx, y: b * pt.x + d * pt.y + dy, onCurve: pt.onCurve })),
        );
      }
    } while (flags & MORE_COMPONENTS);
    return contours;
  }

  /** Picks the Unicode BMP subtable (3,1 or 0,x) in format 4 and returns its lookup. */
  private readCmap(): (codePoint: number) => number {
    const v = this.view;
    const cmap = this.table('cmap');
    const count = v.getUint16(cmap + 2);
    for (let i = 0; i < count; i++) {
      const record = cmap + 4 + i * 8;
      const platform = v.getUint16(record);
      const encoding = v.getUint16(record + 2);
      const subtable = cmap + v.getUint32(record + 4);
      const unicode = (platform === 3 && encoding === 1) || platform === 0;
      if (unicode && v.getUint16(subtable) === 4) return this.format4Lookup(subtable);
    }
    throw new Error('the font has no Unicode cmap subtable in format 4');
  }

  private format4Lookup(subtable: number): (codePoint: number) => number {
    const v = this.view;
    const segCount = v.getUint16(subtable + 6) / 2;
    const endCodes = subtable + 14;
    const startCodes = endCodes + segCount * 2 + 2;
    const idDeltas = startCodes + segCount * 2;
    const idRangeOffsets = idDeltas + segCount * 2;
    return (codePoint) => {
      for (let i = 0; i < segCount; i++) {
        if (v.getUint16(endCodes + i * 2) < codePoint) continue;
        const start = v.getUint16(startCodes + i * 2);
        if (start > codePoint) return 0;
        const delta = v.getInt16(idDeltas + i * 2);
        const rangeOffsetAt = idRangeOffsets + i * 2;
        const rangeOffset = v.getUint16(rangeOffsetAt);
        if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
        const glyph = v.getUint16(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
}
