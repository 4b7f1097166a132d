/**
 * Opens the viewer's document: asks for its bytes, reads them with pdf.js in its worker, and
 * learns every page's size, so the column of pages has its true height before any page is
 * drawn. A long fax shows at once: until each size is known, a page is laid out as large as
 * the first. What goes wrong is said in words a person can act on.
 */
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { loadPdfJs, openPdf, sharedPdfWorker } from '../../lib/pdf-worker';
import { pageSize } from './page-picture';
import type { PageSize } from './viewer-model';

export type DocumentState =
  | { status: 'loading' }
  | { status: 'ready'; pdf: PDFDocumentProxy; sizes: PageSize[] }
  | { status: 'failed'; message: string };

/** How many page sizes are read between two updates of the layout. */
const SIZES_PER_UPDATE = 50;

export function usePdfDocument(load: () => Promise<Uint8Array>): DocumentState {
  // Tagged with the `load` it came from: a new one is loading until its own state arrives.
  const [tagged, setTagged] = useState<{ load: typeof load; state: DocumentState } | null>(null);

  useEffect(() => {
    let gone = false;
    let destroy = () => {};
    const setState = (state: DocumentState) => setTagged({ load, state });
    void (async () => {
      let bytes: Uint8Array;
      try {
        bytes = await load();
      } catch (error) {
        // What the main process or the caller said is already meant for the person.
        if (!gone) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        return;
      }
      try {
        const pdfjs = await loadPdfJs();
        if (gone) return;
        const worker = sharedPdfWorker(pdfjs);
        const task = openPdf(pdfjs, bytes, worker);
        destroy = () => void task.destroy();
        const pdf = await Promise.race([task.promise, worker.failed]);
        const first = pageSize(await pdf.getPage(1));
        const sizes: PageSize[] = Array.from({ length: pdf.numPages }, () => first);
        if (gone) return;
        setState({ status: 'ready', pdf, sizes: [...sizes] });
        for (let number = 2; number <= pdf.numPages && !gone; number++) {
          sizes[number - 1] = pageSize(await pdf.getPage(number));
          if (number % SIZES_PER_UPDATE === 0 || number === pdf.numPages) {
            if (!gone) setState({ status: 'ready', pdf, sizes: [...sizes] });
          }
        }
      } catch (error) {
        if (!gone) setState({ status: 'failed', message: unreadable(error) });
      }
    })();
    return () => {
      gone = true;
      destroy();
    };
  }, [load]);

  return tagged?.load === load ? tagged.state : { status: 'loading' };
}

/** pdf.js's reasons, as the person needs them. */
function unreadable(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'The document is locked with a password, so Faxdesk cannot show it.';
  if (name === 'InvalidPDFException') return 'The document is damaged or is not a PDF, so Faxdesk cannot show it.';
  return 'Faxdesk could not read the document, so it cannot be shown.';
}
