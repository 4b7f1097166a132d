/**
 * The first-page picture of a PDF or TIFF, drawn to fit the placeholder it replaces (the
 * small thumbnail on the list, or the large view), or null while there is none (yet, or
 * ever: a file the thumbnail renderers cannot draw keeps its document icon, since a wrong
 * picture would be worse than none; `failed` tells the two apart). Files are drawn one at a
 * time, so twenty dropped at once do not fight over the processor, and each gets its own
 * time limit once its turn comes.
 */
import { useEffect, useState, type RefObject } from 'react';
import { renderPdfThumbnail } from './pdf-thumbnail';
import type { SendFile } from './send-model';
import type { ThumbnailBox } from './thumbnail-canvas';
import { renderTiffThumbnail } from './tiff-thumbnail';

const RENDER_TIMEOUT_MS = 8_000;
/** The thumbnail's size in send.css (2.75rem × 3.5rem less its border), if it cannot be measured. */
const DEFAULT_BOX: ThumbnailBox = { width: 42, height: 54 };

type Drawable = 'pdf' | 'tiff';

export function canDrawPage(kind: SendFile['kind']): kind is Drawable {
  return kind === 'pdf' || kind === 'tiff';
}

export interface PagePicture {
  picture: HTMLCanvasElement | null;
  /** True once drawing gave up: there will be no picture. */
  failed: boolean;
}

let queue: Promise<unknown> = Promise.resolve();

function inTurn<T>(job: () => Promise<T>): Promise<T> {
  const turn = queue.then(job);
  queue = turn.catch(() => undefined);
  return turn;
}

export function usePageThumbnail(
  bytes: Uint8Array<ArrayBuffer>,
  kind: Drawable,
  placeholder: RefObject<HTMLElement | null>,
): PagePicture {
  const [drawn, setDrawn] = useState<PagePicture>({ picture: null, failed: false });

  useEffect(() => {
    const gone = new AbortController();
    void inTurn(async () => {
      gone.signal.throwIfAborted();
      const signal = AbortSignal.any([gone.signal, AbortSignal.timeout(RENDER_TIMEOUT_MS)]);
      const box = measure(placeholder.current);
      const render = kind === 'pdf' ? renderPdfThumbnail(bytes, box, signal) : renderTiffThumbnail(bytes, box, signal);
      // The next file's turn comes when time is up, whatever the renderer is still doing.
      return Promise.race([render, whenAborted(signal)]);
    }).then(
      (canvas) => {
        if (!gone.signal.aborted) setDrawn({ picture: canvas, failed: false });
      },
      // Whatever went wrong, the document icon stays: there is nothing more to tell the person.
      () => {
        if (!gone.signal.aborted) setDrawn({ picture: null, failed: true });
      },
    );
    return () => gone.abort();
  }, [bytes, kind, placeholder]);

  return drawn;
}

function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) =>
    signal.addEventListener('abort', () => reject(new Error('Stopped.')), { once: true }),
  );
}

/** The box inside the thumbnail's 1px border, as laid out now (the person's text size included). */
function measure(element: HTMLElement | null): ThumbnailBox {
  const rect = element?.getBoundingClientRect();
  if (!rect || rect.width < 4 || rect.height < 4) return DEFAULT_BOX;
  return { width: rect.width - 2, height: rect.height - 2 };
}
