/**
 * The documents to fax, in the order they will be sent: name, size, page count and a
 * thumbnail each, with buttons to move or remove them. A file that cannot be faxed says why
 * in the engine's words. Focus stays with the file that was moved, or moves to its
 * neighbour when one is removed, so keyboard users never lose their place.
 */
import { Fragment, useEffect, useRef } from 'react';
import { FilePreview } from './FilePreview';
import { formatSize, pagesText, type SendFile } from './send-model';

type Action = 'up' | 'down' | 'remove';

export function FileList({
  files,
  onMove,
  onRemove,
  onEmptied,
  announce,
}: {
  files: SendFile[];
  onMove: (id: string, delta: -1 | 1) => void;
  onRemove: (id: string) => void;
  /** Called when the last file is removed, to put focus somewhere sensible. */
  onEmptied: () => void;
  announce: (message: string) => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<{ id: string; action: Action } | null>(null);

  useEffect(() => {
    const request = pendingFocus.current;
    if (!request || !list.current) return;
    pendingFocus.current = null;
    const button = (id: string, action: Action) =>
      list.current?.querySelector<HTMLButtonElement>(`[data-file-id="${id}"] [data-action="${action}"]`);
    const preferred = button(request.id, request.action);
    const fallback = button(request.id, request.action === 'up' ? 'down' : 'up');
    (preferred && !preferred.disabled ? preferred : fallback)?.focus();
  });

  if (files.length === 0) return null;

  const move = (file: SendFile, index: number, delta: -1 | 1) => {
    pendingFocus.current = { id: file.id, action: delta < 0 ? 'up' : 'down' };
    onMove(file.id, delta);
    announce(`${file.name} moved to position ${index + delta + 1} of ${files.length}.`);
  };

  const remove = (file: SendFile, index: number) => {
    const neighbour = files[index + 1] ?? files[index - 1];
    if (neighbour) pendingFocus.current = { id: neighbour.id, action: 'remove' };
    else onEmptied();
    onRemove(file.id);
    announce(`${file.name} removed.`);
  };

  return (
    <ol className="send-files" ref={list} aria-label="Documents to fax, in order">
      {files.map((file, index) => (
        <li key={file.id} className={`send-file is-${file.state}`} data-file-id={file.id}>
          <span className="send-file-position" aria-hidden="true">
            {index + 1}
          </span>
          <FilePreview file={file} />
          <div className="send-file-info">
            <span className="send-file-name" title={file.name}>
              {file.name}
            </span>
            <span className="send-file-meta">
              {describe(file).map((part, index) => (
                // Each part ("2 pages", "877 bytes") stays on one line; the row wraps between them.
                <Fragment key={part}>
                  {index > 0 && ' · '}
                  <span className="send-file-meta-part">{part}</span>
                </Fragment>
              ))}
            </span>
          </div>
          <div className="send-file-actions">
            <IconButton
              action="up"
              label={`Move ${file.name} up`}
              disabled={index === 0}
              onClick={() => move(file, index, -1)}
            />
            <IconButton
              action="down"
              label={`Move ${file.name} down`}
              disabled={index === files.length - 1}
              onClick={() => move(file, index, 1)}
            />
            <IconButton action="remove" label={`Remove ${file.name}`} onClick={() => remove(file, index)} />
          </div>
          {file.state === 'error' && file.error && (
            <p className="send-file-error" role="alert">
              <span className="send-error-mark" aria-hidden="true">
                !
              </span>
              {file.error}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Pages and size; the kind is on the icon (and in the name), so it is not repeated here. */
function describe(file: SendFile): string[] {
  if (file.state === 'checking') return ['Checking…', formatSize(file.size)];
  if (file.state === 'error') return ['Cannot be faxed'];
  return file.pages !== null ? [pagesText(file.pages), formatSize(file.size)] : [formatSize(file.size)];
}

const ICONS: Record<Action, string> = {
  up: 'M12 19V5m0 0l-6 6m6-6l6 6',
  down: 'M12 5v14m0 0l-6-6m6 6l6-6',
  remove: 'M6 6l12 12M18 6L6 18',
};

function IconButton({
  action,
  label,
  disabled,
  onClick,
}: {
  action: Action;
  label: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={`send-icon-button is-${action}`}
      aria-label={label}
      title={label}
      data-action={action}
      disabled={disabled}
      onClick={onClick}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={ICONS[action]} />
      </svg>
    </button>
  );
}
