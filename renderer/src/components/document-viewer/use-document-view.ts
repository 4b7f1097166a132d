/**
 * The viewer's view of its pages: zoom and turn (viewer-model.ts), fit to the width of the
 * view, where each page sits, which ones are near enough to draw and which is "page n", and
 * the same place in the document kept across a zoom or a turn.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  currentPage,
  displaySize,
  effectiveScale,
  fitWidth,
  fitWidthScale,
  INITIAL_VIEW,
  keepPlace,
  layoutPages,
  pagesNearView,
  rotateClockwise,
  zoomIn,
  zoomOut,
  type PageSize,
  type ViewerCommand,
} from './viewer-model';
import type { ScrollView } from './use-scroll-view';

export function useDocumentView(sizes: readonly PageSize[], scroll: ScrollView, scroller: HTMLElement | null) {
  const [view, setView] = useState(INITIAL_VIEW);
  const fitScale = fitWidthScale(sizes, view.rotation, scroll.viewportWidth);
  const scale = effectiveScale(view, fitScale);
  const shown = useMemo(
    () => sizes.map((size) => displaySize(size, view.rotation, scale)),
    [sizes, view.rotation, scale],
  );
  const layout = useMemo(() => layoutPages(shown), [shown]);
  const near = useMemo(() => new Set(pagesNearView(layout.boxes, scroll)), [layout, scroll]);
  const widest = Math.max(0, ...shown.map((size) => size.width));

  // A zoom or a turn changes the column's height: the same part of the document stays in view.
  const lastTotal = useRef(layout.total);
  useLayoutEffect(() => {
    if (scroller && lastTotal.current !== layout.total) {
      scroller.scrollTo({ top: keepPlace(scroller.scrollTop, lastTotal.current, layout.total) });
    }
    lastTotal.current = layout.total;
  }, [layout.total, scroller]);

  const run = (command: ViewerCommand) => {
    setView((now) => {
      switch (command) {
        case 'zoom-in':
          return zoomIn(now, fitScale);
        case 'zoom-out':
          return zoomOut(now, fitScale);
        case 'fit-width':
          return fitWidth(now);
        case 'rotate':
          return rotateClockwise(now);
      }
    });
  };

  return { view, scale, shown, layout, near, widest, page: currentPage(layout.boxes, scroll), run };
}
