/**
 * Search (as you type, after a short pause), status and date range. Nothing is filtered until
 * the person asks; "Clear filters" brings every fax back.
 */
import type { Dispatch, SetStateAction } from 'react';
import { dateRangeProblem, isFiltered, NO_FILTERS, STATUS_FILTERS, type HistoryFilterState } from './job-query';
import { CHIP_LABEL } from './job-text';
import { SearchField, useDebouncedSearch } from './SearchField';
import { StatusIcon } from './StatusBadge';

export function HistoryFilters({
  filters,
  onChange,
}: {
  filters: HistoryFilterState;
  onChange: Dispatch<SetStateAction<HistoryFilterState>>;
}) {
  const { text, search, reset } = useDebouncedSearch(filters.search, (value) =>
    onChange((current) => ({ ...current, search: value })),
  );

  const toggle = (status: (typeof STATUS_FILTERS)[number]) =>
    onChange((current) => ({
      ...current,
      statuses: current.statuses.includes(status)
        ? current.statuses.filter((s) => s !== status)
        : STATUS_FILTERS.filter((s) => s === status || current.statuses.includes(s)),
    }));

  const clear = () => {
    reset();
    onChange(NO_FILTERS);
  };

  const problem = dateRangeProblem(filters);

  return (
    <form className="history-filters" role="search" aria-label="Find faxes" onSubmit={(e) => e.preventDefault()}>
      <div className="history-filters-row">
        <SearchField text={text} onSearch={search} placeholder="Number, name, subject or file" />
        <label className="history-field">
          <span>Sent since</span>
          <input
            type="date"
            value={filters.from}
            max={filters.to || undefined}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'history-date-problem' : undefined}
            onChange={(e) => onChange((current) => ({ ...current, from: e.target.value }))}
          />
        </label>
        <label className="history-field">
          <span>Sent until</span>
          <input
            type="date"
            value={filters.to}
            min={filters.from || undefined}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'history-date-problem' : undefined}
            onChange={(e) => onChange((current) => ({ ...current, to: e.target.value }))}
          />
        </label>
        {(isFiltered(filters) || text) && (
          <button type="button" className="history-clear" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
      {problem && (
        <p id="history-date-problem" role="alert" className="error history-filters-problem">
          {problem}
        </p>
      )}
      <div className="history-status-filter" role="group" aria-labelledby="history-status-label">
        <span id="history-status-label" className="history-status-label">
          Status
        </span>
        {STATUS_FILTERS.map((status) => (
          <button
            key={status}
            type="button"
            className={`history-toggle fax-state-${status}`}
            aria-pressed={filters.statuses.includes(status)}
            onClick={() => toggle(status)}
          >
            <StatusIcon kind={status} />
            {CHIP_LABEL[status]}
          </button>
        ))}
      </div>
    </form>
  );
}
