/**
 * Find received faxes: words (the sender, the number and the words on the pages, after a short
 * pause), unread only, state, and which of the account's numbers a fax came to. Nothing is
 * filtered until the person asks; "Clear filters" brings every fax back.
 */
import type { Dispatch, SetStateAction } from 'react';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { SearchField, useDebouncedSearch } from '../history/SearchField';
import { useAccountNumbers } from '../settings/use-account-numbers';
import { isInboxFiltered, NO_INBOX_FILTERS, type InboxFilterState } from './inbox-query';
import { InboxShowFilter } from './InboxShowFilter';

export function InboxFilters({
  filters,
  onChange,
  homeCountry,
}: {
  filters: InboxFilterState;
  onChange: Dispatch<SetStateAction<InboxFilterState>>;
  homeCountry: string | undefined;
}) {
  const { text, search, reset } = useDebouncedSearch(filters.search, (value) =>
    onChange((current) => ({ ...current, search: value })),
  );
  const { numbers } = useAccountNumbers(filters.numbers);

  const clear = () => {
    reset();
    onChange(NO_INBOX_FILTERS);
  };

  return (
    <form
      className="history-filters"
      role="search"
      aria-label="Find received faxes"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="history-filters-row">
        <SearchField text={text} onSearch={search} placeholder="Sender, number, or words on the pages" />
        {numbers.length > 1 && (
          <label className="history-field">
            <span>Sent to</span>
            <select
              value={filters.numbers[0] ?? ''}
              onChange={(e) => onChange((current) => ({ ...current, numbers: e.target.value ? [e.target.value] : [] }))}
            >
              <option value="">All numbers</option>
              {numbers.map((number) => (
                <option key={number} value={number}>
                  {formatFaxNumber(number, homeCountry)}
                </option>
              ))}
            </select>
          </label>
        )}
        {(isInboxFiltered(filters) || text) && (
          <button type="button" className="history-clear" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
      <InboxShowFilter filters={filters} onChange={onChange} />
    </form>
  );
}
