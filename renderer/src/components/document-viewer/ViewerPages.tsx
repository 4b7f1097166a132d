/**
 * A document once it is open: the toolbar over a scrolled column of its pages. Keys pressed
 * anywhere in the viewer zoom (+, −, 0) and turn (R) it; the arrows, Page Up and Down, Home and
 * End scroll the column, which takes focus like any scrolled region.
 */
import { useState, type KeyboardEvent } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { FaxResolution } from '../../../../domain/fax-quality';
import { PageSlot } from './PageSlot';
import { useDocumentView } from './use-document-view';
import { usePrint } from './use-print';
import { useScrollView } from './use-scroll-view';
import { PAGE_GAP, viewerCommandFor, type PageSize } from './viewer-model';
import { ViewerToolbar } from './ViewerToolbar';

export function ViewerPages({
  pdf,
  sizes,
  title,
  fax,
}: {
  pdf: PDFDocumentProxy;
  sizes: PageSize[];
  title: string;
  /** The resolution fax mode shows, or null when the viewer does not offer it. */
  fax: FaxResolution | null;
}) {
  const [asFax, setAsFax] = useState(false);
  const { attach, view: scrolled, element } = useScrollView();
  const { view, scale, shown, layout, near, widest, page, run } = useDocumentView(sizes, scrolled, element);
  const shownFax = asFax ? fax : null;
  const printer = usePrint(pdf, { title, rotation: view.rotation, fax: shownFax });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement && event.target.type !== 'checkbox') return;
    const command = viewerCommandFor(event);
    if (!command) return;
    event.preventDefault();
    run(command);
  };

  return (
    <div className="viewer-body" onKeyDown={onKeyDown}>
      <ViewerToolbar
        scale={scale}
        page={page}
        pages={sizes.length}
        fax={fax}
        asFax={asFax}
        printing={printer.printing}
        onZoomOut={() => run('zoom-out')}
        onZoomIn={() => run('zoom-in')}
        onFitWidth={() => run('fit-width')}
        onRotate={() => run('rotate')}
        onFaxChange={setAsFax}
        onPrint={printer.print}
      />
      {printer.problem && (
        <p role="alert" className="viewer-problem">
          {printer.problem}
        </p>
      )}
      <div
        ref={attach}
        className="viewer-scroll"
        // A scrolled region is reached with Tab, so the keys that scroll it work without a mouse.
        tabIndex={0}
        role="region"
        aria-label={`${title}, ${sizes.length === 1 ? '1 page' : `${sizes.length} pages`}`}
      >
        <div className="viewer-column" style={{ height: layout.total, minWidth: widest + 2 * PAGE_GAP }}>
          {layout.boxes.map((box, index) => (
            <PageSlot
              key={index}
              pdf={pdf}
              number={index + 1}
              total={sizes.length}
              box={box}
              size={shown[index] as PageSize}
              near={near.has(index)}
              scale={scale}
              rotation={view.rotation}
              fax={shownFax}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
