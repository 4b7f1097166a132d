/**
 * One page's place in the viewer's column: a sheet of the page's size on screen, holding the
 * page's picture while it is near the view (use-page-picture.ts), or saying why it cannot be
 * shown. Named "Page n of N" for assistive technology.
 */
import { useCallback } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { FaxResolution } from '../../../../domain/fax-quality';
import { usePagePicture } from './use-page-picture';
import type { PageBox, PageSize, Rotation } from './viewer-model';

export function PageSlot({
  pdf,
  number,
  total,
  box,
  size,
  near,
  scale,
  rotation,
  fax,
}: {
  pdf: PDFDocumentProxy;
  number: number;
  total: number;
  box: PageBox;
  /** On screen, in CSS pixels. */
  size: PageSize;
  near: boolean;
  scale: number;
  rotation: Rotation;
  fax: FaxResolution | null;
}) {
  const { canvas, problem } = usePagePicture(pdf, number, near, { scale, rotation, fax });
  // Attached while React commits, so the picture appears in the same frame as its sheet.
  const attach = useCallback(
    (sheet: HTMLDivElement | null) => {
      if (sheet) sheet.replaceChildren(...(canvas ? [canvas] : []));
    },
    [canvas],
  );
  return (
    <div
      className={`viewer-page${fax ? ' is-fax' : ''}`}
      role="img"
      aria-label={problem ? `Page ${number} of ${total}: ${problem}` : `Page ${number} of ${total}`}
      data-page={number}
      style={{ top: box.top, width: size.width, height: size.height }}
    >
      {problem ? (
        <p className="viewer-page-problem">
          Page {number}: {problem}
        </p>
      ) : (
        <div className="viewer-page-paper" ref={attach} />
      )}
    </div>
  );
}
