/**
 * Every page of a document, page by page: zoom, fit to width, rotate, print, and — where it is
 * offered — fax mode, which shows the pages in black and white at fax resolution, as the
 * recipient's machine will print them. Used for a fax before it is sent (the Send screen's
 * preview) and for received faxes. The document is a PDF, read by pdf.js in its worker in
 * this sandboxed page (lib/pdf-worker.ts); only the pages near the view are drawn.
 */
import type { FaxQuality } from '../../../../domain/fax-quality';
import { faxResolution } from '../../../../domain/fax-quality';
import { usePdfDocument } from './use-pdf-document';
import { ViewerPages } from './ViewerPages';
import './document-viewer.css';

export interface DocumentViewerProps {
  /**
   * Reads the document, a PDF. Called when the viewer opens and again whenever it is a
   * different function, so keep it stable (useCallback). A rejection's message is shown as
   * the reason the document cannot be shown, so it should be a sentence for the person.
   */
  load: () => Promise<Uint8Array>;
  /** What the document is ("Fax to +1 202 555 0100"): names the viewer, and each printed page. */
  title: string;
  /** Offers the switch that shows the pages as faxed: black and white at the fax's resolution. */
  faxMode?: boolean;
  /** The quality that resolution follows: 204 × 98 dpi for "normal", 204 × 196 for the others. */
  quality?: FaxQuality;
}

export function DocumentViewer({ load, title, faxMode = false, quality = 'high' }: DocumentViewerProps) {
  const opened = usePdfDocument(load);
  return (
    <div className="document-viewer">
      {opened.status === 'loading' && (
        <p className="viewer-status" role="status">
          Opening the document…
        </p>
      )}
      {opened.status === 'failed' && (
        <div className="viewer-problem" role="alert">
          <strong>The document cannot be shown.</strong> {opened.message}
        </div>
      )}
      {opened.status === 'ready' && (
        <ViewerPages
          pdf={opened.pdf}
          sizes={opened.sizes}
          title={title}
          fax={faxMode ? faxResolution(quality) : null}
        />
      )}
    </div>
  );
}
