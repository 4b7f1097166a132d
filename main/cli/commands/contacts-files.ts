/**
 * faxdesk contacts import FILE [--yes] | export FILE: the preview is printed, then the person at
 * the terminal is asked, as for a large send (large-batch-prompt.ts); a script says --yes, and
 * without either nothing is imported. The format follows the file's extension.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportFormat } from '../../engine/contacts/contacts-api';
import { FaxdeskError } from '../../engine/errors';
import { withContext } from '../context';
import { previewLines } from '../contact-output';
import { UsageError, type CliIo } from '../io';

export function importContactsFile(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { yes: { type: 'boolean' } } });
  const path = positionals[0];
  if (!path) throw new UsageError('name the file to import');
  const format = formatOf(path, 'import');
  return withContext(io, async ({ engine }) => {
    const text = await readText(path);
    const preview = engine.contacts.previewImport(text, format, engine.settings.get().defaultCountry);
    for (const line of previewLines(preview)) io.out(line);
    if (preview.contacts.length === 0) {
      io.err('Nothing to import.');
      return 1;
    }
    if (!values.yes) {
      const answer = await io.promptLine(
        `Import ${preview.contacts.length} contacts? Type "yes" to import, anything else not to: `,
      );
      if (answer === null) {
        throw new FaxdeskError('not_confirmed', 'Nothing was imported: there is no terminal to ask.', {
          whatToDo: 'Run the command in a terminal to answer, or add --yes if a script means to import the file.',
        });
      }
      if (!/^\s*y(es)?\s*$/i.test(answer)) {
        io.err('Nothing was imported.');
        return 1;
      }
    }
    const result = engine.contacts.commitImport(preview);
    io.out(
      `Imported: ${result.added} added, ${result.merged} merged` +
        (result.skipped.length > 0
          ? `, ${result.skipped.length} ${result.skipped.length === 1 ? 'row' : 'rows'} left out (listed above).`
          : '.'),
    );
    return 0;
  });
}

export function exportContactsFile(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const path = positionals[0];
  if (!path) throw new UsageError('name the file to write, ending in .csv or .vcf');
  const format = formatOf(path, 'export');
  return withContext(io, async ({ engine }) => {
    const count = engine.contacts.list({ limit: 0 }).total;
    try {
      await writeFile(path, engine.contacts.exportContacts(format), 'utf8');
    } catch (error) {
      throw new FaxdeskError('not_possible', `Faxdesk could not write ${path}: ${(error as Error).message}`);
    }
    io.out(`Wrote ${count} contact${count === 1 ? '' : 's'} to ${path}.`);
    return 0;
  });
}

function formatOf(path: string, doing: 'import' | 'export'): ImportFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.vcf' || extension === '.vcard') return 'vcard';
  if (extension === '.csv' || (doing === 'import' && extension === '.txt')) return 'csv';
  throw new UsageError(`${doing === 'import' ? 'import' : 'export to'} a .csv or .vcf file`);
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : 'it cannot be read';
    throw new FaxdeskError('invalid_document', `Cannot import ${path}: ${why}.`);
  }
}
