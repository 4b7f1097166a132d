/**
 * One received fax in the list: when, from whom (their number and caller id, and which of the
 * account's numbers it came to), pages, and its state. Unread faxes are bold and say so to a
 * screen reader. Rows are placed by the virtualiser; a row whose page has not arrived says so.
 */
import { memo } from 'react';
import type { ReceivedFaxSummary } from '../../../../preload/contract';
import { SandboxTag } from '../../components/SandboxMarker';
import { fullTime, isoTime, listTime } from '../history/format-time';
import { shownNumber } from '../history/shown-number';
import { INBOX_COLUMN_COUNT } from './InboxListHeader';
import { ReceivedBadge } from './ReceivedBadge';
import { receivedBadge, senderText } from './received-text';

export interface InboxRowProps {
  fax: ReceivedFaxSummary | undefined;
  index: number;
  top: number;
  height: number;
  tabStop: boolean;
  selected: boolean;
  onActivate: (index: number, open: boolean) => void;
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
  const common = {
    role: 'row',
    'data-inbox-row': '',
    'data-index': index,
    'aria-rowindex': index + 2, // the header is row 1
    tabIndex: tabStop ? 0 : -1,
    style: { transform: `translateY(${top}px)`, height },
    onFocus: () => onActivate(index, false),
  } as const;

  if (!fax) {
    return (
      <div {...common} className="job-row job-row-loading" aria-busy="true">
        <div role="gridcell" aria-colspan={INBOX_COLUMN_COUNT} className="job-cell">
          Loading…
        </div>
      </div>
    );
  }

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
      <div role="gridcell" className="job-cell job-cell-status">
        <ReceivedBadge badge={badge} fax={fax} />
        {(badge.note || fax.sandbox) && (
          <span className="job-secondary job-status-note">
            {fax.sandbox && <SandboxTag />}
            {badge.note}
          </span>
        )}
      </div>
    </div>
  );
});
