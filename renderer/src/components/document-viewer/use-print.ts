/**
 * Print, as the viewer offers it: one printing at a time, with what it is doing in words while
 * the pages are prepared ("Preparing page 3 of 12…"), and what went wrong if it did.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { FaxResolution } from '../../../../domain/fax-quality';
import { printDocument } from './print-document';
import type { Rotation } from './viewer-model';

export function usePrint(
  pdf: PDFDocumentProxy,
  options: { title: string; rotation: Rotation; fax: FaxResolution | null },
) {
  const [printing, setPrinting] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const print = useCallback(() => {
    if (running.current) return;
    const stop = new AbortController();
    running.current = stop;
    setProblem(null);
    const progress = (drawn: number, total: number) =>
      setPrinting(drawn < total ? `Preparing page ${drawn + 1} of ${total}…` : 'Printing…');
    printDocument(pdf, options, progress, stop.signal)
      .catch((error: unknown) => {
        if (!stop.signal.aborted) {
          const reason = error instanceof Error ? ` ${error.message}` : '';
          setProblem(`The document could not be printed.${reason}`);
        }
      })
      .finally(() => {
        running.current = null;
        if (!stop.signal.aborted) setPrinting(null);
      });
  }, [pdf, options]);

  return { print, printing, problem };
}
