/**
 * Adds one page of the fax: exactly the paper size, with a single image or embedded page
 * drawn through a matrix. Every source kind ends here, so every page is built the same way.
 */
import { PDFName, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import type { Matrix, Size } from './geometry';

const CONTENT_NAME = PDFName.of('FaxContent');

export function addDrawnPage(target: PDFDocument, paper: Size, xObject: PDFRef, matrix: Matrix): void {
  const page = target.addPage([paper.width, paper.height]);
  page.node.setXObject(CONTENT_NAME, xObject);
  // A few dozen bytes: compressing them would only cost time.
  const operators = `q ${matrix.map(formatNumber).join(' ')} cm ${CONTENT_NAME.asString()} Do Q`;
  page.node.set(PDFName.of('Contents'), target.context.register(target.context.stream(operators)));
}

/** A page that is blank in the source (it has no content) stays blank, but keeps its place. */
export function addBlankPage(target: PDFDocument, paper: Size): void {
  target.addPage([paper.width, paper.height]);
}

/** Plain decimal notation: PDF has no exponents, and nine places keep even a huge page exact. */
function formatNumber(n: number): string {
  return Math.abs(n) < 1e-9 ? '0' : n.toFixed(9).replace(/\.?0+$/, '');
}
