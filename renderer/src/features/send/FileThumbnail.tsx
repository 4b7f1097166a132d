/**
 * A small picture of a file's first page. Images are shown as they are (from a blob: URL,
 * which the page's CSP allows, revoked as soon as the thumbnail goes away). The page has no
 * PDF or TIFF renderer, so those get a plain document icon with their page count, never a
 * picture that pretends to be their content.
 */
import { useEffect, useRef } from 'react';
import type { SendFile } from './send-model';

export function FileThumbnail({ file }: { file: SendFile }) {
  if (file.state === 'ready' && file.bytes && (file.kind === 'png' || file.kind === 'jpeg')) {
    return <ImageThumbnail bytes={file.bytes} type={`image/${file.kind}`} />;
  }
  return <DocumentIcon file={file} />;
}

function ImageThumbnail({ bytes, type }: { bytes: Uint8Array<ArrayBuffer>; type: string }) {
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    // Created and revoked in one effect, so every URL made is also released (StrictMode included).
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [bytes, type]);
  return (
    <span className="send-thumb send-thumb-picture" aria-hidden="true">
      <img ref={image} alt="" />
    </span>
  );
}

function DocumentIcon({ file }: { file: SendFile }) {
  const label = file.state === 'error' ? '!' : file.state === 'checking' ? '…' : (file.kind ?? '').toUpperCase();
  const stacked = file.state === 'ready' && (file.pages ?? 0) > 1;
  return (
    <span
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
      {file.state === 'ready' && file.pages !== null && <span className="send-thumb-pages">{file.pages}</span>}
    </span>
  );
}
