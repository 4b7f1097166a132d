/** The document viewer's model: zoom steps and fit width, turning, the column of pages, which are drawn, page n of N. */
import { describe, expect, it } from 'vitest';
import {
  CSS_PX_PER_POINT,
  currentPage,
  displaySize,
  effectiveScale,
  fitWidth,
  fitWidthScale,
  INITIAL_VIEW,
  keepPlace,
  layoutPages,
  PAGE_GAP,
  pagesNearView,
  pixelScale,
  rotateClockwise,
  viewerCommandFor,
  zoomIn,
  zoomLabel,
  zoomOut,
  type ViewState,
} from '../../../renderer/src/components/document-viewer/viewer-model';

const letter = { width: 612, height: 792 };
const landscape = { width: 792, height: 612 };

describe('zoom', () => {
  it('starts at fit width, and steps in and out from whatever scale fit width gave', () => {
    expect(INITIAL_VIEW).toEqual({ zoom: 'fit-width', rotation: 0 });
    expect(effectiveScale(INITIAL_VIEW, 0.8)).toBe(0.8);
    expect(zoomIn(INITIAL_VIEW, 0.8)).toEqual({ zoom: 0.9, rotation: 0 });
    expect(zoomOut(INITIAL_VIEW, 0.8)).toEqual({ zoom: 0.75, rotation: 0 });
    expect(zoomIn({ zoom: 1, rotation: 0 }, 0.8).zoom).toBe(1.1);
    expect(zoomOut({ zoom: 1, rotation: 0 }, 0.8).zoom).toBe(0.9);
  });

  it('stops at 25% and 400%', () => {
    expect(zoomIn({ zoom: 4, rotation: 0 }, 1).zoom).toBe(4);
    expect(zoomOut({ zoom: 0.25, rotation: 0 }, 1).zoom).toBe(0.25);
  });

  it('fits the width again, keeping the turn', () => {
    expect(fitWidth({ zoom: 2, rotation: 90 })).toEqual({ zoom: 'fit-width', rotation: 90 });
  });

  it('is labelled in percent', () => {
    expect(zoomLabel(1)).toBe('100%');
    expect(zoomLabel(0.666)).toBe('67%');
  });
});

describe('rotate', () => {
  it('turns the whole document a quarter clockwise, back to upright after four', () => {
    let view: ViewState = INITIAL_VIEW;
    const turns = [];
    for (let i = 0; i < 4; i++) {
      view = rotateClockwise(view);
      turns.push(view.rotation);
    }
    expect(turns).toEqual([90, 180, 270, 0]);
  });

  it('swaps a page’s width and height on screen when turned a quarter', () => {
    expect(displaySize(letter, 0, 1)).toEqual({ width: 816, height: 1056 });
    expect(displaySize(letter, 90, 1)).toEqual({ width: 1056, height: 816 });
    expect(displaySize(letter, 180, 0.5)).toEqual({ width: 408, height: 528 });
  });

  it('fits the widest page to the view, turned or not', () => {
    const width = 2 * PAGE_GAP + 612 * CSS_PX_PER_POINT;
    expect(fitWidthScale([letter, letter], 0, width)).toBeCloseTo(1);
    expect(fitWidthScale([letter, landscape], 0, width)).toBeCloseTo(612 / 792);
    expect(fitWidthScale([letter], 90, width)).toBeCloseTo(612 / 792);
    expect(fitWidthScale([], 0, width)).toBe(1);
    expect(fitWidthScale([letter], 0, 0)).toBe(1);
  });
});

describe('the column of pages', () => {
  const sizes = Array.from({ length: 200 }, () => ({ width: 800, height: 1000 }));
  const { boxes, total } = layoutPages(sizes);

  it('stacks the pages with a gap before each and after the last', () => {
    expect(boxes[0]).toEqual({ top: PAGE_GAP, height: 1000 });
    expect(boxes[1]).toEqual({ top: 2 * PAGE_GAP + 1000, height: 1000 });
    expect(total).toBe(200 * (1000 + PAGE_GAP) + PAGE_GAP);
  });

  it('draws only the pages within one view of what is shown: a 200-page fax holds a handful', () => {
    expect(pagesNearView(boxes, { scrollTop: 0, viewportHeight: 600 })).toEqual([0, 1]);
    const middle = boxes[100]?.top ?? 0;
    const near = pagesNearView(boxes, { scrollTop: middle, viewportHeight: 600 });
    expect(near).toEqual([99, 100, 101]);
    expect(pagesNearView(boxes, { scrollTop: total - 600, viewportHeight: 600 })).toEqual([198, 199]);
  });

  it('names the page being read: the last whose top has reached the upper third of the view', () => {
    expect(currentPage(boxes, { scrollTop: 0, viewportHeight: 600 })).toBe(1);
    const second = boxes[1]?.top ?? 0;
    expect(currentPage(boxes, { scrollTop: second - 250, viewportHeight: 600 })).toBe(1);
    expect(currentPage(boxes, { scrollTop: second - 150, viewportHeight: 600 })).toBe(2);
    expect(currentPage(boxes, { scrollTop: total, viewportHeight: 600 })).toBe(200);
    expect(currentPage([], { scrollTop: 0, viewportHeight: 600 })).toBe(0);
  });

  it('keeps the same place in the document when its height changes', () => {
    expect(keepPlace(500, 1000, 2000)).toBe(1000);
    expect(keepPlace(500, 0, 2000)).toBe(0);
  });

  it('never draws a canvas past its pixel budget, and is sharp below it', () => {
    expect(pixelScale({ width: 800, height: 1000 }, 2)).toBe(2);
    const huge = { width: 3264, height: 4224 };
    const ratio = pixelScale(huge, 2);
    expect(huge.width * huge.height * ratio * ratio).toBeLessThanOrEqual(16_000_001);
  });
});

describe('keys', () => {
  const press = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
    viewerCommandFor({ key, ctrlKey: false, metaKey: false, altKey: false, ...extra });

  it('+ and = zoom in, − zooms out, 0 fits the width, R rotates', () => {
    expect(press('+')).toBe('zoom-in');
    expect(press('=')).toBe('zoom-in');
    expect(press('-')).toBe('zoom-out');
    expect(press('0')).toBe('fit-width');
    expect(press('r')).toBe('rotate');
    expect(press('R')).toBe('rotate');
    expect(press('x')).toBeNull();
  });

  it('leaves Ctrl, ⌘ and Alt combinations to the system', () => {
    expect(press('+', { ctrlKey: true })).toBeNull();
    expect(press('0', { metaKey: true })).toBeNull();
    expect(press('r', { altKey: true })).toBeNull();
  });
});
