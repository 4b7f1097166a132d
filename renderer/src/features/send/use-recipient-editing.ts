/**
 * Adding and removing recipients: numbers added from what was typed (several may be pasted at
 * once; what cannot be added stays typed, explained), a suggestion picked (a contact, a
 * group's members, a recent number), a chip removed, a chip named once saved as a contact — each announced for screen readers, with the focus kept somewhere sensible.
 */
import { useState, type RefObject } from 'react';
import type { RecentRecipient } from '../../../../preload/contract';
import { invalidNumberMessage } from './fax-number';
import { parseRecipientText, recipientLabel } from './recipient-text';
import type { Recipient } from './send-model';

export type RecipientMessage = { text: string; kind: 'error' | 'info' } | null;

/** What the send form gives the recipients field. */
export interface RecipientsFieldProps {
  recipients: Recipient[];
  onRecipientsChange: (recipients: Recipient[]) => void;
  /** What is typed in the field and not yet added. */
  draft: string;
  onDraftChange: (text: string) => void;
  country: string;
  announce: (message: string) => void;
}

export function useRecipientEditing({
  recipients,
  onRecipientsChange,
  onDraftChange,
  country,
  recents,
  announce,
  input,
  chips,
}: Omit<RecipientsFieldProps, 'draft'> & {
  recents: readonly RecentRecipient[];
  /** The text box and the chips' list, where the focus goes when a chip is removed. */
  input: RefObject<HTMLInputElement | null>;
  chips: RefObject<HTMLUListElement | null>;
}) {
  const [message, setMessage] = useState<RecipientMessage>(null);
  const label = (r: Recipient) => recipientLabel(r, country);

  /** Adds what a suggestion stands for (a number, or a group's numbers), announced in `announcement`. */
  const pick = (added: readonly Recipient[], announcement: string) => {
    onRecipientsChange([...recipients, ...added]);
    onDraftChange('');
    setMessage(null);
    announce(announcement);
  };

  /** A chip's number was saved as a contact: the chip shows its name from now on. */
  const rename = (number: string, name: string) =>
    onRecipientsChange(recipients.map((r) => (r.number === number ? { ...r, name } : r)));

  /** Adds the numbers in `text`; false when nothing was done (nothing typed, or `quiet` and not all valid). */
  const commit = (text: string, { quiet = false } = {}): boolean => {
    const parsed = parseRecipientText(text, { country, taken: recipients, recents });
    if (!parsed) return false;
    const { added, refused, duplicate } = parsed;
    if (quiet && refused.length > 0) return false;
    if (added.length > 0) {
      onRecipientsChange([...recipients, ...added]);
      announce(`Added ${added.map(label).join(', ')}.`);
    }
    onDraftChange(refused.join(', '));
    if (refused[0] !== undefined) setMessage({ text: invalidNumberMessage(refused[0]), kind: 'error' });
    else if (duplicate) setMessage({ text: `${duplicate} is already on the list.`, kind: 'info' });
    else setMessage(null);
    return true;
  };

  const remove = (index: number) => {
    const removed = recipients[index];
    onRecipientsChange(recipients.filter((_, i) => i !== index));
    if (removed) announce(`Removed ${label(removed)}.`);
    // Focus goes to the next chip's button, or back to the field.
    const buttons = chips.current?.querySelectorAll<HTMLButtonElement>('button');
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    if (next) next.focus();
    else input.current?.focus();
  };

  return { message, setMessage, pick, rename, commit, remove };
}
