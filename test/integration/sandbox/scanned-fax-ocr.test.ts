/**
 * The scanned pages must be what they claim: text a good OCR engine reads. tesseract.js runs
 * offline here, with the English data installed from npm (@tesseract.js-data/eng) and read
 * from disk, the page taken out of the PDF the sandbox serves.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Worker } from 'tesseract.js';
import { createWorker } from 'tesseract.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilevelPng } from '../../../main/sandbox/scan/bilevel-png';
import { scannedFax } from '../../../main/sandbox/scan/scanned-fax';
import { pdfPageImages } from './scanned-pages';

const require = createRequire(import.meta.url);
const LANG_PATH = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');

let worker: Worker;

beforeAll(async () => {
  worker = await createWorker('eng', 1, { langPath: LANG_PATH, gzip: true, cacheMethod: 'none' });
}, 60_000);

afterAll(async () => {
  await worker?.terminate();
});

async function readPage(pdf: Buffer): Promise<{ text: string; ms: number }> {
  const [page] = await pdfPageImages(pdf);
  if (!page) throw new Error('no page');
  const started = performance.now();
  const { data } = await worker.recognize(bilevelPng(page));
  return { text: data.text, ms: performance.now() - started };
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^a-z0-9$]+|[^a-z0-9]+$/g, ''))
    .filter((word) => word.length > 0);
}

/** How many of the expected words the OCR text has, each reading counted once. */
function recall(expected: string[], read: string[]): number {
  const available = new Map<string, number>();
  for (const word of read) available.set(word, (available.get(word) ?? 0) + 1);
  let found = 0;
  for (const word of expected) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      found++;
      available.set(word, left - 1);
    }
  }
  return found / expected.length;
}

describe('OCR of a scanned fax page', () => {
  it('reads the key words of an invoice', async () => {
    const fax = scannedFax({ seed: 0, kind: 'invoice' });
    const { text } = await readPage(fax.pdf);
    expect(text).toContain('Invoice 4471');
    expect(text).toContain(fax.sender.name);
    // A speck or the streak may read as a stray mark between the words and the amount.
    expect(text).toMatch(/Total due\W{0,4}\$2,630\.08/);
  }, 120_000);

  it('reads at least 90% of the words of a dense page of text', async () => {
    const fax = scannedFax({ seed: 5, kind: 'memo' });
    const expected = words((fax.pages[0] ?? []).join('\n'));
    expect(expected.length).toBeGreaterThan(500);
    const { text, ms } = await readPage(fax.pdf);
    const share = recall(expected, words(text));
    console.info(
      `OCR of one dense page (${expected.length} words): ${Math.round(ms)} ms, ${(share * 100).toFixed(1)}% of the words read`,
    );
    expect(share).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
