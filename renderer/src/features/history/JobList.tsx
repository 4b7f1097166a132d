/**
 * Every fax, newest first, in one virtualised grid: only the rows in view (and the row with
 * the keyboard focus) are in the page, so a history of 100,000 faxes scrolls like one of ten.
 * Rows have a fixed height; `total` sizes the scrollbar and pages load as rows come into view.
 *
 * Keyboard: arrows, Page Up/Down, Home/End move between faxes; Enter opens one.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import type { JobSummary } from '../../../../preload/contract';
import type { JobListSnapshot, JobListStore } from './job-list-store';
import { JobRow } from './JobRow';

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

interface Active {
  index: number;
  id: string | null;
  generation: number;
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
  const pendingFocus = useRef<number | null>(null);
  const [remPx] = useState(() => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
  const rowHeight = Math.round(ROW_REM * remPx);
  const headerHeight = Math.round(HEADER_REM * remPx);
  const { rows, indexOf, generation } = snapshot;
  const count = snapshot.total;

  // The tab stop follows its fax when new ones are put above it, and starts again at the top with new filters.
  const [active, setActive] = useState<Active>({ index: 0, id: null, generation });
  const activeIndex = Math.max(
    0,
    Math.min(
      count - 1,
      active.generation !== generation
        ? 0
        : ((active.id !== null ? indexOf.get(active.id) : undefined) ?? active.index),
    ),
  );

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

  // New filters start at the top; faxes put above the view push it down by as much, so nothing moves.
  const seen = useRef({ generation, addedAtTop: snapshot.addedAtTop });
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const before = seen.current;
    seen.current = { generation, addedAtTop: snapshot.addedAtTop };
    if (!element) return;
    if (before.generation !== generation) element.scrollTop = 0;
    else if (snapshot.addedAtTop > before.addedAtTop && element.scrollTop > 0) {
      element.scrollTop += (snapshot.addedAtTop - before.addedAtTop) * rowHeight;
    }
  }, [generation, snapshot.addedAtTop, rowHeight]);

  // Keyboard moves land once the row is rendered; and when the focused row is replaced (its
  // page arrived while it said "Loading…"), the focus stays on the row that replaced it.
  const focusedRow = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const find = (index: number) =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-job-row][data-index="${index}"]`);
    const index = pendingFocus.current;
    if (index !== null) {
      const row = find(index);
      if (row) {
        pendingFocus.current = null;
        row.focus();
      }
    } else if (
      focusedRow.current &&
      !focusedRow.current.isConnected &&
      (document.activeElement === null || document.activeElement === document.body)
    ) {
      find(activeIndex)?.focus();
    }
  });

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(count - 1, index));
    setActive({ index: target, id: rows[target]?.id ?? null, generation });
    pendingFocus.current = target;
  };

  useImperativeHandle(
    ref,
    () => ({
      focusJob: (id) => {
        const index = indexOf.get(id);
        if (index !== undefined) {
          setActive({ index, id, generation });
          pendingFocus.current = index;
        } else if (count > 0) {
          // That fax is no longer in the list (the filters changed): the list's own tab stop takes the focus.
          pendingFocus.current = activeIndex;
        }
      },
    }),
    [indexOf, generation, count, activeIndex],
  );

  const onActivate = useCallback(
    (index: number, open: boolean) => {
      const job = snapshot.rows[index];
      setActive({ index, id: job?.id ?? null, generation: snapshot.generation });
      if (open && job) onOpen(job, false);
    },
    [snapshot, onOpen],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 2);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const job = rows[activeIndex];
      if (job) onOpen(job, true);
    }
  };

  return (
    <div className="job-list-frame">
      <div
        ref={scrollRef}
        className="job-list"
        role="grid"
        aria-label="Faxes, newest first"
        aria-rowcount={count + 1}
        aria-colcount={5}
        aria-readonly="true"
        aria-busy={!snapshot.counted}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          if (event.target instanceof HTMLElement && event.target.hasAttribute('data-job-row')) {
            focusedRow.current = event.target;
          }
        }}
        onBlur={(event) => {
          if (event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) {
            focusedRow.current = null;
          }
        }}
      >
        <div role="rowgroup" className="job-list-head">
          <div role="row" aria-rowindex={1} className="job-row job-row-head" style={{ height: headerHeight }}>
            <div role="columnheader" className="job-cell">
              Date
            </div>
            <div role="columnheader" className="job-cell">
              Recipient
            </div>
            <div role="columnheader" className="job-cell job-cell-number">
              Pages
            </div>
            <div role="columnheader" className="job-cell">
              Status
            </div>
            <div role="columnheader" className="job-cell job-cell-number">
              Attempts
            </div>
          </div>
        </div>
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
              />
            );
          })}
        </div>
      </div>
      {snapshot.counted && count === 0 && <div className="history-empty">{empty}</div>}
    </div>
  );
}
