/**
 * A file's thumbnail, as a button that opens its first page large (click, Enter or Space), so
 * the person can read enough of it to be sure it is the right patient's or client's record
 * before it goes. The large page is drawn by the same code as the thumbnail, only bigger.
 */
import { useCallback, useRef, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { FileThumbnail } from './FileThumbnail';
import { formatSize, type SendFile } from './send-model';
import { useImageBytes } from './use-image-bytes';
import { canDrawPage, usePageThumbnail } from './use-page-thumbnail';

type Viewable = SendFile & { bytes: Uint8Array<ArrayBuffer>; kind: 'pdf' | 'tiff' | 'png' | 'jpeg' };

const isViewable = (file: SendFile): file is Viewable =>
  file.state === 'ready' &&
  file.bytes !== null &&
  (file.kind === 'png' || file.kind === 'jpeg' || canDrawPage(file.kind));

export function FilePreview({ file }: { file: SendFile }) {
  const [open, setOpen] = useState(false);
  if (!isViewable(file)) return <FileThumbnail file={file} />;
  const label = `View the first page of ${file.name}`;
  return (
    <>
      <button
        type="button"
        className="send-thumb-button"
        aria-label={label}
        title={label}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <FileThumbnail file={file} />
      </button>
      {open && (
        <ModalDialog title={file.name} className="send-preview" onClose={() => setOpen(false)}>
          <p className="send-preview-note">
            {file.pages && file.pages > 1 ? `Page 1 of ${file.pages}` : 'Page 1'} · {formatSize(file.size)}
          </p>
          <LargePage file={file} />
        </ModalDialog>
      )}
    </>
  );
}

function LargePage({ file }: { file: Viewable }) {
  if (file.kind === 'png' || file.kind === 'jpeg') return <LargeImage bytes={file.bytes} type={`image/${file.kind}`} />;
  return <LargeDrawnPage bytes={file.bytes} kind={file.kind} />;
}

function LargeImage({ bytes, type }: { bytes: Uint8Array<ArrayBuffer>; type: string }) {
  const image = useImageBytes(bytes, type);
  return (
    <div className="send-preview-frame">
      <img ref={image} className="send-preview-image" alt="" />
    </div>
  );
}

function LargeDrawnPage({ bytes, kind }: { bytes: Uint8Array<ArrayBuffer>; kind: 'pdf' | 'tiff' }) {
  // The empty frame is measured to size the picture; the picture then takes its place.
  const frame = useRef<HTMLDivElement>(null);
  const { picture, failed } = usePageThumbnail(bytes, kind, frame);
  // The canvas has the screen's pixels for the frame's size; send.css fits it to the frame.
  const attach = useCallback(
    (shown: HTMLDivElement | null) => {
      if (picture) shown?.replaceChildren(picture);
    },
    [picture],
  );
  if (picture) return <div className="send-preview-frame" ref={attach} />;
  return (
    <div className="send-preview-frame" ref={frame}>
      <p className="muted" role="status">
        {failed
          ? 'Faxdesk cannot draw this page here. The fax is made from the file itself: check it in the program that made it.'
          : 'Drawing the first page…'}
      </p>
    </div>
  );
}
