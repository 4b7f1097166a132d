/**
 * Large byte arrays cross to and from the reader in parts of a mebibyte. Node serialises a
 * child-process message whole and reassembles it on arrival by concatenating what it has so
 * far, which costs time growing with the square of its size (a 15 MB scan took 150–200 ms one
 * way, in parts 35–45 ms) and holds a second copy of the file at once. So, before a message
 * is sent, every large array in it is replaced by a placeholder and sent ahead as parts, and
 * the receiver puts it back together into one array of the right size.
 */

/** Arrays at least this large go as parts; so do the parts themselves. */
export const PART_BYTES = 1024 * 1024;

/** One piece of a large array of message `id`. */
export interface BytesPart {
  type: 'part';
  id: number;
  /** Which array of the message. */
  slot: number;
  /** The whole array's length, so the receiver can make it once. */
  length: number;
  offset: number;
  chunk: Uint8Array;
}

interface Placeholder {
  $bytes: number;
}

/** Replaces the large arrays in `value` by placeholders; returns it and the parts to send first. */
export function detachBytes<T>(value: T, id: number): { value: T; parts: BytesPart[] } {
  const parts: BytesPart[] = [];
  let slots = 0;
  const walk = (item: unknown): unknown => {
    if (item instanceof Uint8Array) {
      if (item.length < PART_BYTES) return item;
      const slot = slots++;
      for (let offset = 0; offset < item.length; offset += PART_BYTES) {
        const chunk = item.subarray(offset, offset + PART_BYTES);
        parts.push({ type: 'part', id, slot, length: item.length, offset, chunk });
      }
      return { $bytes: slot } satisfies Placeholder;
    }
    if (Array.isArray(item)) return item.map(walk);
    if (isPlainObject(item)) return Object.fromEntries(Object.entries(item).map(([key, v]) => [key, walk(v)]));
    // Dates, numbers, strings: as they are.
    return item;
  };
  return { value: walk(value) as T, parts };
}

/** Gathers the parts of one message and puts its arrays back. */
export class BytesAssembler {
  private readonly arrays = new Map<number, { bytes: Uint8Array; received: number }>();

  add(part: BytesPart): void {
    if (!Number.isInteger(part.length) || part.length < 0 || !(part.chunk instanceof Uint8Array)) {
      throw new Error('A part of a message is malformed');
    }
    let array = this.arrays.get(part.slot);
    if (!array) {
      array = { bytes: new Uint8Array(part.length), received: 0 };
      this.arrays.set(part.slot, array);
    }
    if (part.offset < 0 || part.offset + part.chunk.length > array.bytes.length) {
      throw new Error('A part of a message lies outside its array');
    }
    array.bytes.set(part.chunk, part.offset);
    array.received += part.chunk.length;
  }

  /** `value` with its placeholders replaced; throws if a part is missing. */
  attach<T>(value: T): T {
    const walk = (item: unknown): unknown => {
      if (isPlainObject(item) && typeof item['$bytes'] === 'number' && Object.keys(item).length === 1) {
        const array = this.arrays.get(item['$bytes']);
        if (!array || array.received !== array.bytes.length) throw new Error('A part of a message is missing');
        return array.bytes;
      }
      if (Array.isArray(item)) return item.map(walk);
      if (isPlainObject(item)) return Object.fromEntries(Object.entries(item).map(([key, v]) => [key, walk(v)]));
      return item;
    };
    return walk(value) as T;
  }
}

function isPlainObject(item: unknown): item is Record<string, unknown> {
  if (item === null || typeof item !== 'object') return false;
  const prototype = Object.getPrototypeOf(item) as unknown;
  return prototype === Object.prototype || prototype === null;
}
