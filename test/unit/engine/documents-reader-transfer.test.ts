/** Large arrays cross to and from the reader in parts, and come back whole and unchanged. */
import { describe, expect, it } from 'vitest';
import { BytesAssembler, detachBytes, PART_BYTES } from '../../../main/engine/documents/reader-transfer';

describe('byte arrays in parts', () => {
  it('replaces large arrays by placeholders and puts them back exactly; small ones, dates and text stay', () => {
    const big = new Uint8Array(2 * PART_BYTES + 123).map((_, i) => i % 251);
    const other = new Uint8Array(PART_BYTES).fill(9);
    const date = new Date(Date.UTC(2026, 0, 2));
    const message = {
      op: 'prepare',
      files: [
        { name: 'a.pdf', bytes: big },
        { name: 'b.png', bytes: new Uint8Array([1, 2, 3]) },
        { name: 'c.tif', bytes: other },
      ],
      options: { paper: 'a4', cover: { date } },
    };
    const { value, parts } = detachBytes(message, 7);
    expect(parts).toHaveLength(3 + 1);
    expect(parts.every((part) => part.id === 7 && part.chunk.length <= PART_BYTES)).toBe(true);
    expect(value.files[0]?.bytes).toEqual({ $bytes: 0 });
    expect(value.files[1]?.bytes).toEqual(new Uint8Array([1, 2, 3]));

    // As the receiver sees them: structured clones, in order.
    const assembler = new BytesAssembler();
    for (const part of structuredClone(parts)) assembler.add(part);
    const rebuilt = assembler.attach(structuredClone(value));
    expect(Buffer.from(rebuilt.files[0]?.bytes as Uint8Array).equals(Buffer.from(big))).toBe(true);
    expect(Buffer.from(rebuilt.files[2]?.bytes as Uint8Array).equals(Buffer.from(other))).toBe(true);
    expect(rebuilt.options.cover.date).toEqual(date);
    expect(rebuilt.options.cover.date).toBeInstanceOf(Date);
  });

  it('refuses a message whose parts are missing or lie outside their array', () => {
    const { value, parts } = detachBytes({ bytes: new Uint8Array(PART_BYTES * 2) }, 1);
    const assembler = new BytesAssembler();
    assembler.add(parts[0]!);
    expect(() => assembler.attach(value)).toThrow(/missing/);
    expect(() => assembler.add({ ...parts[1]!, offset: PART_BYTES * 2 })).toThrow(/outside/);
  });
});
