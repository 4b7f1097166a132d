/**
 * Who the fax goes to: numbers typed (formatted as they are typed, checked as the engine
 * will check them) or picked from recent recipients, each shown as a removable chip. The
 * input is an ARIA combobox over a listbox of suggestions: arrow keys move through them,
 * Enter picks one, and Enter, comma or "Add" adds what was typed.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { RecentRecipient } from '../../../../preload/contract';
import { faxdesk } from '../../lib/api';
import { formatFaxNumber } from '../../../../domain/fax-number';
import { digitsOf, formatAsTyped, invalidNumberMessage, toE164 } from './fax-number';
import type { Recipient } from './send-model';

const MAX_SUGGESTIONS = 8;

type Message = { text: string; kind: 'error' | 'info' } | null;

export function RecipientsField({
  recipients,
  onRecipientsChange,
  draft,
  onDraftChange,
  country,
  announce,
}: {
  recipients: Recipient[];
  onRecipientsChange: (recipients: Recipient[]) => void;
  /** What is typed in the field and not yet added. */
  draft: string;
  onDraftChange: (text: string) => void;
  country: string;
  announce: (message: string) => void;
}) {
  const [recents, setRecents] = useState<RecentRecipient[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState<Message>(null);
  const input = useRef<HTMLInputElement>(null);
  const chips = useRef<HTMLUListElement>(null);
  const inputId = useId();
  const listboxId = useId();
  const hintId = useId();
  const messageId = useId();

  // Refreshed whenever the field is entered, so a number used a minute ago is already offered.
  const loadRecents = useCallback(() => {
    void faxdesk()
      .jobs.recentRecipients()
      .then((result) => {
        if (result.ok) setRecents(result.value);
      });
  }, []);
  useEffect(loadRecents, [loadRecents]);

  const suggestions = useMemo(
    () => matchRecents(recents, draft, recipients, country),
    [recents, draft, recipients, country],
  );
  const expanded = open && suggestions.length > 0;
  const activeIndex = expanded && active < suggestions.length ? active : -1;
  const label = (r: Recipient) =>
    r.name ? `${r.name}, ${formatFaxNumber(r.number, country)}` : formatFaxNumber(r.number, country);

  const pick = (recent: RecentRecipient) => {
    onRecipientsChange([...recipients, { number: recent.number, name: recent.name }]);
    onDraftChange('');
    setMessage(null);
    setActive(-1);
    setOpen(false);
    announce(`Added ${label(recent)}.`);
  };

  /** Adds every valid number in `text` (several may be pasted at once); what is left stays typed, explained. */
  const commit = (text: string, { quiet = false } = {}) => {
    const parts = text
      .split(/[,;\n]+/)
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts.length === 0) return;
    const added: Recipient[] = [];
    const refused: string[] = [];
    let duplicate: string | null = null;
    for (const part of parts) {
      const number = toE164(part, country);
      if (!number) refused.push(part);
      else if ([...recipients, ...added].some((r) => r.number === number)) duplicate = formatFaxNumber(number, country);
      else added.push({ number, name: recents.find((r) => r.number === number)?.name ?? null });
    }
    if (quiet && refused.length > 0) return;
    if (added.length > 0) {
      onRecipientsChange([...recipients, ...added]);
      announce(`Added ${added.map(label).join(', ')}.`);
    }
    onDraftChange(refused.join(', '));
    setActive(-1);
    if (refused[0] !== undefined) setMessage({ text: invalidNumberMessage(refused[0]), kind: 'error' });
    else if (duplicate) setMessage({ text: `${duplicate} is already on the list.`, kind: 'info' });
    else setMessage(null);
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

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const raw = event.target.value;
    // Formatting only while typing at the end: deleting a bracket or a space must not put it straight back.
    const typingAtEnd = raw.length > draft.length && event.target.selectionStart === raw.length;
    onDraftChange(typingAtEnd ? formatAsTyped(raw, country) : raw);
    setOpen(true);
    setActive(-1);
    if (message) setMessage(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive(expanded ? (activeIndex + 1) % count : 0);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive(expanded && activeIndex > 0 ? activeIndex - 1 : count - 1);
        break;
      case 'Enter': {
        event.preventDefault();
        // A name or part of a number that matches exactly one recent recipient can only mean that one.
        const only =
          expanded && draft.trim() && suggestions.length === 1 && !toE164(draft, country) ? suggestions[0] : undefined;
        const chosen = activeIndex >= 0 ? suggestions[activeIndex] : only;
        if (chosen) pick(chosen);
        else commit(draft);
        break;
      }
      case ',':
      case ';':
        event.preventDefault();
        commit(draft);
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        break;
    }
  };

  const invalid = message?.kind === 'error';
  return (
    <div className="send-recipients">
      <label className="send-label" htmlFor={inputId}>
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
        {recipients.length > 0 && (
          <ul className="send-chips" aria-label="Recipients" ref={chips}>
            {recipients.map((recipient, index) => (
              <li key={recipient.number} className="send-chip">
                <span className="send-chip-text">
                  {recipient.name && <span className="send-chip-name">{recipient.name}</span>}
                  <span className="send-chip-number">{formatFaxNumber(recipient.number, country)}</span>
                </span>
                <button type="button" aria-label={`Remove ${label(recipient)}`} onClick={() => remove(index)}>
                  <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M7 7l10 10M17 7L7 17" />
                  </svg>
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={input}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="done"
          placeholder={recipients.length > 0 ? undefined : 'Type a fax number or a name'}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeIndex >= 0 ? `${listboxId}-${activeIndex}` : undefined}
          aria-invalid={invalid}
          aria-describedby={message ? `${hintId} ${messageId}` : hintId}
          value={draft}
          onChange={onChange}
          onKeyDown={onKeyDown}
          onFocus={() => {
            loadRecents();
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
            // A complete number left in the field is added, as it obviously was meant to be.
            commit(draft, { quiet: true });
          }}
        />
        <ul
          id={listboxId}
          role="listbox"
          aria-label="Recent recipients"
          className="send-suggestions"
          hidden={!expanded}
        >
          {expanded &&
            suggestions.map((recent, index) => (
              <li
                key={recent.number}
                id={`${listboxId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className="send-suggestion"
                // Keeps focus in the field, so picking does not blur it first.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(index)}
                onClick={() => pick(recent)}
              >
                <span className="send-suggestion-name">{recent.name ?? 'Recent number'}</span>
                <span className="send-suggestion-number">{formatFaxNumber(recent.number, country)}</span>
              </li>
            ))}
        </ul>
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
      <p id={hintId} className="send-hint">
        Press Enter or a comma after each number. Each number gets its own fax.
      </p>
      {message && (
        <p id={messageId} role={invalid ? 'alert' : 'status'} className={invalid ? 'send-field-error' : 'send-hint'}>
          {invalid && (
            <span className="send-error-mark" aria-hidden="true">
              !
            </span>
          )}
          {message.text}
        </p>
      )}
    </div>
  );
}

/** Recent recipients not yet on the list, whose name or number contains what was typed. */
function matchRecents(recents: RecentRecipient[], text: string, taken: Recipient[], country: string) {
  const query = text.trim().toLowerCase();
  const digits = digitsOf(query);
  return recents
    .filter((recent) => !taken.some((r) => r.number === recent.number))
    .filter(
      (recent) =>
        !query ||
        recent.name?.toLowerCase().includes(query) ||
        (digits.length > 0 &&
          (digitsOf(recent.number).includes(digits) ||
            digitsOf(formatFaxNumber(recent.number, country)).includes(digits))),
    )
    .slice(0, MAX_SUGGESTIONS);
}
