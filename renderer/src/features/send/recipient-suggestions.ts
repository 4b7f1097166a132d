/**
 * What the recipients field offers while a name or number is typed: the address book's groups
 * and contacts first (as contacts:suggest found them), then recent recipients whose number no
 * contact offered; nothing already on the list, and a group only while a member is not. Pure.
 */
import type { RecentRecipient, RecipientSuggestionView } from '../../../../preload/contract';
import { formatFaxNumber } from '../../../../domain/fax-number';
import type { Recipient } from './send-model';

export type Suggestion = RecipientSuggestionView | { kind: 'recent'; number: string; name: string | null };

const MAX_SUGGESTIONS = 8;

export function combineSuggestions(
  fromContacts: readonly RecipientSuggestionView[],
  recents: readonly RecentRecipient[],
  taken: readonly Recipient[],
): Suggestion[] {
  const isTaken = (number: string) => taken.some((r) => r.number === number);
  const contacts = fromContacts.filter((s) =>
    s.kind === 'group' ? s.numbers.some((n) => !isTaken(n)) : !isTaken(s.number),
  );
  const offered = new Set(contacts.flatMap((s) => (s.kind === 'contact' ? [s.number] : [])));
  const recent: Suggestion[] = recents
    .filter((r) => !offered.has(r.number) && !isTaken(r.number))
    .map((r) => ({ kind: 'recent', number: r.number, name: r.name }));
  return [...contacts, ...recent].slice(0, MAX_SUGGESTIONS);
}

/** The recipients a suggestion adds: one number, or each member of a group not on the list yet. */
export function recipientsOf(suggestion: Suggestion, taken: readonly Recipient[]): Recipient[] {
  if (suggestion.kind !== 'group') return [{ number: suggestion.number, name: suggestion.name }];
  return [...new Set(suggestion.numbers)]
    .filter((number) => !taken.some((r) => r.number === number))
    .map((number) => ({ number, name: null }));
}

export function suggestionKey(suggestion: Suggestion): string {
  return suggestion.kind === 'group' ? `group:${suggestion.groupId}` : `${suggestion.kind}:${suggestion.number}`;
}

/** The option's two lines: who, and which number(s). */
export function suggestionText(suggestion: Suggestion, country: string): { name: string; detail: string } {
  switch (suggestion.kind) {
    case 'group': {
      const count = suggestion.numbers.length;
      return { name: suggestion.name, detail: `Group · ${count} ${count === 1 ? 'number' : 'numbers'}` };
    }
    case 'contact': {
      const who = suggestion.organization ? `${suggestion.name}, ${suggestion.organization}` : suggestion.name;
      const label = suggestion.label ? ` · ${suggestion.label}` : '';
      return { name: who, detail: `${formatFaxNumber(suggestion.number, country)}${label}` };
    }
    case 'recent':
      return { name: suggestion.name ?? 'Recent number', detail: formatFaxNumber(suggestion.number, country) };
  }
}

/** What is announced once a suggestion is picked. */
export function addedText(suggestion: Suggestion, added: readonly Recipient[], country: string): string {
  if (suggestion.kind === 'group') {
    return `Added ${suggestion.name}: ${added.length} ${added.length === 1 ? 'number' : 'numbers'}.`;
  }
  const number = formatFaxNumber(suggestion.number, country);
  return `Added ${suggestion.name ? `${suggestion.name}, ${number}` : number}.`;
}
