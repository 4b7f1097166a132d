/**
 * faxdesk contacts list | add | remove | import | export: the address book, the same one the
 * window shows. `send --to` takes a contact's or a group's name too (cli/recipients.ts).
 */
import { parseArgs } from 'node:util';
import { withContext } from '../context';
import { contactJson, contactLine } from '../contact-output';
import { findContact } from '../contact-reference';
import { UsageError, type CliIo } from '../io';
import { shortId } from '../job-output';
import { exportContactsFile, importContactsFile } from './contacts-files';

export const contactsHelp = `Usage: faxdesk contacts <list|add|remove|import|export> [options]

  list [--search Q] [--group G] [--json]
                       the address book in name order; Q matches name, organisation, numbers
                       (digits too) and notes; G is a group's name
  add NAME --fax N [--fax N...] [--org O] [--phone P] [--notes T] [--group G...]
                       a contact; a fax number another contact has merges into that contact
  remove ID|NAME       a contact, by the id \`list\` shows or its exact name
  import FILE [--yes]  contacts from a CSV (Outlook, Google Contacts, or name,fax) or a vCard
                       (.vcf) file: shows what it will import and what not, then asks; --yes
                       imports without asking (for scripts: without a terminal it is needed)
  export FILE          the address book to FILE.csv or FILE.vcf (vCard 3.0)

\`faxdesk send --to NAME\` sends to a contact's first fax number, or one fax to each member of a group.`;

export async function contacts(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  switch (action) {
    case 'list':
      return listContacts(rest, io);
    case 'add':
      return addContact(rest, io);
    case 'remove':
      return removeContact(rest, io);
    case 'import':
      return importContactsFile(rest, io);
    case 'export':
      return exportContactsFile(rest, io);
    default:
      throw new UsageError(
        action ? `unknown contacts command "${action}"` : 'say what to do: list, add, remove, import or export',
      );
  }
}

function listContacts(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { search: { type: 'string' }, group: { type: 'string' }, json: { type: 'boolean' } },
  });
  return withContext(io, ({ engine }) => {
    let groupId: string | undefined;
    if (values.group !== undefined) {
      const wanted = values.group.trim().toLowerCase();
      groupId = engine.contacts.groups().find((group) => group.name.toLowerCase() === wanted)?.id;
      if (!groupId) throw new UsageError(`no group "${values.group}" in the address book`);
    }
    const page = engine.contacts.list({ search: values.search, groupId, limit: -1 });
    if (values.json) {
      io.out(JSON.stringify(page.items.map(contactJson), null, 2));
    } else {
      for (const contact of page.items) io.out(contactLine(contact));
      io.err(`${page.total} contact${page.total === 1 ? '' : 's'}`);
    }
    return Promise.resolve(0);
  });
}

function addContact(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      fax: { type: 'string', multiple: true },
      org: { type: 'string' },
      phone: { type: 'string' },
      notes: { type: 'string' },
      group: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
  });
  const name = positionals.join(' ');
  const fax = values.fax ?? [];
  if (fax.length === 0) throw new UsageError('give at least one --fax NUMBER');
  return withContext(io, ({ engine }) => {
    const before = engine.contacts.list({ limit: 0 }).total;
    const contact = engine.contacts.save({
      name,
      organization: values.org ?? null,
      faxNumbers: fax.map((number) => ({ number, label: null })),
      phone: values.phone ?? null,
      notes: values.notes ?? null,
      groups: values.group ?? [],
    });
    const merged = engine.contacts.list({ limit: 0 }).total === before;
    if (values.json) io.out(JSON.stringify(contactJson(contact), null, 2));
    else io.out(`${merged ? 'Merged into' : 'Added'} ${contactLine(contact)}`);
    return Promise.resolve(0);
  });
}

function removeContact(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  return withContext(io, ({ engine }) => {
    const contact = findContact(engine, positionals.join(' ') || undefined);
    engine.contacts.remove(contact.id);
    io.out(`Removed ${shortId(contact.id)} ${contact.name} from the address book.`);
    return Promise.resolve(0);
  });
}
