/**
 * The first page of a PDF as a small picture, drawn by pdf.js (the PDF engine of Firefox).
 * Dropped PDFs are untrusted, so they are parsed in pdf.js's own worker inside this
 * sandboxed page, never in the main process. The library is loaded on first use: the app
 * starts without it, and a session that never sees a PDF never loads it.
 *
 * Only for recognising a file on the list: what is faxed is made by the engine from the
 * original bytes.
 */
import { discardPdfWorker, hasUndecodedImage, loadPdfJs, openPdf, sharedPdfWorker } from '../../lib/pdf-worker';
import { fitToBox, type ThumbnailBox } from './thumbnail-canvas';

export async function renderPdfThumbnail(
  bytes: Uint8Array,
  box: ThumbnailBox,
  signal: AbortSignal,
): Promise<HTMLCanvasElement> {
  const pdfjs = await loadPdfJs();
  signal.throwIfAborted();
  const worker = sharedPdfWorker(pdfjs);
  const task = openPdf(pdfjs, bytes, worker);
  let stop = () => {};
  // pdf.js does not settle a document whose worker never answers, so neither waits on it alone.
  const stopped = new Promise<never>((_, reject) => {
    stop = () => {
      // A worker still busy when time runs out may be stuck in a hostile file.
      if (signal.reason instanceof DOMException && signal.reason.name === 'TimeoutError') discardPdfWorker(worker);
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
