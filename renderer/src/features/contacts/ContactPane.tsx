/** Beside the list: the open contact, the add/edit form, or nothing. */
import type { ContactGroupView, ContactView } from '../../../../preload/contract';
import { ContactDetail } from './ContactDetail';
import { ContactFormPanel } from './ContactFormPanel';

export type PaneState =
  { kind: 'none' } | { kind: 'view'; contact: ContactView } | { kind: 'edit'; contact?: ContactView };

export function ContactPane({
  pane,
  country,
  groups,
  onPane,
  onClosed,
  onFax,
}: {
  pane: PaneState;
  country: string;
  groups: readonly ContactGroupView[];
  onPane: (pane: PaneState) => void;
  /** The pane closed: the focus goes back to the list. */
  onClosed: () => void;
  onFax: (number: string, name: string) => void;
}) {
  if (pane.kind === 'view') {
    return (
      <ContactDetail
        key={pane.contact.id}
        contact={pane.contact}
        country={country}
        onEdit={() => onPane({ kind: 'edit', contact: pane.contact })}
        onFax={onFax}
        onClose={() => {
          onPane({ kind: 'none' });
          onClosed();
        }}
        onDeleted={() => {
          onPane({ kind: 'none' });
          onClosed();
        }}
      />
    );
  }
  if (pane.kind === 'edit') {
    return (
      <ContactFormPanel
        key={pane.contact?.id ?? 'new'}
        contact={pane.contact}
        country={country}
        groups={groups}
        onSaved={(contact) => onPane({ kind: 'view', contact })}
        onCancel={() => {
          if (pane.contact) onPane({ kind: 'view', contact: pane.contact });
          else {
            onPane({ kind: 'none' });
            onClosed();
          }
        }}
      />
    );
  }
  return <p className="contacts-pane contacts-pane-empty muted">Choose a contact to see its numbers, or add one.</p>;
}
