/** The address book's groups with their member counts, read again whenever contacts change. */
import { useCallback, useEffect, useState } from 'react';
import type { ContactGroupView } from '../../../../preload/contract';
import { faxdesk } from '../../lib/api';

export function useContactGroups() {
  const [groups, setGroups] = useState<ContactGroupView[]>([]);
  const refresh = useCallback(() => {
    void faxdesk()
      .contacts.groups()
      .then((result) => {
        if (result.ok) setGroups(result.value);
      });
  }, []);
  useEffect(() => {
    refresh();
    return faxdesk().contacts.onChanged(refresh);
  }, [refresh]);
  return groups;
}
