/**
 * pdf.js's worker module ships without types. The reader imports it only to hand its message
 * handler to pdf.js, which then runs its parser in the reader's own thread (pdfjs-loader.ts).
 */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
