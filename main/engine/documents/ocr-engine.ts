/**
 * OCR of page images with tesseract.js and its English data from npm (@tesseract.js-data/eng),
 * both read from disk: the core is the WebAssembly build beside tesseract.js in node_modules,
 * the data the package's `4.0.0_best_int` folder, uncached. Nothing is fetched at run time.
 *
 * One tesseract worker (a thread of this reader process, so its memory is the reader's and
 * counts against its budget), started on first use and kept while the reader lives; pages are
 * read one at a time.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Worker } from 'tesseract.js';

/** The English data in the form tesseract.js's LSTM core reads (smaller and faster than `4.0.0`). */
export function englishDataPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/** How tesseract is started, here and in the benchmark's baseline: the same engine on the same data. */
export async function startTesseract(): Promise<Worker> {
  const { default: tesseract } = await import('tesseract.js');
  return tesseract.createWorker('eng', tesseract.OEM.LSTM_ONLY, {
    langPath: englishDataPath(),
    gzip: true,
    cacheMethod: 'none',
    // A failed page rejects its own promise; without a handler tesseract.js would also throw
    // from its message listener and end the reader.
    errorHandler: () => undefined,
  });
}

let worker: Promise<Worker> | null = null;
/** One page at a time, whoever asks. */
let turn: Promise<unknown> = Promise.resolve();

/**
 * The text tesseract reads in a netpbm image (ocr-image.ts) scanned at `dpi`. Rejects only when
 * tesseract cannot start (an installation without its core or data), which no page can mend.
 */
export function recognizePage(image: Uint8Array, dpi: number): Promise<string> {
  const page = turn.then(async () => {
    worker ??= startTesseract().catch((error: unknown) => {
      worker = null;
      throw error;
    });
    const ready = await worker;
    // Tesseract cannot tell the resolution from a netpbm file, and sizes its text by it.
    await ready.setParameters({ user_defined_dpi: String(Math.round(Math.min(1200, Math.max(70, dpi)))) });
    // An image tesseract cannot read has no words; the page's other images may still have some.
    const bytes = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
    const result = await ready.recognize(bytes, {}, { text: true }).catch(() => null);
    return result?.data.text ?? '';
  });
  turn = page.catch(() => undefined);
  return page;
}

/** Ends the worker, for in-process use (tests) where the process outlives the reading. */
export async function closeOcr(): Promise<void> {
  const current = worker;
  worker = null;
  if (current) await (await current.catch(() => null))?.terminate();
}
