/**
 * Tolerant readers for values in someone else's PDF: a missing or mistyped entry yields
 * undefined instead of an exception, so one odd annotation or box never stops a fax.
 */
import { PDFArray, PDFDict, PDFNumber, PDFRef, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import type { Matrix } from './geometry';

export interface Rect {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

export function resolve(context: PDFContext, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? context.lookup(value) : value;
}

export function numberOf(context: PDFContext, value: PDFObject | undefined): number | undefined {
  const resolved = resolve(context, value);
  return resolved instanceof PDFNumber && Number.isFinite(resolved.asNumber()) ? resolved.asNumber() : undefined;
}

function numbersOf(context: PDFContext, value: PDFObject | undefined, count: number): number[] | undefined {
  const array = resolve(context, value);
  if (!(array instanceof PDFArray) || array.size() < count) return undefined;
  const numbers: number[] = [];
  for (let i = 0; i < count; i++) {
    const n = numberOf(context, array.get(i));
    if (n === undefined) return undefined;
    numbers.push(n);
  }
  return numbers;
}

/** A rectangle with its corners put in order, or undefined if it is malformed or has no area. */
export function rectOf(context: PDFContext, value: PDFObject | undefined): Rect | undefined {
  const n = numbersOf(context, value, 4);
  if (!n) return undefined;
  const [x0, y0, x1, y1] = n as [number, number, number, number];
  const rect = { left: Math.min(x0, x1), bottom: Math.min(y0, y1), right: Math.max(x0, x1), top: Math.max(y0, y1) };
  return rect.right > rect.left && rect.top > rect.bottom ? rect : undefined;
}

export function matrixOf(context: PDFContext, value: PDFObject | undefined): Matrix | undefined {
  const n = numbersOf(context, value, 6);
  return n ? (n as unknown as Matrix) : undefined;
}

export function dictOf(context: PDFContext, value: PDFObject | undefined): PDFDict | undefined {
  const resolved = resolve(context, value);
  return resolved instanceof PDFDict ? resolved : undefined;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const rect = {
    left: Math.max(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
    top: Math.min(a.top, b.top),
  };
  return rect.right > rect.left && rect.top > rect.bottom ? rect : undefined;
}
