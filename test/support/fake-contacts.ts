/**
 * A ContactsApi in memory, for the address book's channels and the page's tests while the
 * engine's store is not involved: contacts, groups by name, plain substring search, and an
 * import that reads `name,fax` lines (a row without a number is skipped with its reason).
 */
import { randomUUID } from 'node:crypto';
import type {
  Contact,
  ContactDraft,
  ContactGroup,
  ContactsApi,
  ImportPreview,
  RecipientSuggestion,
} from '../../main/engine/contacts/contacts-api';
import { FaxdeskError } from '../../main/engine/errors';

export class FakeContacts implements ContactsApi {
  readonly contacts = new Map<string, Contact>();
  private readonly listeners = new Set<() => void>();
  exported: string[] = [];

  list({ search, groupId, offset = 0, limit }: Parameters<ContactsApi['list']>[0]) {
    const group = groupId ? this.groups().find((g) => g.id === groupId)?.name : undefined;
    const words = search?.toLowerCase();
    const all = [...this.contacts.values()]
      .filter((c) => !group || c.groups.includes(group))
      .filter((c) => !words || JSON.stringify(c).toLowerCase().includes(words))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { items: all.slice(offset, offset + limit), total: all.length };
  }

  get(id: string) {
    return this.contacts.get(id) ?? null;
  }

  save(draft: ContactDraft, id?: string): Contact {
    if (draft.faxNumbers.some((n) => !/^\+\d{8,15}$/.test(n.number))) {
      throw new FaxdeskError('invalid_number', 'That is not a fax number Faxdesk can dial.');
    }
    const now = Date.now();
    const contact: Contact = {
      id: id ?? randomUUID(),
      name: draft.name,
      organization: draft.organization ?? null,
      faxNumbers: draft.faxNumbers,
      phone: draft.phone ?? null,
      notes: draft.notes ?? null,
      groups: [...(draft.groups ?? [])].sort(),
      createdAt: (id && this.contacts.get(id)?.createdAt) || now,
      updatedAt: now,
    };
    this.contacts.set(contact.id, contact);
    this.changed();
    return contact;
  }

  remove(id: string) {
    this.contacts.delete(id);
    this.changed();
  }

  groups(): ContactGroup[] {
    const names = [...new Set([...this.contacts.values()].flatMap((c) => c.groups))].sort();
    return names.map((name) => ({
      id: `group-${name}`,
      name,
      memberCount: [...this.contacts.values()].filter((c) => c.groups.includes(name)).length,
    }));
  }

  renameGroup(id: string, name: string): ContactGroup {
    const old = id.replace(/^group-/, '');
    for (const c of this.contacts.values()) c.groups = c.groups.map((g) => (g === old ? name : g)).sort();
    this.changed();
    const renamed = this.groups().find((g) => g.name === name);
    if (!renamed) throw new FaxdeskError('not_found', 'That group is not in your address book.');
    return renamed;
  }

  removeGroup(id: string) {
    const name = id.replace(/^group-/, '');
    for (const c of this.contacts.values()) c.groups = c.groups.filter((g) => g !== name);
    this.changed();
  }

  suggest(typed: string, limit: number): RecipientSuggestion[] {
    const words = typed.toLowerCase();
    const groups: RecipientSuggestion[] = this.groups()
      .filter((g) => g.name.toLowerCase().includes(words))
      .map((g) => ({ kind: 'group', groupId: g.id, name: g.name, numbers: this.membersOf(g.name) }));
    const contacts: RecipientSuggestion[] = [...this.contacts.values()]
      .filter((c) => c.name.toLowerCase().includes(words) || c.faxNumbers.some((n) => n.number.includes(typed)))
      .flatMap((c) =>
        c.faxNumbers.map((n) => ({
          kind: 'contact' as const,
          contactId: c.id,
          name: c.name,
          organization: c.organization,
          number: n.number,
          label: n.label,
        })),
      );
    return [...groups, ...contacts].slice(0, limit);
  }

  resolveRecipient(): string[] | null {
    return null;
  }

  nameFor(number: string) {
    return [...this.contacts.values()].find((c) => c.faxNumbers.some((n) => n.number === number))?.name ?? null;
  }

  previewImport(text: string): ImportPreview {
    const preview: ImportPreview = {
      format: 'csv',
      layout: 'plain',
      columns: [
        { name: 'name', meaning: 'Name' },
        { name: 'fax', meaning: 'Fax number' },
      ],
      contacts: [],
      mergeCount: 0,
      skipped: [],
    };
    text
      .split('\n')
      .slice(1)
      .forEach((line, index) => {
        const [name, fax] = line.split(',');
        if (!name?.trim()) return;
        if (!fax?.trim()) preview.skipped.push({ row: index + 2, reason: 'It has no fax number.' });
        else preview.contacts.push({ name: name.trim(), faxNumbers: [{ number: fax.trim(), label: null }] });
      });
    return preview;
  }

  commitImport(preview: ImportPreview) {
    for (const draft of preview.contacts) this.save(draft);
    return { added: preview.contacts.length, merged: 0, skipped: preview.skipped };
  }

  exportContacts(format: 'csv' | 'vcard') {
    this.exported.push(format);
    return format === 'csv' ? 'name,fax\n' : 'BEGIN:VCARD\r\nEND:VCARD\r\n';
  }

  onChanged(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private membersOf(group: string) {
    return [...this.contacts.values()].filter((c) => c.groups.includes(group)).map((c) => c.faxNumbers[0]!.number);
  }

  private changed() {
    this.listeners.forEach((listener) => listener());
  }
}
