/**
 * The combobox's listbox: the address book's groups and contacts and the recent recipients that
 * match what is typed; picked with a click or Enter.
 */
import { suggestionKey, suggestionText, type Suggestion } from './recipient-suggestions';

export function RecipientSuggestions({
  id,
  suggestions,
  expanded,
  activeIndex,
  country,
  onActivate,
  onPick,
}: {
  id: string;
  suggestions: readonly Suggestion[];
  expanded: boolean;
  activeIndex: number;
  country: string;
  onActivate: (index: number) => void;
  onPick: (suggestion: Suggestion) => void;
}) {
  const onlyRecent = suggestions.every((s) => s.kind === 'recent');
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={onlyRecent ? 'Recent recipients' : 'Contacts, groups and recent recipients'}
      className="send-suggestions"
      hidden={!expanded}
    >
      {expanded &&
        suggestions.map((suggestion, index) => {
          const text = suggestionText(suggestion, country);
          return (
            <li
              key={suggestionKey(suggestion)}
              id={`${id}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className={`send-suggestion send-suggestion-${suggestion.kind}`}
              // Keeps focus in the field, so picking does not blur it first.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => onActivate(index)}
              onClick={() => onPick(suggestion)}
            >
              <span className="send-suggestion-name">{text.name}</span>
              <span className="send-suggestion-number">{text.detail}</span>
            </li>
          );
        })}
    </ul>
  );
}
