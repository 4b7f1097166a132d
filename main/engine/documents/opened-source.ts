/** One input file, checked and ready to be added to the fax. */
import type { PDFDocument } from '@cantoo/pdf-lib';
import type { FaxSize } from './fax-size';
import type { Size } from './geometry';
import type { SourceKind } from './types';

export interface OpenedSource {
  kind: SourceKind;
  pages: number;
  /**
   * Appends this file's pages to the fax, each exactly `paper`, counting what it adds in
   * `size`. Throws DocumentError naming the file when its content turns out to be unreadable.
   */
  appendTo(target: PDFDocument, paper: Size, size: FaxSize): Promise<void>;
}

/** Runs synchronous page-adding work as appendTo's promise, so a throw becomes a rejection. */
export function appendingWith(work: () => void): Promise<void> {
  return new Promise((resolve) => {
    work();
    resolve();
  });
}
