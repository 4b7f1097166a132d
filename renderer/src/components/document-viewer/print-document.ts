/**
 * Printing a document through the system's print dialog. The window's own content is not what
 * should print, so every page is drawn to a picture in a container that only print shows
 * (document-viewer.css hides everything else on paper), then `window.print()` opens the
 * dialog, and the pictures go once it closes. Pages are drawn one at a time, at 150 dpi (or
 * as faxed, in fax mode), so a long document costs memory for its pictures, not its canvases.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { FaxResolution } from '../../../../domain/fax-quality';
import { drawPage } from './page-picture';
import type { Rotation } from './viewer-model';

/** Print pictures are drawn at 150 dpi: sharp on paper, and a fraction of a full printer's resolution in memory. */
const PRINT_SCALE = 150 / 96;

export const PRINT_CONTAINER_CLASS = 'document-print';

export async function printDocument(
  pdf: PDFDocumentProxy,
  options: { title: string; rotation: Rotation; fax: FaxResolution | null },
  progress: (drawn: number, total: number) => void,
  signal: AbortSignal,
): Promise<void> {
  const container = document.createElement('div');
  container.className = PRINT_CONTAINER_CLASS;
  container.setAttribute('aria-hidden', 'true');
  const urls: string[] = [];
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      signal.throwIfAborted();
      progress(number - 1, pdf.numPages);
      const page = await pdf.getPage(number);
      const canvas = await drawPage(
        page,
        { scale: PRINT_SCALE, rotation: options.rotation, pixelRatio: 1, fax: options.fax },
        signal,
      );
      const url = URL.createObjectURL(await asPng(canvas));
      urls.push(url);
      const image = document.createElement('img');
      image.alt = `${options.title}, page ${number} of ${pdf.numPages}`;
      image.src = url;
      await image.decode();
      container.append(image);
    }
    signal.throwIfAborted();
    progress(pdf.numPages, pdf.numPages);
    document.body.append(container);
    // Blocks until the person closes the dialog; printing has the pictures by then.
    window.print();
  } finally {
    container.remove();
    urls.forEach((url) => URL.revokeObjectURL(url));
  }
}

function asPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The page could not be prepared for printing.'))),
      'image/png',
    ),
  );
}
