/**
 * One contact, as the address book shows it beside the list: its numbers with their labels,
 * phone, notes and groups; Fax (opens Send with its first number), Edit, and Delete with a
 * second step, since a deleted contact cannot be brought back.
 */
import { useEffect, useRef } from 'react';
import type { ContactView } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { DeleteWithConfirmation } from '../../components/DeleteWithConfirmation';
import { faxdesk, unwrap } from '../../lib/api';

export function ContactDetail({
  contact,
  country,
  onEdit,
  onFax,
  onClose,
  onDeleted,
}: {
  contact: ContactView;
  country: string;
  onEdit: () => void;
  onFax: (number: string, name: string) => void;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [contact.id]);
  const first = contact.faxNumbers[0];
  return (
    <section
      className="contacts-pane"
      aria-labelledby="contact-detail-name"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h3 id="contact-detail-name" ref={heading} tabIndex={-1}>
        {contact.name}
      </h3>
      {contact.organization && <p className="muted">{contact.organization}</p>}
      <dl className="contacts-facts">
        <dt>Fax</dt>
        <dd>
          <ul className="contacts-numbers">
            {contact.faxNumbers.map((n) => (
              <li key={n.number}>
                {formatFaxNumber(n.number, country)}
                {n.label && <span className="muted"> · {n.label}</span>}
              </li>
            ))}
          </ul>
        </dd>
        {contact.phone && (
          <>
            <dt>Phone</dt>
            <dd>{contact.phone}</dd>
          </>
        )}
        {contact.groups.length > 0 && (
          <>
            <dt>Groups</dt>
            <dd>{contact.groups.join(', ')}</dd>
          </>
        )}
        {contact.notes && (
          <>
            <dt>Notes</dt>
            <dd className="contacts-notes">{contact.notes}</dd>
          </>
        )}
      </dl>
      <div className="actions">
        {first && (
          <button type="button" className="primary" onClick={() => onFax(first.number, contact.name)}>
            Fax {contact.name}
          </button>
        )}
        <button type="button" onClick={onEdit}>
          Edit
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <DeleteWithConfirmation
        ask="Delete contact…"
        question={`Delete ${contact.name} from your address book? Faxes already sent keep the name they went with. This cannot be undone.`}
        confirm="Delete"
        keep="Keep it"
        onDelete={async () => {
          await unwrap(faxdesk().contacts.remove(contact.id));
          onDeleted();
        }}
      />
    </section>
  );
}
