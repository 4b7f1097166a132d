/**
 * The heading of a fax's detail (sent or received), which takes the focus when the fax is
 * opened with the keyboard, and the button that closes the detail. Stays in view as it scrolls.
 */
import type { ReactNode, Ref } from 'react';

export function DetailHeader({
  id,
  headingRef,
  title,
  children,
  onClose,
}: {
  id: string;
  headingRef: Ref<HTMLHeadingElement>;
  title: string;
  /** What goes under the heading (a contact's number). */
  children?: ReactNode;
  onClose: () => void;
}) {
  return (
    <header className="job-detail-header">
      <div>
        <h3 id={id} ref={headingRef} tabIndex={-1}>
          {title}
        </h3>
        {children}
      </div>
      <button type="button" className="job-detail-close" aria-label="Close fax details" onClick={onClose}>
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 4l8 8M12 4l-8 8" />
        </svg>
      </button>
    </header>
  );
}
