/**
 * One received fax in the list: when, from whom (their number and caller id, and which of the
 * account's numbers it came to), pages, and its state. Unread faxes are bold and say so to a
 * screen reader. Rows are placed by the virtualiser; a row whose page has not arrived says so.
 */
import { memo } from 'react';
import type { ReceivedFaxSummary } from '../../../../preload/contract';
import { fullTime, isoTime, listTime } from '../history/format-time';
import { gridRowProps, LoadingRow, StatusCell, type GridRowPlace } from '../history/grid-row';
import { shownNumber } from '../history/shown-number';
import { INBOX_COLUMN_COUNT } from './InboxListHeader';
import { ReceivedBadge } from './ReceivedBadge';
import { receivedBadge, senderText } from './received-text';

export interface InboxRowProps extends GridRowPlace {
  fax: ReceivedFaxSummary | undefined;
  selected: boolean;
  homeCountry: string | undefined;
}

export const InboxRow = memo(function InboxRow({
  fax,
  index,
  top,
  height,
  tabStop,
  selected,
  onActivate,
  homeCountry,
}: InboxRowProps) {
  const common = gridRowProps('data-inbox-row', { index, top, height, tabStop, onActivate });
  if (!fax) return <LoadingRow rowProps={common} columns={INBOX_COLUMN_COUNT} />;

  const badge = receivedBadge(fax);
  return (
    <div
      {...common}
      className={fax.read ? 'job-row' : 'job-row inbox-row-unread'}
      aria-selected={selected}
      data-fax-id={fax.id}
      data-read={fax.read}
      onClick={() => onActivate(index, true)}
    >
      <div role="gridcell" className="job-cell job-cell-time">
        {!fax.read && <span className="visually-hidden">Unread, </span>}
        <time dateTime={isoTime(fax.receivedAt)} title={fullTime(fax.receivedAt)}>
          {listTime(fax.receivedAt)}
        </time>
      </div>
      <div role="gridcell" className="job-cell job-cell-recipient">
        <span className="job-number">{senderText(fax, homeCountry)}</span>
        <span className="job-secondary">To {shownNumber(fax.to, homeCountry)}</span>
      </div>
      <div role="gridcell" className="job-cell job-cell-number">
        {fax.pages ?? '–'}
      </div>
      <StatusCell chip={<ReceivedBadge badge={badge} fax={fax} />} note={badge.note} sandbox={fax.sandbox} />
    </div>
  );
});
