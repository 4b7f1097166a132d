/** Above the address book's list: the search (the records' full-text search), Add contact, Import… and Export. */
import { SearchField } from '../history/SearchField';

export function AddressBookToolbar({
  search,
  onSearch,
  onAdd,
  onImport,
  onExport,
  busy,
  canExport,
}: {
  search: string;
  onSearch: (text: string) => void;
  onAdd: () => void;
  onImport: () => void;
  onExport: (format: 'csv' | 'vcard') => void;
  busy: boolean;
  canExport: boolean;
}) {
  return (
    <div className="contacts-toolbar">
      <SearchField text={search} onSearch={onSearch} placeholder="Name, organisation or number" />
      <div className="actions">
        <button type="button" className="primary" onClick={onAdd}>
          Add contact
        </button>
        <button type="button" onClick={onImport} disabled={busy}>
          Import…
        </button>
        <button type="button" onClick={() => onExport('csv')} disabled={busy || !canExport}>
          Export CSV…
        </button>
        <button type="button" onClick={() => onExport('vcard')} disabled={busy || !canExport}>
          Export vCard…
        </button>
      </div>
    </div>
  );
}
