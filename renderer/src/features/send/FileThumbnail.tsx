/**
 * A small picture of a file's first page. Images are shown as they are (use-image-bytes.ts).
 * PDFs and TIFFs are drawn in the page (see use-page-thumbnail.ts); until their picture is
 * ready, or if it cannot be made, they show a plain document icon, never a picture that
 * pretends to be their content. A second sheet behind says there is more than one page; how
 * many is printed beside the thumbnail, so it is not repeated on it.
 */
import { useCallback, useRef, type Ref } from 'react';
import type { SendFile } from './send-model';
import { useImageBytes } from './use-image-bytes';
import { canDrawPage, usePageThumbnail } from './use-page-thumbnail';

export function FileThumbnail({ file }: { file: SendFile }) {
  if (file.state === 'ready' && file.bytes && (file.kind === 'png' || file.kind === 'jpeg')) {
    return <ImageThumbnail bytes={file.bytes} type={`image/${file.kind}`} />;
  }
  if (file.state === 'ready' && file.bytes && canDrawPage(file.kind)) {
    return <PageThumbnail file={file} bytes={file.bytes} kind={file.kind} />;
  }
  return <DocumentIcon file={file} />;
}

function ImageThumbnail({ bytes, type }: { bytes: Uint8Array<ArrayBuffer>; type: string }) {
  const image = useImageBytes(bytes, type);
  return (
    <span className="send-thumb send-thumb-picture" aria-hidden="true">
      <span className="send-thumb-sheet">
        <span className="send-thumb-paper">
          <img ref={image} alt="" />
        </span>
      </span>
    </span>
  );
}

function PageThumbnail({
  file,
  bytes,
  kind,
}: {
  file: SendFile;
  bytes: Uint8Array<ArrayBuffer>;
  kind: 'pdf' | 'tiff';
}) {
  const placeholder = useRef<HTMLSpanElement>(null);
  const { picture } = usePageThumbnail(bytes, kind, placeholder);
  if (!picture) return <DocumentIcon file={file} ref={placeholder} />;
  return <CanvasThumbnail canvas={picture} pages={file.pages ?? 1} />;
}

function CanvasThumbnail({ canvas, pages }: { canvas: HTMLCanvasElement; pages: number }) {
  // Attached while React commits, so the picture appears in the same frame as its frame.
  const attach = useCallback((paper: HTMLSpanElement | null) => paper?.replaceChildren(canvas), [canvas]);
  return (
    <span className="send-thumb send-thumb-picture" aria-hidden="true">
      <span className={`send-thumb-sheet${pages > 1 ? ' is-stacked' : ''}`}>
        <span className="send-thumb-paper" ref={attach} />
      </span>
    </span>
  );
}

function DocumentIcon({ file, ref }: { file: SendFile; ref?: Ref<HTMLSpanElement> }) {
  const label = file.state === 'error' ? '!' : file.state === 'checking' ? '…' : (file.kind ?? '').toUpperCase();
  const stacked = file.state === 'ready' && (file.pages ?? 0) > 1;
  return (
    <span
      ref={ref}
      className={`send-thumb send-thumb-document is-${file.state}${stacked ? ' is-stacked' : ''}`}
      aria-hidden="true"
    >
      <svg viewBox="0 0 36 46" focusable="false">
        <path
          className="sheet"
          d="M3.5 1.5h20l11 11v30.5a1.5 1.5 0 0 1-1.5 1.5H3.5A1.5 1.5 0 0 1 2 43V3a1.5 1.5 0 0 1 1.5-1.5z"
        />
        <path className="fold" d="M23.5 1.5v9.5a1.5 1.5 0 0 0 1.5 1.5h9.5" />
        <path className="lines" d="M8 20h20M8 25h20M8 30h14" />
      </svg>
      <span className="send-thumb-kind">{label}</span>
    </span>
  );
}
