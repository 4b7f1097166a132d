/**
 * The keyboard and popup state of the recipients combobox (over any kind of suggestion): whether the suggestions are open,
 * which one is active, and what the keys do — arrows move through the suggestions, Enter
 * picks one (or adds what was typed), comma and semicolon add what was typed, Escape closes.
 * Ctrl/⌘+Enter is left to the Send shortcut, which refuses while a number is half typed.
 */
import { useState, type KeyboardEvent } from 'react';
import { toE164 } from './fax-number';

export function useRecipientCombobox<T>({
  suggestions,
  draft,
  country,
  onPick,
  onCommit,
}: {
  suggestions: readonly T[];
  /** What is typed and not yet added. */
  draft: string;
  country: string;
  onPick: (suggestion: T) => void;
  onCommit: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && suggestions.length > 0;
  const activeIndex = expanded && active < suggestions.length ? active : -1;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  /** Typing starts again from the text: the popup opens, nothing in it is active. */
  const reopen = () => {
    setOpen(true);
    setActive(-1);
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
        if (event.ctrlKey || event.metaKey) break;
        event.preventDefault();
        // A name or part of a number that matches exactly one suggestion can only mean that one.
        const only = expanded && draft.trim() && count === 1 && !toE164(draft, country) ? suggestions[0] : undefined;
        const chosen = activeIndex >= 0 ? suggestions[activeIndex] : only;
        if (chosen) onPick(chosen);
        else onCommit();
        break;
      }
      case ',':
      case ';':
        event.preventDefault();
        onCommit();
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        }
        break;
    }
  };

  return { expanded, activeIndex, setOpen, setActive, close, reopen, onKeyDown };
}
