/**
 * Where the viewer's scrolled column stands: how far it is scrolled, and how large its view is.
 * Read once a frame at most while scrolling, and again whenever the view changes size (the
 * window resized, the panel opened), since both decide which pages are drawn.
 */
import { useEffect, useState } from 'react';

export interface ScrollView {
  scrollTop: number;
  viewportHeight: number;
  viewportWidth: number;
}

/** `attach` goes on the scrolled element (as its ref); `element` is that element once attached. */
export function useScrollView() {
  const [view, setView] = useState<ScrollView>({ scrollTop: 0, viewportHeight: 0, viewportWidth: 0 });
  const [element, attach] = useState<HTMLDivElement | null>(null);

  useEffect(() => {
    if (!element) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setView({
        scrollTop: element.scrollTop,
        viewportHeight: element.clientHeight,
        viewportWidth: element.clientWidth,
      });
    };
    const soon = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    soon();
    element.addEventListener('scroll', soon, { passive: true });
    const resized = new ResizeObserver(soon);
    resized.observe(element);
    return () => {
      element.removeEventListener('scroll', soon);
      resized.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [element]);

  return { attach, view, element };
}
