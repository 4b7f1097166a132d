/** The combobox's listbox: recent recipients that match what is typed; picked with a click or Enter. */
import type { RecentRecipient } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';

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
  suggestions: readonly RecentRecipient[];
  expanded: boolean;
  activeIndex: number;
  country: string;
  onActivate: (index: number) => void;
  onPick: (recent: RecentRecipient) => void;
}) {
  return (
    <ul id={id} role="listbox" aria-label="Recent recipients" className="send-suggestions" hidden={!expanded}>
      {expanded &&
        suggestions.map((recent, index) => (
          <li
            key={recent.number}
            id={`${id}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className="send-suggestion"
            // Keeps focus in the field, so picking does not blur it first.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => onActivate(index)}
            onClick={() => onPick(recent)}
          >
            <span className="send-suggestion-name">{recent.name ?? 'Recent number'}</span>
            <span className="send-suggestion-number">{formatFaxNumber(recent.number, country)}</span>
          </li>
        ))}
    </ul>
  );
}
