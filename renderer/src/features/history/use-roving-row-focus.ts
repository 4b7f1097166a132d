/**
 * Keyboard focus in the history grid: one row is the tab stop (a roving tabindex), the arrows,
 * Page Up/Down, Home and End move it, Enter opens its fax. The tab stop follows its fax when
 * new ones are put above it and starts again at the top with new filters; a move lands once
 * the row is rendered, and when the focused row is replaced (its page arrived while it said
 * "Loading…") the focus stays on the row that replaced it.
 */
import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { CachedFax } from '../../data/fax-cache';
import type { FaxListSnapshot } from '../../data/fax-list-store';
import { rowKeyTarget } from './row-keys';

interface Active {
  index: number;
  id: string | null;
  generation: number;
}

export function useRovingRowFocus<T extends CachedFax>({
  snapshot,
  scrollRef,
  rowHeight,
  onOpen,
  rowAttribute = 'data-job-row',
}: {
  snapshot: FaxListSnapshot<T>;
  scrollRef: RefObject<HTMLDivElement | null>;
  rowHeight: number;
  onOpen: (fax: T, viaKeyboard: boolean) => void;
  /** The attribute each row of this grid carries (history's, or the inbox's). */
  rowAttribute?: string;
}) {
  const { rows, indexOf, generation, total: count } = snapshot;
  const pendingFocus = useRef<number | null>(null);
  const focusedRow = useRef<HTMLElement | null>(null);
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

  useLayoutEffect(() => {
    const find = (index: number) =>
      scrollRef.current?.querySelector<HTMLElement>(`[${rowAttribute}][data-index="${index}"]`);
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

  /** Puts the focus back on a fax (after its detail closes), or on the tab stop if it left the list. */
  const focusJob = useCallback(
    (id: string) => {
      const index = indexOf.get(id);
      if (index !== undefined) {
        setActive({ index, id, generation });
        pendingFocus.current = index;
      } else if (count > 0) {
        // That fax is no longer in the list (the filters changed): the list's own tab stop takes the focus.
        pendingFocus.current = activeIndex;
      }
    },
    [indexOf, generation, count, activeIndex],
  );

  /** A row took the focus or was clicked: it becomes the tab stop, and a click opens its fax. */
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
    const target = rowKeyTarget(event.key, activeIndex, count, page);
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const job = rows[activeIndex];
      if (job) onOpen(job, true);
    }
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLElement && event.target.hasAttribute(rowAttribute)) {
      focusedRow.current = event.target;
    }
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) {
      focusedRow.current = null;
    }
  };

  return { activeIndex, focusJob, onActivate, gridHandlers: { onKeyDown, onFocus, onBlur } };
}
