/** The inbox grid's column headers: the grid's first row, in history's layout. */
const COLUMNS = [
  { label: 'Received', numeric: false },
  { label: 'From', numeric: false },
  { label: 'Pages', numeric: true },
  { label: 'Status', numeric: false },
];

export const INBOX_COLUMN_COUNT = COLUMNS.length;

export function InboxListHeader({ height }: { height: number }) {
  return (
    <div role="rowgroup" className="job-list-head">
      <div role="row" aria-rowindex={1} className="job-row job-row-head" style={{ height }}>
        {COLUMNS.map(({ label, numeric }) => (
          <div key={label} role="columnheader" className={numeric ? 'job-cell job-cell-number' : 'job-cell'}>
            {label}
          </div>
        ))}
      </div>
    </div>
  );
}
