/**
 * A panel over the window, for a closer look or a short reference: the browser's own modal
 * <dialog>, so the rest of the window is inert, focus stays inside, Escape closes it, and
 * focus goes back to whatever opened it. Shown while mounted; `onClose` asks the owner to
 * unmount it (after Escape, the Close button or a click beside the panel).
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal-dialog.css';

export function ModalDialog({
  title,
  onClose,
  className,
  children,
}: {
  title: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element?.showModal();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`modal-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      // The close event comes a moment after close(): a dialog shown again since then stays.
      onClose={() => {
        if (!dialog.current?.open) onClose();
      }}
      // The panel fills the dialog but for its backdrop, so a click on the dialog itself was beside the panel.
      onClick={(event) => {
        if (event.target === dialog.current) dialog.current.close();
      }}
    >
      <div className="modal-dialog-panel">
        <div className="modal-dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
