/** Which received faxes the inbox shows: unread only, and by state (receiving, received, failed). */
import type { Dispatch, SetStateAction } from 'react';
import { StatusIcon } from '../history/StatusBadge';
import { INBOX_STATUS_FILTERS, type InboxFilterState } from './inbox-query';
import { receivedStep } from './received-text';

export function InboxShowFilter({
  filters,
  onChange,
}: {
  filters: InboxFilterState;
  onChange: Dispatch<SetStateAction<InboxFilterState>>;
}) {
  const toggle = (status: (typeof INBOX_STATUS_FILTERS)[number]) =>
    onChange((current) => ({
      ...current,
      statuses: current.statuses.includes(status)
        ? current.statuses.filter((s) => s !== status)
        : INBOX_STATUS_FILTERS.filter((s) => s === status || current.statuses.includes(s)),
    }));

  return (
    <div className="history-status-filter" role="group" aria-labelledby="inbox-status-label">
      <span id="inbox-status-label" className="history-status-label">
        Show
      </span>
      <button
        type="button"
        className="history-toggle"
        aria-pressed={filters.unreadOnly}
        onClick={() => onChange((current) => ({ ...current, unreadOnly: !current.unreadOnly }))}
      >
        Unread only
      </button>
      {INBOX_STATUS_FILTERS.map((status) => {
        const { kind, label } = receivedStep(status);
        return (
          <button
            key={status}
            type="button"
            className={`history-toggle fax-state-${kind}`}
            aria-pressed={filters.statuses.includes(status)}
            onClick={() => toggle(status)}
          >
            <StatusIcon kind={kind} />
            {label}
          </button>
        );
      })}
    </div>
  );
}
