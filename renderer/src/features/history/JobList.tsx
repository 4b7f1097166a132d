/**
 * Every fax, newest first, in one virtualised grid: only the rows in view (and the row with
 * the keyboard focus) are in the page, so a history of 100,000 faxes scrolls like one of ten.
 * Rows have a fixed height; `total` sizes the scrollbar and pages load as rows come into view.
 *
 * Keyboard: arrows, Page Up/Down, Home/End move between faxes; Enter opens one.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import type { JobSummary } from '../../../../preload/contract';
import type { JobListSnapshot, JobListStore } from './job-list-store';
import { useSettings } from '../../data/SettingsProvider';
import { COLUMN_COUNT, JobListHeader } from './JobListHeader';
import { JobRow } from './JobRow';
import { useRovingRowFocus } from './use-roving-row-focus';
import { useScrollAnchor } from './use-scroll-anchor';

/** In rem, so rows grow with the person's text size. */
const ROW_REM = 3.5;
const HEADER_REM = 2.5;
/** Rows past the visible ones that are loaded ahead of the scroll. */
const LOAD_AHEAD = 40;
/** Rows above the view loaded too, so scrolling back up after a jump finds them ready. */
const LOAD_BEHIND = 20;

export interface JobListHandle {
  /** Puts the keyboard focus back on a fax (after its detail closes). */
  focusJob(id: string): void;
}

export function JobList({
  snapshot,
  store,
  openId,
  onOpen,
  empty,
  ref,
}: {
  snapshot: JobListSnapshot;
  store: JobListStore;
  openId: string | null;
  onOpen: (job: JobSummary, viaKeyboard: boolean) => void;
  /** Shown when there is nothing to list. */
  empty: ReactNode;
  ref?: Ref<JobListHandle>;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // For the rows: the redial setting ("retry 2 of 3") and the home country numbers are shown for.
  const settings = useSettings();
  const [remPx] = useState(() => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
  const rowHeight = Math.round(ROW_REM * remPx);
  const headerHeight = Math.round(HEADER_REM * remPx);
  const { rows, generation } = snapshot;
  const count = snapshot.total;
  // Before the focus is placed, as the place it is placed in may move.
  useScrollAnchor(scrollRef, { generation, addedAtTop: snapshot.addedAtTop, rowHeight });
  const { activeIndex, focusJob, onActivate, gridHandlers } = useRovingRowFocus({
    snapshot,
    scrollRef,
    rowHeight,
    onOpen,
  });
  useImperativeHandle(ref, () => ({ focusJob }), [focusJob]);

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
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: 8,
    scrollMargin: headerHeight,
  });
  const items = virtualizer.getVirtualItems();
  const firstVisible = virtualizer.range?.startIndex ?? 0;
  const lastVisible = virtualizer.range?.endIndex ?? 0;

  useEffect(
    () => store.want(firstVisible - LOAD_BEHIND, lastVisible + LOAD_AHEAD),
    [store, firstVisible, lastVisible, generation],
  );

  return (
    <div className="job-list-frame">
      <div
        ref={scrollRef}
        className="job-list"
        role="grid"
        aria-label="Faxes, newest first"
        aria-rowcount={count + 1}
        aria-colcount={COLUMN_COUNT}
        aria-readonly="true"
        aria-busy={!snapshot.counted}
        {...gridHandlers}
      >
        <JobListHeader height={headerHeight} />
        <div role="rowgroup" className="job-list-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const job = rows[item.index];
            return (
              <JobRow
                key={item.key}
                job={job}
                index={item.index}
                top={item.start - headerHeight}
                height={rowHeight}
                tabStop={item.index === activeIndex}
                selected={job !== undefined && job.id === openId}
                onActivate={onActivate}
                redialAttempts={settings?.redialAttempts ?? null}
                homeCountry={settings?.defaultCountry}
              />
            );
          })}
        </div>
      </div>
      {snapshot.counted && count === 0 && <div className="history-empty">{empty}</div>}
    </div>
  );
}
