/**
 * "Save as contact" for a number typed in Send: the address book's own form, with the number
 * already in it, in a panel over the window; once saved, the chip shows the contact's name.
 */
import type { ContactView } from '../../../../preload/contract';
import { ModalDialog } from '../../components/ModalDialog';
import { ContactFormPanel } from '../contacts/ContactFormPanel';
import { useContactGroups } from '../contacts/use-contact-groups';
import '../contacts/contacts.css';

export function SaveAsContactDialog({
  number,
  country,
  onSaved,
  onClose,
}: {
  number: string;
  country: string;
  onSaved: (contact: ContactView) => void;
  onClose: () => void;
}) {
  const groups = useContactGroups();
  return (
    <ModalDialog title="Save as contact" onClose={onClose} className="contacts-save-dialog">
      <ContactFormPanel number={number} country={country} groups={groups} onSaved={onSaved} onCancel={onClose} />
    </ModalDialog>
  );
}
