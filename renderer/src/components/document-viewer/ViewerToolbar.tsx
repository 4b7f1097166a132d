/**
 * The viewer's controls: zoom out and in, fit to width, rotate, which page is shown, the fax
 * mode switch (where the viewer offers it) and Print. Each button names its key (+, −, 0, R),
 * which work anywhere in the viewer.
 */
import { useId } from 'react';
import type { FaxResolution } from '../../../../domain/fax-quality';
import { zoomLabel } from './viewer-model';

export function ViewerToolbar({
  scale,
  page,
  pages,
  fax,
  asFax,
  printing,
  onZoomOut,
  onZoomIn,
  onFitWidth,
  onRotate,
  onFaxChange,
  onPrint,
}: {
  scale: number;
  page: number;
  pages: number;
  /** The resolution fax mode shows, or null when the viewer does not offer it. */
  fax: FaxResolution | null;
  asFax: boolean;
  /** What printing is doing, while it prepares the pages. */
  printing: string | null;
  onZoomOut: () => void;
  onZoomIn: () => void;
  onFitWidth: () => void;
  onRotate: () => void;
  onFaxChange: (on: boolean) => void;
  onPrint: () => void;
}) {
  const faxNote = useId();
  return (
    <div className="viewer-toolbar" role="toolbar" aria-label="Document view">
      <div className="viewer-toolbar-group">
        <button type="button" aria-label="Zoom out" aria-keyshortcuts="-" title="Zoom out (−)" onClick={onZoomOut}>
          −
        </button>
        <output className="viewer-zoom" aria-label="Zoom">
          {zoomLabel(scale)}
        </output>
        <button type="button" aria-label="Zoom in" aria-keyshortcuts="+" title="Zoom in (+)" onClick={onZoomIn}>
          +
        </button>
        <button type="button" aria-keyshortcuts="0" title="Fit to width (0)" onClick={onFitWidth}>
          Fit width
        </button>
        <button type="button" aria-keyshortcuts="R" title="Rotate clockwise (R)" onClick={onRotate}>
          Rotate
        </button>
      </div>
      <output className="viewer-page-number" data-testid="viewer-page-number">
        Page {page} of {pages}
      </output>
      <div className="viewer-toolbar-group">
        {fax && (
          <label className="viewer-fax-switch">
            <input
              type="checkbox"
              role="switch"
              checked={asFax}
              aria-describedby={faxNote}
              onChange={(event) => onFaxChange(event.target.checked)}
            />
            As faxed
            <span id={faxNote} className="visually-hidden">
              Black and white at {fax.x} × {fax.y} dpi, as the recipient&apos;s fax machine prints it
            </span>
          </label>
        )}
        <button type="button" disabled={printing !== null} onClick={onPrint}>
          {printing ?? 'Print…'}
        </button>
      </div>
    </div>
  );
}
