/**
 * A fax grid's column headers, the grid's first row: history's (the tries a fax took are told in
 * its status) and, through ListHeader, the inbox's.
 */
export interface ListColumn {
  label: string;
  numeric: boolean;
}

const COLUMNS: ListColumn[] = [
  { label: 'Date', numeric: false },
  { label: 'Recipient', numeric: false },
  { label: 'Pages', numeric: true },
  { label: 'Status', numeric: false },
];

export const COLUMN_COUNT = COLUMNS.length;

export function JobListHeader({ height }: { height: number }) {
  return <ListHeader columns={COLUMNS} height={height} />;
}

export function ListHeader({ columns, height }: { columns: readonly ListColumn[]; height: number }) {
  return (
    <div role="rowgroup" className="job-list-head">
      <div role="row" aria-rowindex={1} className="job-row job-row-head" style={{ height }}>
        {columns.map(({ label, numeric }) => (
          <div key={label} role="columnheader" className={numeric ? 'job-cell job-cell-number' : 'job-cell'}>
            {label}
          </div>
        ))}
      </div>
    </div>
  );
}
