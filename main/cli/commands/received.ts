/** faxdesk inbox | show | save: received faxes, and either direction by id. */
import { copyFileSync, constants } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Engine } from '../../engine/engine';
import { FaxdeskError } from '../../engine/errors';
import { withContext } from '../context';
import { faxLookupOf, findFax, type FaxReference } from '../fax-reference';
import { faxAndTarget, writeNewFile } from '../new-file';
import { UsageError, type CliIo } from '../io';
import { receivedJson, receivedLine, receivedTimelineJson } from '../received-output';
import { printSentFax } from './jobs';

export const inboxHelp = `Usage: faxdesk inbox [--unread] [--search Q] [--limit N] [--json]
  --unread     only faxes not yet read on this desk
  --search Q   the sender, the number it came to, or words on its pages
  --limit N    at most N faxes, newest first (default 20)
  --json       an array of objects: id, telnyxFaxId, from, to, status, pages, receivedAt, read,
               failureReason, failureText, archived (the document is on disk here), and more
Read and unread are kept on this desk only: other desks on the same Telnyx account keep their own.`;

export function inbox(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      unread: { type: 'boolean' },
      search: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const limit = Number(values.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError('--limit must be 1 to 10000');
  return withContext(io, ({ engine }) => {
    const { items, total } = engine.inbox.list({
      ...(values.unread ? { unread: true } : {}),
      ...(values.search ? { search: values.search } : {}),
      limit,
    });
    if (values.json) {
      io.out(JSON.stringify(items.map(receivedJson), null, 2));
    } else {
      for (const fax of items) io.out(receivedLine(fax));
      io.err(`${items.length} of ${total} received fax${total === 1 ? '' : 'es'}`);
    }
    return Promise.resolve(0);
  });
}

export const showHelp = `Usage: faxdesk show FAX [--json]
  FAX: a sent or received fax, by its id or the first characters shown by \`list\` or \`inbox\`.
  Shows its facts and its timeline.`;

export function show(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  return withContext(io, ({ engine }) => {
    const found = findFax(faxLookupOf(engine), positionals[0]);
    if (found.kind === 'sent') {
      printSentFax(engine, found.job.id, io, values.json ?? false);
      return Promise.resolve(0);
    }
    const inboxApi = engine.inbox;
    const events = inboxApi.timeline(found.fax.id);
    if (values.json) {
      io.out(
        JSON.stringify(
          { direction: 'received', ...receivedJson(found.fax), timeline: receivedTimelineJson(events) },
          null,
          2,
        ),
      );
      return Promise.resolve(0);
    }
    io.out(receivedLine(found.fax));
    for (const event of events) {
      io.out(`  ${new Date(event.at).toLocaleString()}  ${event.status.padEnd(16)} ${event.detail}`);
    }
    return Promise.resolve(0);
  });
}

export const saveHelp = `Usage: faxdesk save FAX -o FILE
  Writes the archived PDF of a sent or received fax to FILE (an existing FILE is not replaced).
  FAX: its id, or the first characters shown by \`list\` or \`inbox\`.`;

export function save(args: string[], io: CliIo): Promise<number> {
  const { reference, target } = faxAndTarget(args);
  return withContext(io, ({ engine }) => {
    const found = findFax(faxLookupOf(engine), reference);
    const source = documentOf(engine, found);
    writeNewFile(target, () => copyFileSync(source, target, constants.COPYFILE_EXCL));
    io.out(`Saved ${target}`);
    return Promise.resolve(0);
  });
}

/** The archived PDF's path, or a refusal that says why there is none. */
function documentOf(engine: Engine, found: FaxReference): string {
  if (found.kind === 'sent') {
    const path = engine.jobs.documentPath(found.job.id);
    if (path) return path;
    throw new FaxdeskError(
      'not_possible',
      'This fax was sent from elsewhere and Telnyx gave no copy of its document, so there is nothing to save.',
    );
  }
  const path = engine.inbox.documentPath(found.fax.id);
  if (path) return path;
  const why =
    found.fax.archiveState === 'downloading'
      ? 'its document has not been downloaded yet; Faxdesk will retry (`faxdesk sync` tries now)'
      : 'it has no document (the call failed, or Telnyx no longer has it)';
  throw new FaxdeskError('not_possible', `This received fax is not archived: ${why}.`);
}
