/** The inbox grid's column headers, in history's layout (ListHeader). */
import { ListHeader, type ListColumn } from '../history/JobListHeader';

const COLUMNS: ListColumn[] = [
  { label: 'Received', numeric: false },
  { label: 'From', numeric: false },
  { label: 'Pages', numeric: true },
  { label: 'Status', numeric: false },
];

export const INBOX_COLUMN_COUNT = COLUMNS.length;

export function InboxListHeader({ height }: { height: number }) {
  return <ListHeader columns={COLUMNS} height={height} />;
}
