/**
 * The address book's groups beside the list: "All contacts" and each group with its member
 * count; choosing one filters the list to its members. The chosen group can be renamed or
 * deleted (its contacts stay, outside it).
 */
import type { ContactGroupView } from '../../../../preload/contract';
import { contactsText } from './contact-text';
import { GroupActions } from './GroupActions';

export function GroupsPanel({
  groups,
  selectedId,
  onSelect,
}: {
  groups: readonly ContactGroupView[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const selected = groups.find((g) => g.id === selectedId) ?? null;
  return (
    <nav className="contacts-groups" aria-label="Groups">
      <h3 className="contacts-groups-title">Groups</h3>
      <ul>
        <li>
          <button
            type="button"
            className="contacts-group"
            aria-current={selectedId === null ? 'true' : undefined}
            onClick={() => onSelect(null)}
          >
            All contacts
          </button>
        </li>
        {groups.map((group) => (
          <li key={group.id}>
            <button
              type="button"
              className="contacts-group"
              aria-current={group.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(group.id)}
            >
              <span>
                {group.name}
                <span className="visually-hidden">, {contactsText(group.memberCount)}</span>
              </span>
              <span className="contacts-group-count" aria-hidden="true">
                {group.memberCount}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {groups.length === 0 && (
        <p className="muted contacts-groups-none">Groups appear here once a contact is in one.</p>
      )}
      {selected && <GroupActions key={selected.id} group={selected} onDeleted={() => onSelect(null)} />}
    </nav>
  );
}
