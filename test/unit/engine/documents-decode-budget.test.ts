/**
 * The decode budget: one stream and one file may decode only so much, a refusal sticks (pdf-lib
 * swallows errors while it parses), and pdf-lib's own decoders draw on it once the guard is
 * installed.
 */
import { deflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFContext, PDFRawStream } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  currentDecodeBudget,
  DecodeBudget,
  DecodeLimitError,
  withDecodeBudget,
} from '../../../main/engine/documents/decode-budget';
import { guardPdfDecoding } from '../../../main/engine/documents/pdf-decode-guard';
import { zerosZlib } from '../../fixtures/documents/crafted-files';

const MiB = 1024 * 1024;

describe('DecodeBudget', () => {
  it('allows streams up to their limit and a file up to its own, then refuses for good', () => {
    const budget = new DecodeBudget(10, 25);
    budget.charge(10);
    expect(budget.nextStreamLimit()).toBe(10);
    budget.charge(10);
    expect(budget.nextStreamLimit()).toBe(5);
    expect(() => budget.charge(6)).toThrow(DecodeLimitError);
    expect(budget.exceeded).toBe(true);
    // Sticky: the next decoder is refused at once, and so is any later check.
    expect(() => budget.nextStreamLimit()).toThrow(DecodeLimitError);
    expect(() => budget.check()).toThrow(/the file decodes to more than/);
  });

  it('refuses a single stream over its limit even with the file budget to spare', () => {
    const budget = new DecodeBudget(10, 1000);
    expect(() => budget.grow(11, 11, 'an object stream')).toThrow(/an object stream decodes to more than/);
  });

  it('is the budget of whatever runs inside withDecodeBudget, across awaits', async () => {
    const budget = new DecodeBudget();
    await withDecodeBudget(budget, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      expect(currentDecodeBudget()).toBe(budget);
    });
    expect(currentDecodeBudget()).not.toBe(budget);
  });
});

describe("pdf-lib's decoders, once guarded", () => {
  const flate = (data: Uint8Array) => PDFRawStream.of(PDFContext.create().obj({ Filter: 'FlateDecode' }), data);

  it('decode what fits the budget as before, and count it', async () => {
    guardPdfDecoding();
    const budget = new DecodeBudget();
    const bytes = await decodeWithin(budget, flate(zerosZlib(3 * MiB)));
    expect(bytes.length).toBe(3 * MiB);
    expect(budget.decoded).toBeGreaterThanOrEqual(3 * MiB);
  });

  it('stop a stream that inflates past its limit, early, however far it would go', async () => {
    guardPdfDecoding();
    const budget = new DecodeBudget(8 * MiB, 64 * MiB);
    const started = Date.now();
    await expect(decodeWithin(budget, flate(zerosZlib(1024 * MiB)))).rejects.toBeInstanceOf(DecodeLimitError);
    expect(budget.exceeded).toBe(true);
    expect(budget.decoded).toBeLessThan(9 * MiB);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stop a chain of filters (Flate inside Flate) as well', async () => {
    guardPdfDecoding();
    const inner = zerosZlib(256 * MiB);
    const outer = PDFRawStream.of(
      PDFContext.create().obj({ Filter: ['FlateDecode', 'FlateDecode'] }),
      zerosZlibOf(inner),
    );
    const budget = new DecodeBudget(16 * MiB, 64 * MiB);
    await expect(decodeWithin(budget, outer)).rejects.toBeInstanceOf(DecodeLimitError);
  });
});

/** Decodes `stream` on `budget`; a refusal comes back as a rejection. */
function decodeWithin(budget: DecodeBudget, stream: PDFRawStream): Promise<Uint8Array> {
  return withDecodeBudget(budget, () => new Promise((resolve) => resolve(decodePDFRawStream(stream).decode())));
}

/** `data` deflated (small enough here to do directly). */
function zerosZlibOf(data: Uint8Array): Uint8Array {
  return deflateSync(data);
}
