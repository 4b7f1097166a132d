/** The history grid's column headers: the grid's first row. */
export function JobListHeader({ height }: { height: number }) {
  return (
    <div role="rowgroup" className="job-list-head">
      <div role="row" aria-rowindex={1} className="job-row job-row-head" style={{ height }}>
        <div role="columnheader" className="job-cell">
          Date
        </div>
        <div role="columnheader" className="job-cell">
          Recipient
        </div>
        <div role="columnheader" className="job-cell job-cell-number">
          Pages
        </div>
        <div role="columnheader" className="job-cell">
          Status
        </div>
        <div role="columnheader" className="job-cell job-cell-number">
          Attempts
        </div>
      </div>
    </div>
  );
}
