/**
 * Who the fax goes to: numbers typed (formatted as they are typed, checked as the engine
 * will check them) or picked from the address book (a contact, or a group's members) or recent
 * recipients, each shown as a removable chip; a number typed by hand can be saved as a contact
 * in one step. The
 * input is an ARIA combobox over a listbox of suggestions: arrow keys move through them,
 * Enter picks one, and Enter, comma or "Add" adds what was typed.
 */
import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { formatAsTyped } from './fax-number';
import { RecipientChips } from './RecipientChips';
import { matchRecents } from './recipient-text';
import { addedText, combineSuggestions, recipientsOf, type Suggestion } from './recipient-suggestions';
import { RecipientSuggestions } from './RecipientSuggestions';
import { SaveAsContactDialog } from './SaveAsContactDialog';
import { useContactSuggestions } from './use-contact-suggestions';
import { useRecentRecipients } from './use-recent-recipients';
import { useRecipientCombobox } from './use-recipient-combobox';
import { useRecipientEditing, type RecipientsFieldProps } from './use-recipient-editing';

export function RecipientsField(props: RecipientsFieldProps) {
  const { recipients, draft, onDraftChange, country } = props;
  const { recents, refresh: refreshRecents } = useRecentRecipients();
  const input = useRef<HTMLInputElement>(null);
  const chips = useRef<HTMLUListElement>(null);
  const editing = useRecipientEditing({ ...props, recents, input, chips });
  const { message } = editing;
  const ids = { input: useId(), listbox: useId(), hint: useId(), message: useId() };

  const fromContacts = useContactSuggestions(draft);
  const [saving, setSaving] = useState<string | null>(null);
  const suggestions = useMemo(
    () => combineSuggestions(fromContacts, matchRecents(recents, draft, recipients, country), recipients),
    [fromContacts, recents, draft, recipients, country],
  );
  const pick = (suggestion: Suggestion) => {
    const added = recipientsOf(suggestion, recipients);
    editing.pick(added, addedText(suggestion, added, country));
    combobox.close();
  };
  const commit = (text: string, options?: { quiet?: boolean }) => {
    if (editing.commit(text, options)) combobox.setActive(-1);
  };
  const combobox = useRecipientCombobox({ suggestions, draft, country, onPick: pick, onCommit: () => commit(draft) });

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const raw = event.target.value;
    // Formatting only while typing at the end: deleting a bracket or a space must not put it straight back.
    const typingAtEnd = raw.length > draft.length && event.target.selectionStart === raw.length;
    onDraftChange(typingAtEnd ? formatAsTyped(raw, country) : raw);
    combobox.reopen();
    if (message) editing.setMessage(null);
  };

  const invalid = message?.kind === 'error';
  const { expanded, activeIndex } = combobox;
  return (
    <div className="send-recipients">
      <label className="send-label" htmlFor={ids.input}>
        Fax number
      </label>
      <div
        className={`send-tokenfield${invalid ? ' is-invalid' : ''}`}
        // A click on the field's empty space goes to the text box, as in any text field.
        onMouseDown={(event) => {
          if (event.target !== event.currentTarget) return;
          event.preventDefault();
          input.current?.focus();
        }}
      >
        <RecipientChips
          ref={chips}
          recipients={recipients}
          country={country}
          onRemove={editing.remove}
          onSaveAsContact={setSaving}
        />
        <input
          ref={input}
          id={ids.input}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="done"
          placeholder={recipients.length > 0 ? undefined : 'Type a fax number or a name'}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={ids.listbox}
          aria-activedescendant={activeIndex >= 0 ? `${ids.listbox}-${activeIndex}` : undefined}
          aria-invalid={invalid}
          aria-describedby={message ? `${ids.hint} ${ids.message}` : ids.hint}
          value={draft}
          onChange={onChange}
          onKeyDown={combobox.onKeyDown}
          onFocus={() => {
            // Refreshed whenever the field is entered, so a number used a minute ago is already offered.
            refreshRecents();
            combobox.setOpen(true);
          }}
          onBlur={() => {
            combobox.close();
            // A complete number left in the field is added, as it obviously was meant to be.
            commit(draft, { quiet: true });
          }}
        />
        <RecipientSuggestions
          id={ids.listbox}
          suggestions={suggestions}
          expanded={expanded}
          activeIndex={activeIndex}
          country={country}
          onActivate={combobox.setActive}
          onPick={pick}
        />
        {/* Never disabled: Tab from a complete number adds it on blur, and focus must still land here. */}
        <button
          type="button"
          className="send-add"
          onClick={() => {
            if (draft.trim()) commit(draft);
            else input.current?.focus();
          }}
        >
          Add
        </button>
      </div>
      <p id={ids.hint} className="send-hint">
        Press Enter or a comma after each number. Each number gets its own fax.
      </p>
      {message && (
        <p id={ids.message} role={invalid ? 'alert' : 'status'} className={invalid ? 'send-field-error' : 'send-hint'}>
          {invalid && (
            <span className="send-error-mark" aria-hidden="true">
              !
            </span>
          )}
          {message.text}
        </p>
      )}
      {saving && (
        <SaveAsContactDialog
          number={saving}
          country={country}
          onSaved={(contact) => {
            editing.rename(saving, contact.name);
            setSaving(null);
            props.announce(`Saved ${contact.name} as a contact.`);
          }}
          onClose={() => setSaving(null)}
        />
      )}
    </div>
  );
}
