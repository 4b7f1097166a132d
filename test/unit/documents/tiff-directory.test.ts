import { describe, expect, it } from 'vitest';
import { readTiffStructure, tagNumber, TiffStructureError } from '../../../main/engine/documents/tiff-directory';
import { writeTiffFile } from '../../fixtures/documents/tiff-writer';

const twoPages = () =>
  writeTiffFile([
    {
      entries: [
        { tag: 256, type: 3, value: [10] },
        { tag: 282, type: 5, value: [[204, 1]] },
      ],
    },
    {
      entries: [
        { tag: 256, type: 4, value: [20] },
        { tag: 305, type: 2, value: 'Faxdesk test' },
      ],
    },
  ]);

function problemOf(bytes: Uint8Array): string {
  try {
    readTiffStructure(bytes);
    return 'none';
  } catch (error) {
    return error instanceof TiffStructureError ? error.problem : 'other';
  }
}

describe('readTiffStructure()', () => {
  it('reads every directory in the chain, in utif2 shape', () => {
    const { directories } = readTiffStructure(twoPages());
    expect(directories).toHaveLength(2);
    expect(tagNumber(directories[0]!, 256)).toBe(10);
    expect(tagNumber(directories[0]!, 282)).toBe(204);
    expect(directories[0]!['t282']).toEqual([[204, 1]]);
    expect(directories[1]!['t305']).toEqual(['Faxdesk test']);
  });

  it('reads big-endian files too', () => {
    const bytes = writeTiffFile([{ entries: [{ tag: 256, type: 3, value: [1728] }] }], true);
    expect(tagNumber(readTiffStructure(bytes).directories[0]!, 256)).toBe(1728);
  });

  it('catches a chain of directories that loops back (utif2 would spin forever)', () => {
    const bytes = twoPages();
    const view = new DataView(bytes.buffer);
    const first = view.getUint32(4, true);
    const count = view.getUint16(first, true);
    const second = view.getUint32(first + 2 + count * 12, true);
    const secondCount = view.getUint16(second, true);
    view.setUint32(second + 2 + secondCount * 12, first, true);
    expect(problemOf(bytes)).toBe('corrupt');
  });

  it('calls a file cut inside its directories truncated', () => {
    const bytes = twoPages();
    expect(problemOf(bytes.subarray(0, bytes.length - 6))).toBe('truncated');
    expect(problemOf(bytes.subarray(0, 5))).toBe('truncated');
  });

  it('refuses BigTIFF by name and junk as corrupt', () => {
    expect(problemOf(new Uint8Array([0x49, 0x49, 0x2b, 0, 8, 0, 0, 0]))).toBe('unsupported');
    expect(problemOf(new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe('corrupt');
  });
});
