/**
 * The document viewer's arithmetic, kept pure so it is tested alone: the zoom steps and "fit
 * width", rotating the whole document, where each page sits in the scrolled column, which
 * pages are near enough to the view to be drawn (a 200-page fax must not hold 200 canvases),
 * which page is "page n of N", and what the viewer's keys mean.
 */

export type Rotation = 0 | 90 | 180 | 270;

/** A page's size in PDF points (1/72 inch), as the document states it (its own /Rotate applied). */
export interface PageSize {
  width: number;
  height: number;
}

export interface ViewState {
  /** A scale (1 = actual size), or as wide as the view. */
  zoom: number | 'fit-width';
  /** Turned clockwise, for the whole document. */
  rotation: Rotation;
}

export const INITIAL_VIEW: ViewState = { zoom: 'fit-width', rotation: 0 };

/** The scales +/− step through, as a person would pick them in a PDF reader. */
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4] as const;
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 4;

/** CSS pixels per PDF point at 100%: a page shown at actual size is as large as it prints. */
export const CSS_PX_PER_POINT = 96 / 72;

/** Space between pages and around them, in CSS pixels. */
export const PAGE_GAP = 16;

export function effectiveScale(view: ViewState, fitScale: number): number {
  return view.zoom === 'fit-width' ? fitScale : view.zoom;
}

export function zoomIn(view: ViewState, fitScale: number): ViewState {
  const now = effectiveScale(view, fitScale);
  return { ...view, zoom: ZOOM_STEPS.find((step) => step > now * 1.001) ?? MAX_ZOOM };
}

export function zoomOut(view: ViewState, fitScale: number): ViewState {
  const now = effectiveScale(view, fitScale);
  return { ...view, zoom: [...ZOOM_STEPS].reverse().find((step) => step < now * 0.999) ?? MIN_ZOOM };
}

export function fitWidth(view: ViewState): ViewState {
  return { ...view, zoom: 'fit-width' };
}

export function rotateClockwise(view: ViewState): ViewState {
  return { ...view, rotation: ((view.rotation + 90) % 360) as Rotation };
}

/** A page as it stands after turning: a quarter turn swaps its width and height. */
export function turned(page: PageSize, rotation: Rotation): PageSize {
  return rotation % 180 === 0 ? page : { width: page.height, height: page.width };
}

/** The scale at which the widest page, turned, fills `availableWidth` CSS pixels; within the zoom steps' range. */
export function fitWidthScale(pages: readonly PageSize[], rotation: Rotation, availableWidth: number): number {
  const widest = Math.max(0, ...pages.map((page) => turned(page, rotation).width));
  if (!(widest > 0) || !(availableWidth > 0)) return 1;
  const scale = (availableWidth - 2 * PAGE_GAP) / (widest * CSS_PX_PER_POINT);
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, scale));
}

/** A page's size on screen, in CSS pixels. */
export function displaySize(page: PageSize, rotation: Rotation, scale: number): PageSize {
  const { width, height } = turned(page, rotation);
  return { width: Math.round(width * scale * CSS_PX_PER_POINT), height: Math.round(height * scale * CSS_PX_PER_POINT) };
}

export interface PageBox {
  top: number;
  height: number;
}

/** Where each page sits in the column: one below the other, a gap before each and after the last. */
export function layoutPages(sizes: readonly PageSize[]): { boxes: PageBox[]; total: number } {
  const boxes: PageBox[] = [];
  let top = PAGE_GAP;
  for (const size of sizes) {
    boxes.push({ top, height: size.height });
    top += size.height + PAGE_GAP;
  }
  return { boxes, total: top };
}

export interface Scrolled {
  scrollTop: number;
  viewportHeight: number;
}

/**
 * The pages (0-based, first to last) that overlap the view or lie within one more view's
 * height above or below it: those are drawn, so scrolling shows pages already there, and the
 * rest hold no canvas at all.
 */
export function pagesNearView(boxes: readonly PageBox[], { scrollTop, viewportHeight }: Scrolled): number[] {
  const from = scrollTop - viewportHeight;
  const to = scrollTop + 2 * viewportHeight;
  const near: number[] = [];
  for (const [index, box] of boxes.entries()) {
    if (box.top + box.height >= from && box.top <= to) near.push(index);
  }
  return near;
}

/**
 * "Page n" of the view, 1-based: the last page whose top has reached the upper third of the
 * view, so the page being read is the one named even when the next one starts to show below it.
 */
export function currentPage(boxes: readonly PageBox[], { scrollTop, viewportHeight }: Scrolled): number {
  const line = scrollTop + viewportHeight / 3;
  let page = boxes.length > 0 ? 1 : 0;
  for (const [index, box] of boxes.entries()) {
    if (box.top <= line) page = index + 1;
    else break;
  }
  return page;
}

/** Where to scroll after the column changed height (a zoom, a turn), to keep the same place in the document. */
export function keepPlace(scrollTop: number, oldTotal: number, newTotal: number): number {
  if (!(oldTotal > 0)) return 0;
  return Math.max(0, Math.round((scrollTop / oldTotal) * newTotal));
}

export function zoomLabel(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}

export type ViewerCommand = 'zoom-in' | 'zoom-out' | 'fit-width' | 'rotate';

/** The viewer's own keys: + and − zoom, 0 fits the width, R turns the document. Not with Ctrl, ⌘ or Alt. */
export function viewerCommandFor(press: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): ViewerCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  switch (press.key) {
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '−':
    case '_':
      return 'zoom-out';
    case '0':
      return 'fit-width';
    case 'r':
    case 'R':
      return 'rotate';
    default:
      return null;
  }
}

/**
 * How many device pixels to draw a page with: enough to be sharp on this screen, but never a
 * canvas past `maxPixels` (a page zoomed to 400% on a high-density screen would take hundreds
 * of megabytes); past it the picture is drawn smaller and stretched.
 */
export function pixelScale(cssSize: PageSize, pixelRatio: number, maxPixels = 16_000_000): number {
  const pixels = cssSize.width * cssSize.height * pixelRatio * pixelRatio;
  if (!(pixels > maxPixels)) return pixelRatio;
  return pixelRatio * Math.sqrt(maxPixels / pixels);
}
