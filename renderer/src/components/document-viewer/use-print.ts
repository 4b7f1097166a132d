/**
 * Print, as the viewer offers it: one printing at a time, with what it is doing in words while
 * the pages are prepared ("Preparing page 3 of 12…"), and what went wrong if it did. The last
 * printing's pictures go when the next one starts or the viewer closes, if printing itself
 * has not let them go already.
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
  const last = useRef<AbortController | null>(null);
  const busy = useRef(false);

  useEffect(() => () => last.current?.abort(), []);

  const print = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    last.current?.abort();
    const stop = new AbortController();
    last.current = stop;
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
        busy.current = false;
        if (!stop.signal.aborted) setPrinting(null);
      });
  }, [pdf, options]);

  return { print, printing, problem };
}
