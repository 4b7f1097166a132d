/**
 * The frame of a virtual fax grid (history's and the inbox's): the scrolled grid with its
 * header row and its sized body of rows, and what to say when there is nothing to list.
 */
import type { ReactNode, Ref } from 'react';

export function FaxGrid({
  label,
  columnCount,
  total,
  counted,
  totalSize,
  header,
  empty,
  scrollRef,
  gridHandlers,
  children,
}: {
  /** The grid's name for a screen reader ("Faxes, newest first"). */
  label: string;
  columnCount: number;
  total: number;
  counted: boolean;
  /** The height of all rows together, from the virtualiser. */
  totalSize: number;
  header: ReactNode;
  empty: ReactNode;
  scrollRef: Ref<HTMLDivElement>;
  gridHandlers: object;
  /** The rows in view. */
  children: ReactNode;
}) {
  return (
    <div className="job-list-frame">
      <div
        ref={scrollRef}
        className="job-list"
        role="grid"
        aria-label={label}
        aria-rowcount={total + 1}
        aria-colcount={columnCount}
        aria-readonly="true"
        aria-busy={!counted}
        {...gridHandlers}
      >
        {header}
        <div role="rowgroup" className="job-list-body" style={{ height: totalSize }}>
          {children}
        </div>
      </div>
      {counted && total === 0 && <div className="history-empty">{empty}</div>}
    </div>
  );
}
