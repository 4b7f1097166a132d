/**
 * What happens when a contact comes in with a fax number another contact already has: they
 * become one, never two. Numbers and groups are united (the kept contact's first, so its first
 * number, the one a group fax goes to, stays first); an empty field is filled from the newcomer,
 * a filled one is kept as it was.
 */
import { uniqueGroups, uniqueNumbers, type CheckedDraft } from './contact-draft';

export function mergeContacts(kept: CheckedDraft, incoming: CheckedDraft): CheckedDraft {
  return {
    name: kept.name || incoming.name,
    organization: kept.organization ?? incoming.organization,
    faxNumbers: uniqueNumbers([...kept.faxNumbers, ...incoming.faxNumbers]),
    phone: kept.phone ?? incoming.phone,
    notes: kept.notes ?? incoming.notes,
    groups: uniqueGroups([...kept.groups, ...incoming.groups]),
  };
}
