/**
 * pdf.js in the reader process, for the words of a PDF (document-text.ts). Its legacy build is
 * the one made for Node. Its parser normally runs in a worker loaded from a URL; here pdf.js
 * finds the worker's message handler on globalThis.pdfjsWorker and runs it in this thread, so
 * nothing is loaded by URL. The document is opened without eval, without font faces and
 * without fetching anything (no standard fonts, character maps, colour profiles or WebAssembly
 * decoders): a page whose text needs those yields fewer words rather than a request.
 *
 * Loaded on first use: it is large, and most readers never read a document's words.
 */
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { installDomMatrixStandIn } from './dom-matrix-stand-in';
import { MAX_IMAGE_PIXELS } from './limits';

export type PdfJsModule = typeof PdfJs;
export type PdfJsDocument = PdfJs.PDFDocumentProxy;
export type PdfJsPage = PdfJs.PDFPageProxy;

let loading: Promise<PdfJsModule> | null = null;

export function loadPdfJs(): Promise<PdfJsModule> {
  loading ??= (async () => {
    installDomMatrixStandIn();
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** Opens `bytes` (which pdf.js takes over: pass a copy) with nothing fetched and nothing evaluated. */
export async function openWithPdfJs(bytes: Uint8Array): Promise<PdfJsDocument> {
  const pdfjs = await loadPdfJs();
  return pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    // The same pixel limit as any image a person adds (checked before, by pdf-stream-check.ts).
    maxImageSize: MAX_IMAGE_PIXELS,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }).promise;
}
