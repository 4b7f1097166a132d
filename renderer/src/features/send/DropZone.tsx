/**
 * Where documents come in: dropped from the desktop or a file manager, or picked with the
 * system file dialog. It is a real button, so Tab reaches it and Enter or Space opens the
 * dialog, as does O from anywhere on Send; dragging files over it lights it up.
 */
import { useEffect, useId, useRef, useState, type DragEvent, type Ref } from 'react';
import { ariaKeyShortcuts, shortcutKeys } from '../shortcuts/keyboard-shortcuts';
import { Keys } from '../shortcuts/Keys';
import { useShortcut } from '../shortcuts/use-shortcut';

export const ACCEPTED_FILES = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,image/png,image/jpeg,image/tiff';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

export function DropZone({
  onFiles,
  compact,
  ref,
}: {
  onFiles: (files: File[]) => void;
  /** Smaller once there are files on the list. */
  compact: boolean;
  ref?: Ref<HTMLButtonElement>;
}) {
  const input = useRef<HTMLInputElement>(null);
  // dragenter/dragleave fire for every child crossed; counting them tells when the pointer really left.
  const depth = useRef(0);
  const [dragging, setDragging] = useState(false);
  const titleId = useId();
  const hintId = useId();
  useShortcut('chooseFiles', () => input.current?.click());

  useEffect(() => {
    // A file dropped beside the zone would otherwise open in the window in place of Faxdesk.
    const refuse = (event: globalThis.DragEvent) => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);

  const onDragEnter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current += 1;
    setDragging(true);
  };
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    depth.current = 0;
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    <>
      <button
        ref={ref}
        type="button"
        className={`send-dropzone${dragging ? ' is-dragging' : ''}${compact ? ' is-compact' : ''}`}
        aria-labelledby={titleId}
        aria-describedby={hintId}
        aria-keyshortcuts={ariaKeyShortcuts('chooseFiles', navigator.platform)}
        onClick={() => input.current?.click()}
        onDragEnter={onDragEnter}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <svg className="send-dropzone-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 15V4m0 0L7.5 8.5M12 4l4.5 4.5" />
          <path d="M4 14v4.5A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5V14" />
        </svg>
        <span id={titleId} className="send-dropzone-text">
          <span className="send-dropzone-title">Drop PDFs or images here</span>
          <span className="send-dropzone-sub">
            or click or press <Keys keys={shortcutKeys('chooseFiles', navigator.platform)} /> to choose files
          </span>
        </span>
        <span id={hintId} className="send-dropzone-hint">
          PDF, PNG, JPEG or TIFF · up to 50 MB each
        </span>
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared so that choosing the same file again (after removing it) still counts as a change.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
