/**
 * Keeps the history list's place: new filters start at the top, and faxes put above the view
 * push it down by as many rows, so what the person is reading does not move.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useScrollAnchor(
  scrollRef: RefObject<HTMLDivElement | null>,
  { generation, addedAtTop, rowHeight }: { generation: number; addedAtTop: number; rowHeight: number },
): void {
  const seen = useRef({ generation, addedAtTop });
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const before = seen.current;
    seen.current = { generation, addedAtTop };
    if (!element) return;
    if (before.generation !== generation) element.scrollTop = 0;
    else if (addedAtTop > before.addedAtTop && element.scrollTop > 0) {
      element.scrollTop += (addedAtTop - before.addedAtTop) * rowHeight;
    }
  }, [scrollRef, generation, addedAtTop, rowHeight]);
}
