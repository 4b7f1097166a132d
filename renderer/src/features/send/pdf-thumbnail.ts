/**
 * The first page of a PDF as a small picture, drawn by pdf.js (the PDF engine of Firefox).
 * Dropped PDFs are untrusted, so they are parsed in pdf.js's own worker inside this
 * sandboxed page, never in the main process. The library is loaded on first use: the app
 * starts without it, and a session that never sees a PDF never loads it.
 *
 * Only for recognising a file on the list: what is faxed is made by the engine from the
 * original bytes.
 */
import type * as PdfJs from 'pdfjs-dist';
import { fitToBox, type ThumbnailBox } from './thumbnail-canvas';

interface PdfWorker {
  thread: Worker;
  pdf: PdfJs.PDFWorker;
  /** Rejects when the worker fails (its script cannot load, say): pdf.js itself would wait forever. */
  failed: Promise<never>;
}

/** One worker for every thumbnail: starting pdf.js's worker costs more than most renders. */
let shared: PdfWorker | null = null;

function sharedWorker(pdfjs: typeof PdfJs): PdfWorker {
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
          // The next file gets a fresh worker.
          discard(worker);
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

function discard(worker: PdfWorker): void {
  if (shared === worker) shared = null;
  worker.pdf.destroy();
  worker.thread.terminate();
}

export async function renderPdfThumbnail(
  bytes: Uint8Array,
  box: ThumbnailBox,
  signal: AbortSignal,
): Promise<HTMLCanvasElement> {
  const pdfjs = await import('pdfjs-dist');
  signal.throwIfAborted();
  const worker = sharedWorker(pdfjs);
  const task = pdfjs.getDocument({
    // pdf.js hands its buffer over to the worker; the send form still needs the original.
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
  let stop = () => {};
  // pdf.js does not settle a document whose worker never answers, so neither waits on it alone.
  const stopped = new Promise<never>((_, reject) => {
    stop = () => {
      // A worker still busy when time runs out may be stuck in a hostile file.
      if (signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError') discard(worker);
      void task.destroy();
      reject(new Error('Stopped.'));
    };
  });
  stopped.catch(() => undefined);
  const settled = <T>(promise: Promise<T>) => Promise.race([promise, worker.failed, stopped]);
  signal.addEventListener('abort', stop, { once: true });
  try {
    const pdf = await settled(task.promise);
    const page = await settled(pdf.getPage(1));
    // The viewport includes the page's /Rotate, so a landscape page is drawn as it prints.
    const natural = page.getViewport({ scale: 1 });
    const size = fitToBox(natural.width, natural.height, box);
    const viewport = page.getViewport({ scale: Math.min(size.width / natural.width, size.height / natural.height) });
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    // Drawn for display, annotations included. Not with the 'print' intent, which matches the
    // engine a little more closely (it faxes what a printer would print) but empties the
    // page's image list as soon as it is done, before hasUndecodedImage can read it; what
    // differs between the two (print-only marks, screen-only notes) is lost at this size.
    await settled(page.render({ canvas, viewport, background: '#fff' }).promise);
    if (hasUndecodedImage(page)) throw new Error('Part of the page could not be drawn.');
    return canvas;
  } finally {
    signal.removeEventListener('abort', stop);
    // Frees the document in the worker; the worker itself stays for the next file.
    void task.destroy();
  }
}

/**
 * pdf.js draws a page without the images it cannot decode — JPEG 2000 ones here, where its
 * decoder would need WebAssembly — and leaves a null in their place. A scan on a blank sheet
 * would be a picture of something the file does not show, so such a page gets no picture.
 */
function hasUndecodedImage(page: PdfJs.PDFPageProxy): boolean {
  for (const objects of [page.objs, page.commonObjs]) {
    for (const [, data] of objects) if (data === null) return true;
  }
  return false;
}
