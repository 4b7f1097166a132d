/**
 * The search box of a fax list (history's and the inbox's): searched as the person types, after
 * a short pause; Escape empties it. useDebouncedSearch holds what is typed, so "Clear filters"
 * can empty it at once.
 */
import { useEffect, useRef, useState } from 'react';

const SEARCH_DEBOUNCE_MS = 200;

export function useDebouncedSearch(initial: string, apply: (search: string) => void) {
  const [text, setText] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => apply(value), SEARCH_DEBOUNCE_MS);
  };
  /** Empties the box without searching (the filters are being cleared together). */
  const reset = () => {
    clearTimeout(timer.current);
    setText('');
  };
  return { text, search, reset };
}

export function SearchField({
  text,
  onSearch,
  placeholder,
}: {
  text: string;
  onSearch: (value: string) => void;
  placeholder: string;
}) {
  return (
    <label className="history-field history-field-search">
      <span>Search</span>
      <input
        type="search"
        value={text}
        onChange={(e) => onSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            onSearch('');
          }
        }}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
      />
    </label>
  );
}
