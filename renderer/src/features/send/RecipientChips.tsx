/**
 * The recipients added so far, each a chip with a button that removes it; a number typed by hand
 * (no name yet) also has "Save as contact".
 */
import type { Ref } from 'react';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { recipientLabel } from './recipient-text';
import type { Recipient } from './send-model';

export function RecipientChips({
  recipients,
  country,
  onRemove,
  onSaveAsContact,
  ref,
}: {
  recipients: Recipient[];
  country: string;
  onRemove: (index: number) => void;
  onSaveAsContact: (number: string) => void;
  ref?: Ref<HTMLUListElement>;
}) {
  if (recipients.length === 0) return null;
  return (
    <ul className="send-chips" aria-label="Recipients" ref={ref}>
      {recipients.map((recipient, index) => (
        <li key={recipient.number} className="send-chip">
          <span className="send-chip-text">
            {recipient.name && <span className="send-chip-name">{recipient.name}</span>}
            <span className="send-chip-number">{formatFaxNumber(recipient.number, country)}</span>
          </span>
          {!recipient.name && (
            <button
              type="button"
              className="send-chip-save"
              aria-label={`Save ${formatFaxNumber(recipient.number, country)} as a contact`}
              onClick={() => onSaveAsContact(recipient.number)}
            >
              Save as contact
            </button>
          )}
          <button
            type="button"
            aria-label={`Remove ${recipientLabel(recipient, country)}`}
            onClick={() => onRemove(index)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M7 7l10 10M17 7L7 17" />
            </svg>
          </button>
        </li>
      ))}
    </ul>
  );
}
