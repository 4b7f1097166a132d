/**
 * faxdesk send FILE... --to NUMBER|NAME [--to NUMBER|NAME...] [--from N] [--connection ID]
 *   [--cover --subject S --message M] [--quality Q] [--at TIME] [--wait] [--json] [--yes]
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Engine } from '../../engine/engine';
import { FaxdeskError } from '../../engine/errors';
import type { JobRecord } from '../../engine/store/job-records';
import { withContext } from '../context';
import { UsageError, type CliIo } from '../io';
import { jobJson, jobLine } from '../job-output';
import { resolveRecipients } from '../recipients';
import { parseSendTime } from '../send-time';
import { FINAL_STATUSES } from '../../../domain/job-status';
import { FAX_QUALITIES, type FaxQuality } from '../../../domain/fax-quality';

export const sendHelp = `Usage: faxdesk send FILE... --to NUMBER|NAME [--to NUMBER|NAME...] [options]

Sends PDFs and images (PNG, JPEG, TIFF) as one fax to each number. Several files become one
fax in the order given. The fax is queued on disk first, then sent exactly once.

  --to NUMBER|NAME   fax number, or the name of a contact (its first fax number) or of a
                     group (one fax to each member) in the address book; repeat for several
                     recipients (one fax each)
  --from NUMBER      send from this number (default: the one chosen with \`faxdesk account\`)
  --connection ID    the fax application to send with (default: the chosen one)
  --cover            add a cover page; with --subject S and --message M
  --quality Q        ${FAX_QUALITIES.join(', ')} (default: high)
  --at TIME          send later: HH:MM, or a date-time such as 2026-12-01T09:30
  --wait             stay until every fax is final; exit 1 unless all were delivered
  --json             print the jobs as JSON
  --yes              queue a large send without asking: more than 25 faxes at once, or
                     more than 100 in an hour (app and command line together); for scripts

Without a connection to Telnyx the faxes wait in the outbox (exit 0): run \`faxdesk sync\`
or open Faxdesk later to send them. Premium-rate and satellite numbers are refused unless
"Allow premium-rate and satellite numbers" is on in Faxdesk's Settings.`;

export async function send(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      to: { type: 'string', multiple: true },
      from: { type: 'string' },
      connection: { type: 'string' },
      cover: { type: 'boolean' },
      subject: { type: 'string' },
      message: { type: 'string' },
      quality: { type: 'string' },
      at: { type: 'string' },
      wait: { type: 'boolean' },
      json: { type: 'boolean' },
      yes: { type: 'boolean' },
    },
  });
  if (positionals.length === 0) throw new UsageError('name at least one file to fax');
  const to = values.to ?? [];
  if (to.length === 0) throw new UsageError('give at least one --to NUMBER or contact name');
  if (values.quality !== undefined && !FAX_QUALITIES.includes(values.quality as FaxQuality)) {
    throw new UsageError(`--quality must be one of ${FAX_QUALITIES.join(', ')}`);
  }
  if ((values.subject !== undefined || values.message !== undefined) && !values.cover) {
    throw new UsageError('--subject and --message go on the cover page: add --cover');
  }
  const scheduledAt = values.at ? parseSendTime(values.at) : null;
  const documents = await Promise.all(
    positionals.map(async (path) => {
      try {
        return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : 'it cannot be read';
        throw new FaxdeskError('invalid_document', `Cannot fax ${path}: ${why}.`);
      }
    }),
  );

  return withContext(
    io,
    async ({ engine }) => {
      const jobs = await engine.jobs.create({
        documents,
        recipients: resolveRecipients(engine, to),
        cover: values.cover ? { subject: values.subject ?? null, message: values.message ?? null } : null,
        quality: values.quality as FaxQuality | undefined,
        scheduledAt,
        from: values.from ?? null,
        connectionId: values.connection ?? null,
      });
      const ids = jobs.map((job) => job.id);
      if (!values.json) for (const job of jobs) io.err(`Queued ${jobLine(job)}`);

      const final = values.wait ? await waitUntilFinal(engine, ids, io, !values.json) : await sendNow(engine, ids);
      if (values.json) {
        io.out(JSON.stringify(final.map(jobJson), null, 2));
      } else {
        for (const job of final) io.out(jobLine(job));
        explainWaiting(final, io, engine.outbox.acquireLease());
      }
      if (values.wait) return final.every((job) => job.status === 'delivered') ? 0 : 1;
      return 0;
    },
    { assumeYes: values.yes ?? false },
  );
}

/** Without --wait: one pass hands the faxes to Telnyx now (when this process may send). */
async function sendNow(engine: Engine, ids: string[]): Promise<JobRecord[]> {
  await engine.outbox.sync();
  return current(engine, ids);
}

async function waitUntilFinal(engine: Engine, ids: string[], io: CliIo, talk: boolean): Promise<JobRecord[]> {
  const seen = new Map<string, string>();
  engine.outbox.start();
  for (;;) {
    const jobs = current(engine, ids);
    for (const job of jobs) {
      const line = jobLine(job);
      if (talk && seen.get(job.id) !== line) io.err(line);
      seen.set(job.id, line);
    }
    if (jobs.every((job) => FINAL_STATUSES.has(job.status) || job.status === 'unconfirmed')) return jobs;
    // A plain (referenced) timer keeps the process alive while the outbox works.
    await new Promise((resolve) => setTimeout(resolve, 250));
    engine.outbox.wake();
  }
}

function current(engine: Engine, ids: string[]): JobRecord[] {
  return ids.map((id) => engine.jobs.get(id)).filter((job): job is JobRecord => job !== null);
}

function explainWaiting(jobs: JobRecord[], io: CliIo, sendsHere: boolean): void {
  const waiting = jobs.filter((job) => job.status === 'waiting' || job.status === 'submitting');
  if (waiting.length === 0) return;
  if (!sendsHere) {
    io.err('Faxdesk is open and sending: it will send these faxes.');
  } else if (waiting.some((job) => job.waitReason === 'offline')) {
    io.err('No connection to Telnyx: the faxes wait in the outbox. Run `faxdesk sync` (or open Faxdesk) to send them.');
  } else if (waiting.some((job) => job.waitReason === 'scheduled')) {
    io.err('Scheduled: run `faxdesk sync` after that time (or keep Faxdesk open) to send them.');
  }
}
