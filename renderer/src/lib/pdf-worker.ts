/**
 * pdf.js (the PDF engine of Firefox) as the page uses it, for thumbnails on the Send screen and
 * for the document viewer: one worker shared by every document, and the options that hold
 * pdf.js to the page's rules. Documents are untrusted, so they are parsed in pdf.js's own
 * worker inside this sandboxed page, never in the main process. The library is loaded on first
 * use: the app starts without it, and a session that never shows a PDF never loads it.
 */
import type * as PdfJs from 'pdfjs-dist';

export type PdfJsModule = typeof PdfJs;

export interface PdfWorker {
  thread: Worker;
  pdf: PdfJs.PDFWorker;
  /** Rejects when the worker fails (its script cannot load, say): pdf.js itself would wait forever. */
  failed: Promise<never>;
}

/** One worker for every document: starting pdf.js's worker costs more than most renders. */
let shared: PdfWorker | null = null;

export function loadPdfJs(): Promise<PdfJsModule> {
  return import('pdfjs-dist');
}

export function sharedPdfWorker(pdfjs: PdfJsModule): PdfWorker {
  if (shared) return shared;
  // Written out here so that Vite bundles the worker as an asset of its own, served from 'self'.
  const thread = new Worker(new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url), { type: 'module' });
  const worker: PdfWorker = {
    thread,
    pdf: pdfjs.PDFWorker.create({ port: thread }),
    failed: new Promise<never>((_, reject) =>
      thread.addEventListener(
        'error',
        () => {
          // The next document gets a fresh worker.
          discardPdfWorker(worker);
          reject(new Error('The PDF worker failed.'));
        },
        { once: true },
      ),
    ),
  };
  worker.failed.catch(() => undefined);
  shared = worker;
  return worker;
}

/** Ends a worker that failed, or may be stuck in a hostile file; the next document starts another. */
export function discardPdfWorker(worker: PdfWorker): void {
  if (shared === worker) shared = null;
  worker.pdf.destroy();
  worker.thread.terminate();
}

/** Starts reading `bytes` (a copy: pdf.js hands its buffer over to the worker) in the shared worker. */
export function openPdf(pdfjs: PdfJsModule, bytes: Uint8Array, worker: PdfWorker): PdfJs.PDFDocumentLoadingTask {
  return pdfjs.getDocument({
    data: bytes.slice(),
    worker: worker.pdf,
    // No eval, no WebAssembly, no fetching. The page's CSP forbids them, but it does not
    // reach the worker (a worker's policy comes with its script's response, and ours has
    // none), so these options are what hold pdf.js to it there. JBIG2 and CCITT scans use its
    // JavaScript decoders; fonts a file does not embed fall back to the system's.
    isEvalSupported: false,
    useWasm: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
}

/**
 * pdf.js draws a page without the images it cannot decode — JPEG 2000 ones here, where its
 * decoder would need WebAssembly — and leaves a null in their place. A scan on a blank sheet
 * would be a picture of something the file does not show, so such a page counts as not drawn.
 */
export function hasUndecodedImage(page: PdfJs.PDFPageProxy): boolean {
  for (const objects of [page.objs, page.commonObjs]) {
    for (const [, data] of objects) if (data === null) return true;
  }
  return false;
}
