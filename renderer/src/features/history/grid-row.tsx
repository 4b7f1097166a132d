/**
 * What every row of a fax grid has (history's and the inbox's): its place for the virtualiser,
 * its row index for a screen reader (the header is row 1), the roving tab stop, the row that
 * says "Loading…" while its page has not arrived, and the status cell (the chip, then the
 * sandbox tag and a few words under it).
 */
import type { ReactNode } from 'react';
import { SandboxTag } from '../../components/SandboxMarker';
export interface GridRowPlace {
  index: number;
  top: number;
  height: number;
  /** The row Tab lands on; the arrow keys move it. */
  tabStop: boolean;
  onActivate: (index: number, open: boolean) => void;
}

/** The row's attributes; `attribute` marks the grid's rows (use-roving-row-focus.ts finds them by it). */
export function gridRowProps(attribute: string, { index, top, height, tabStop, onActivate }: GridRowPlace) {
  return {
    role: 'row',
    [attribute]: '',
    'data-index': index,
    'aria-rowindex': index + 2,
    tabIndex: tabStop ? 0 : -1,
    style: { transform: `translateY(${top}px)`, height },
    onFocus: () => onActivate(index, false),
  } as const;
}

export function LoadingRow({ rowProps, columns }: { rowProps: ReturnType<typeof gridRowProps>; columns: number }) {
  return (
    <div {...rowProps} className="job-row job-row-loading" aria-busy="true">
      <div role="gridcell" aria-colspan={columns} className="job-cell">
        Loading…
      </div>
    </div>
  );
}

export function StatusCell({ chip, note, sandbox }: { chip: ReactNode; note: string | null; sandbox: boolean }) {
  return (
    <div role="gridcell" className="job-cell job-cell-status">
      {chip}
      {(note || sandbox) && (
        <span className="job-secondary job-status-note">
          {sandbox && <SandboxTag />}
          {note}
        </span>
      )}
    </div>
  );
}
