/**
 * The address book's list for a search and a group: a ContactListStore over contacts:list, read
 * again in place whenever contacts change (saved here, imported, or by the command line).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { faxdesk, unwrap } from '../../lib/api';
import { ContactListStore, type ContactListQuery } from './contact-list-store';

export function useContactList(query: ContactListQuery) {
  const [store] = useState(() => new ContactListStore((request) => unwrap(faxdesk().contacts.list(request))));
  useEffect(() => store.setQuery(query), [store, query]);
  useEffect(() => faxdesk().contacts.onChanged(() => store.reload()), [store]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { store, snapshot };
}
