/**
 * The address book: contacts by name (search with the records' full-text search, or a group's
 * members), the chosen contact or the add/edit form beside them, the groups, and import and
 * export. "Fax" hands the contact's number to Send (App switches to it).
 */
import { useMemo, useRef, useState } from 'react';
import { useSettings } from '../../data/SettingsProvider';
import { useDebouncedSearch } from '../history/SearchField';
import { ListLoadError } from '../history/ListLoadError';
import { AddressBookToolbar } from './AddressBookToolbar';
import { contactCountText } from './contact-text';
import { ContactList } from './ContactList';
import { ContactPane, type PaneState } from './ContactPane';
import { GroupsPanel } from './GroupsPanel';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { useContactGroups } from './use-contact-groups';
import { useContactImport } from './use-contact-import';
import { useContactList } from './use-contact-list';
import '../history/history.css';
import './contacts.css';

export function AddressBookScreen({ onFax }: { onFax: (number: string, name: string) => void }) {
  const country = useSettings()?.defaultCountry ?? 'US';
  const [search, setSearch] = useState('');
  const [groupId, setGroupId] = useState<string | null>(null);
  const typed = useDebouncedSearch('', setSearch);
  const query = useMemo(
    () => ({ search: search.trim() || undefined, groupId: groupId ?? undefined }),
    [search, groupId],
  );
  const { store, snapshot } = useContactList(query);
  const groups = useContactGroups();
  const [pane, setPane] = useState<PaneState>({ kind: 'none' });
  const [announcement, setAnnouncement] = useState('');
  const files = useContactImport(setAnnouncement);
  const listArea = useRef<HTMLDivElement>(null);
  const focusList = () => listArea.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  const filtered = Boolean(query.search || query.groupId);

  return (
    <section className="history contacts" aria-labelledby="contacts-title">
      <div className="history-header">
        <h2 id="contacts-title">Address book</h2>
        <p className="history-count" role="status" data-testid="contacts-count">
          {snapshot.counted ? contactCountText(snapshot.total, filtered) : 'Loading…'}
        </p>
      </div>
      <AddressBookToolbar
        search={typed.text}
        onSearch={typed.search}
        onAdd={() => setPane({ kind: 'edit' })}
        onImport={() => void files.choose()}
        onExport={(format) => void files.exportAs(format, snapshot.total)}
        busy={files.busy}
        canExport={snapshot.total > 0 || filtered}
      />
      {files.error && !files.preview && (
        <p role="alert" className="error">
          {files.error}
        </p>
      )}
      <ListLoadError error={snapshot.error} onRetry={() => store.reload()} />
      <div className="contacts-body">
        <GroupsPanel groups={groups} selectedId={groupId} onSelect={setGroupId} />
        <div ref={listArea} className="contacts-list-area">
          <ContactList
            snapshot={snapshot}
            store={store}
            openId={pane.kind === 'view' ? pane.contact.id : null}
            country={country}
            onOpen={(contact) => setPane({ kind: 'view', contact })}
            empty={
              filtered ? (
                <p>No contacts match.</p>
              ) : (
                <p>No contacts yet. Add one, or import them from Outlook, Google Contacts or a vCard file.</p>
              )
            }
          />
        </div>
        <ContactPane
          pane={pane}
          country={country}
          groups={groups}
          onPane={setPane}
          onClosed={focusList}
          onFax={onFax}
        />
      </div>
      {files.preview && (
        <ImportPreviewDialog
          preview={files.preview}
          country={country}
          busy={files.busy}
          error={files.error}
          onConfirm={() => void files.confirm()}
          onCancel={files.cancel}
        />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
