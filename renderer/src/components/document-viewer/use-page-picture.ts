/**
 * The picture of one page while it is near the view, and none otherwise: a page scrolled far
 * away lets its canvas go, so a 200-page fax holds only the few canvases around what is shown.
 * After a zoom or a turn, the old picture stays (stretched) until the new one is drawn.
 */
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { FaxResolution } from '../../../../domain/fax-quality';
import { drawPage, PageNotDrawn } from './page-picture';
import type { Rotation } from './viewer-model';

export interface PagePicture {
  canvas: HTMLCanvasElement | null;
  /** Why the page cannot be shown, in words. */
  problem: string | null;
}

const NO_PICTURE: PagePicture = { canvas: null, problem: null };

export function usePagePicture(
  pdf: PDFDocumentProxy,
  number: number,
  near: boolean,
  options: { scale: number; rotation: Rotation; fax: FaxResolution | null },
): PagePicture {
  const [picture, setPicture] = useState<PagePicture>(NO_PICTURE);
  const { scale, rotation, fax } = options;
  const faxX = fax?.x ?? 0;
  const faxY = fax?.y ?? 0;

  // Leaving the view lets the canvas go; a zoom or a turn keeps it until the new one is drawn.
  useEffect(() => {
    if (!near) return;
    return () => setPicture(NO_PICTURE);
  }, [near]);

  useEffect(() => {
    if (!near) return;
    const stop = new AbortController();
    const resolution = faxX > 0 ? { x: faxX, y: faxY } : null;
    void (async () => {
      const page = await pdf.getPage(number);
      const options = { scale, rotation, pixelRatio: devicePixelRatio || 1, fax: resolution };
      return drawPage(page, options, stop.signal);
    })().then(
      (canvas) => {
        if (!stop.signal.aborted) setPicture({ canvas, problem: null });
      },
      (error: unknown) => {
        if (stop.signal.aborted) return;
        const problem = error instanceof PageNotDrawn ? error.message : 'This page could not be read.';
        setPicture({ canvas: null, problem });
      },
    );
    return () => stop.abort();
  }, [pdf, number, near, scale, rotation, faxX, faxY]);

  return near ? picture : NO_PICTURE;
}
