/**
 * What the recipients field offers while a person types: each fax number of the contacts whose
 * name, organisation or number starts with it (words or a run of digits), then the groups whose
 * name does, each with the numbers a fax to the group would go to.
 */
import type { RecipientSuggestion } from './contacts-api';
import type { ContactStores } from './contacts-service';

export function suggestRecipients(
  s: Pick<ContactStores, 'list' | 'groups'>,
  typed: string,
  limit: number,
): RecipientSuggestion[] {
  if (typed.trim() === '' || limit <= 0) return [];
  const suggestions: RecipientSuggestion[] = [];
  for (const contact of s.list.recipients(typed, limit)) {
    for (const entry of contact.faxNumbers) {
      suggestions.push({
        kind: 'contact',
        contactId: contact.id,
        name: contact.name,
        organization: contact.organization,
        number: entry.number,
        label: entry.label,
      });
    }
  }
  const groups = s.groups.matching(typed, limit).map((group): RecipientSuggestion => ({
    kind: 'group',
    groupId: group.id,
    name: group.name,
    numbers: s.groups.firstNumbers(group.id),
  }));
  // Groups are few and named on purpose: keep room for them when contacts fill the list.
  const contactRoom = Math.max(limit - groups.length, Math.ceil(limit / 2));
  return [...suggestions.slice(0, contactRoom), ...groups].slice(0, limit);
}
