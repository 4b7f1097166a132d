/**
 * Reads TIFF image file directories (the pages of a TIFF, or the EXIF block of a JPEG)
 * defensively: every offset is checked against the file, and a chain of directories that
 * loops back is caught. utif2's own reader follows such a loop forever, so only its pixel
 * decoder is used, fed with directories from here in the shape it expects ("t256": [...]).
 */

export type TiffValue = number[] | Array<[number, number]> | string[] | Uint8Array;
export type TiffTags = Record<string, TiffValue>;

export class TiffStructureError extends Error {
  constructor(
    readonly problem: 'truncated' | 'corrupt' | 'unsupported',
    message: string,
  ) {
    super(message);
    this.name = 'TiffStructureError';
  }
}

export interface TiffStructure {
  littleEndian: boolean;
  directories: TiffTags[];
}

/** Bytes per value of each TIFF field type; other types are skipped, as the spec asks. */
const TYPE_SIZES: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
  13: 4,
};
const MAX_ENTRIES = 4096;
const MAX_VALUES = 1 << 26;

export function readTiffStructure(bytes: Uint8Array, maxDirectories = 10_000): TiffStructure {
  if (bytes.length < 8) throw new TiffStructureError('truncated', 'shorter than a TIFF header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const order = String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0);
  if (order !== 'II' && order !== 'MM') throw new TiffStructureError('corrupt', 'no TIFF byte-order mark');
  const le = order === 'II';
  const magic = view.getUint16(2, le);
  if (magic === 43) throw new TiffStructureError('unsupported', 'BigTIFF');
  if (magic !== 42) throw new TiffStructureError('corrupt', 'no TIFF magic number');

  const directories: TiffTags[] = [];
  const visited = new Set<number>();
  let offset = view.getUint32(4, le);
  while (offset !== 0 && directories.length < maxDirectories) {
    if (visited.has(offset)) throw new TiffStructureError('corrupt', 'directories form a loop');
    visited.add(offset);
    if (offset + 2 > bytes.length) throw new TiffStructureError('truncated', 'directory past the end');
    const count = view.getUint16(offset, le);
    if (count === 0 || count > MAX_ENTRIES) throw new TiffStructureError('corrupt', `directory of ${count} entries`);
    const next = offset + 2 + count * 12;
    if (next + 4 > bytes.length) throw new TiffStructureError('truncated', 'directory cut short');
    directories.push(readEntries(view, offset + 2, count, le));
    offset = view.getUint32(next, le);
  }
  return { littleEndian: le, directories };
}

function readEntries(view: DataView, start: number, count: number, le: boolean): TiffTags {
  const tags: TiffTags = {};
  for (let i = 0; i < count; i++) {
    const entry = start + i * 12;
    const tag = view.getUint16(entry, le);
    const type = view.getUint16(entry + 2, le);
    const n = view.getUint32(entry + 4, le);
    const size = TYPE_SIZES[type];
    if (size === undefined) continue;
    if (n > MAX_VALUES) throw new TiffStructureError('corrupt', `tag ${tag} claims ${n} values`);
    const at = n * size <= 4 ? entry + 8 : view.getUint32(entry + 8, le);
    if (at + n * size > view.byteLength) throw new TiffStructureError('truncated', `tag ${tag} past the end`);
    tags[`t${tag}`] = readValues(view, type, at, n, le);
  }
  return tags;
}

function readValues(view: DataView, type: number, at: number, n: number, le: boolean): TiffValue {
  const bytes = () => new Uint8Array(view.buffer.slice(view.byteOffset + at, view.byteOffset + at + n));
  const list = <T>(read: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => read(i));
  switch (type) {
    case 2: {
      const text = Buffer.from(bytes()).toString('latin1');
      return [text.split('\0')[0] ?? ''];
    }
    case 3:
      return list((i) => view.getUint16(at + i * 2, le));
    case 8:
      return list((i) => view.getInt16(at + i * 2, le));
    case 4:
    case 13:
      return list((i) => view.getUint32(at + i * 4, le));
    case 9:
      return list((i) => view.getInt32(at + i * 4, le));
    case 5:
      return list((i): [number, number] => [view.getUint32(at + i * 8, le), view.getUint32(at + i * 8 + 4, le)]);
    case 10:
      return list((i): [number, number] => [view.getInt32(at + i * 8, le), view.getInt32(at + i * 8 + 4, le)]);
    case 11:
      return list((i) => view.getFloat32(at + i * 4, le));
    case 12:
      return list((i) => view.getFloat64(at + i * 8, le));
    default:
      return bytes();
  }
}

/** The first number of a numeric tag. */
export function tagNumber(tags: TiffTags, tag: number): number | undefined {
  const value = tags[`t${tag}`];
  if (!Array.isArray(value)) return undefined;
  const first: unknown = value[0];
  if (typeof first === 'number') return first;
  if (Array.isArray(first)) {
    const [numerator, denominator] = first as [number, number];
    return denominator === 0 ? undefined : numerator / denominator;
  }
  return undefined;
}

export function tagNumbers(tags: TiffTags, tag: number): number[] | undefined {
  const value = tags[`t${tag}`];
  return Array.isArray(value) && value.every((v) => typeof v === 'number') ? value : undefined;
}
