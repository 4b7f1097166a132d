/**
 * One page of a document drawn on a canvas by pdf.js: on screen, sharp for this display at the
 * zoom chosen; or as the recipient's fax machine will print it, drawn at the fax's resolution
 * and turned into black and white dots, then shown at the page's size again. Printing draws
 * the same pictures.
 */
import type { PDFPageProxy } from 'pdfjs-dist';
import type { FaxResolution } from '../../../../domain/fax-quality';
import { hasUndecodedImage } from '../../lib/pdf-worker';
import { faxDotsPerPoint, toBlackAndWhite } from './fax-threshold';
import { CSS_PX_PER_POINT, displaySize, pixelScale, type PageSize, type Rotation } from './viewer-model';

export interface PictureOptions {
  /** The zoom: 1 draws the page as large as it prints. */
  scale: number;
  /** The document's turn, added to the page's own. */
  rotation: Rotation;
  pixelRatio: number;
  /** Draw as faxed at this resolution, or null for the screen. */
  fax: FaxResolution | null;
}

/** A page that pdf.js could not draw, or drew without some of its content. */
export class PageNotDrawn extends Error {}

/** The page's size in points, its own /Rotate applied: what the viewer lays out. */
export function pageSize(page: PDFPageProxy): PageSize {
  const { width, height } = page.getViewport({ scale: 1 });
  return { width, height };
}

export async function drawPage(
  page: PDFPageProxy,
  options: PictureOptions,
  signal: AbortSignal,
): Promise<HTMLCanvasElement> {
  const rotation = (page.rotate + options.rotation) % 360;
  const canvas = document.createElement('canvas');
  let viewport = page.getViewport({ scale: 1, rotation });
  let transform: number[] | undefined;
  if (options.fax) {
    // Fax dots are not square at "normal" (twice as tall as wide): drawn on that grid, stretched back on screen.
    const dots = faxDotsPerPoint(options.fax, options.rotation);
    canvas.width = Math.max(1, Math.round(viewport.width * dots.x));
    canvas.height = Math.max(1, Math.round(viewport.height * dots.y));
    transform = [dots.x, 0, 0, dots.y, 0, 0];
  } else {
    const css = displaySize(pageSize(page), options.rotation, options.scale);
    const scale = options.scale * CSS_PX_PER_POINT * pixelScale(css, options.pixelRatio);
    viewport = page.getViewport({ scale, rotation });
    canvas.width = Math.max(1, Math.floor(viewport.width));
    canvas.height = Math.max(1, Math.floor(viewport.height));
  }
  const task = page.render({ canvas, viewport, transform, background: '#fff' });
  const cancel = () => task.cancel();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    await task.promise;
  } catch (error) {
    signal.throwIfAborted();
    throw new PageNotDrawn('This page could not be drawn.', { cause: error });
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  if (hasUndecodedImage(page)) {
    throw new PageNotDrawn('Part of this page is an image Faxdesk cannot show, so the page is not shown.');
  }
  if (options.fax) toFaxDots(canvas);
  return canvas;
}

function toFaxDots(canvas: HTMLCanvasElement): void {
  const context = canvas.getContext('2d');
  if (!context) throw new PageNotDrawn('This page could not be drawn.');
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  context.putImageData(new ImageData(toBlackAndWhite(image.data), canvas.width, canvas.height), 0, 0);
}
