/**
 * What makes a list of faxes a virtual grid, for history and the inbox alike: only the rows in
 * view (and the row with the keyboard focus) are in the page, so 100,000 faxes scroll like ten.
 * Rows have a fixed height in rem, so they grow with the person's text size; the list's
 * `total` sizes the scrollbar, pages load as rows come into view, new faxes at the top do not
 * move what is being read, and the keyboard moves a roving focus (use-roving-row-focus.ts).
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CachedFax } from '../../data/fax-cache';
import type { FaxListSnapshot, FaxListStore } from '../../data/fax-list-store';
import { useRovingRowFocus } from './use-roving-row-focus';
import { useScrollAnchor } from './use-scroll-anchor';

/** In rem, so rows grow with the person's text size. */
const ROW_REM = 3.5;
const HEADER_REM = 2.5;
/** Rows past the visible ones that are loaded ahead of the scroll. */
const LOAD_AHEAD = 40;
/** Rows above the view loaded too, so scrolling back up after a jump finds them ready. */
const LOAD_BEHIND = 20;

export function useVirtualRows<T extends CachedFax, Q extends object>({
  snapshot,
  store,
  onOpen,
  rowAttribute,
}: {
  snapshot: FaxListSnapshot<T>;
  store: FaxListStore<T, Q>;
  onOpen: (fax: T, viaKeyboard: boolean) => void;
  rowAttribute?: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [remPx] = useState(() => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
  const rowHeight = Math.round(ROW_REM * remPx);
  const headerHeight = Math.round(HEADER_REM * remPx);
  const { generation } = snapshot;
  // Before the focus is placed, as the place it is placed in may move.
  useScrollAnchor(scrollRef, { generation, addedAtTop: snapshot.addedAtTop, rowHeight });
  const focus = useRovingRowFocus({ snapshot, scrollRef, rowHeight, onOpen, rowAttribute });
  const { activeIndex } = focus;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      // The focused row stays in the page even when scrolled away, so Tab and focus never get lost.
      if (activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );
  const getItemKey = useCallback((index: number) => snapshot.rows[index]?.id ?? `loading-${index}`, [snapshot]);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);

  // eslint-disable-next-line react-hooks/incompatible-library -- rendered from the store's snapshot; nothing memoises the virtualiser's functions
  const virtualizer = useVirtualizer({
    count: snapshot.total,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: 8,
    scrollMargin: headerHeight,
  });
  const firstVisible = virtualizer.range?.startIndex ?? 0;
  const lastVisible = virtualizer.range?.endIndex ?? 0;

  useEffect(
    () => store.want(firstVisible - LOAD_BEHIND, lastVisible + LOAD_AHEAD),
    [store, firstVisible, lastVisible, generation],
  );

  return {
    ...focus,
    scrollRef,
    rowHeight,
    headerHeight,
    items: virtualizer.getVirtualItems(),
    totalSize: virtualizer.getTotalSize(),
  };
}
