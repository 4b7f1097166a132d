/**
 * faxdesk status | list | cancel | resend | delete | sync: the history and the outbox. The
 * history holds the account's outbound faxes: this desk's own, and those sent from elsewhere.
 */
import { parseArgs } from 'node:util';
import type { Engine } from '../../engine/engine';
import { explainFailure } from '../../engine/outbox/failure-reasons';
import { withContext } from '../context';
import { UsageError, type CliIo } from '../io';
import { findJob } from '../job-reference';
import { jobJson, jobLine, shortId } from '../job-output';
import { JOB_STATUSES, type JobStatus } from '../../../domain/job-status';

export const statusHelp = 'Usage: faxdesk status JOB [--json]   (JOB: the id, or its first characters)';

export function status(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  return withContext(io, ({ engine }) => {
    printSentFax(engine, findJob(engine, positionals[0]).id, io, values.json ?? false);
    return Promise.resolve(0);
  });
}

/** One sent fax and its timeline, for `status` and `show`. */
export function printSentFax(engine: Engine, id: string, io: CliIo, json: boolean): void {
  const detail = engine.jobs.detail(id);
  if (!detail) throw new UsageError('that fax vanished');
  if (json) {
    const timeline = detail.events.map((e) => ({
      at: new Date(e.at).toISOString(),
      status: e.status,
      detail: e.detail,
    }));
    io.out(JSON.stringify({ direction: 'sent', ...jobJson(detail.job), timeline }, null, 2));
    return;
  }
  io.out(jobLine(detail.job));
  if (detail.job.failureReason) io.out(`  ${explainFailure(detail.job.failureReason).text}`);
  for (const event of detail.events) {
    io.out(`  ${new Date(event.at).toLocaleString()}  ${event.status.padEnd(11)} ${event.detail}`);
  }
}

export const listHelp = `Usage: faxdesk list [--status S] [--search Q] [--limit N] [--json]
  --status S   ${JOB_STATUSES.join(', ')} (repeatable)
  --search Q   number, contact, subject or file name
  --limit N    at most N faxes, newest first (default 20)
Faxes sent on the same Telnyx account by another desk, a script or the portal are listed too,
marked [sent from elsewhere] (origin "elsewhere" in --json); they cannot be cancelled or resent here.`;

export function list(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      status: { type: 'string', multiple: true },
      search: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const statuses = (values.status ?? []) as JobStatus[];
  for (const s of statuses) {
    if (!JOB_STATUSES.includes(s)) throw new UsageError(`--status must be one of ${JOB_STATUSES.join(', ')}`);
  }
  const limit = Number(values.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new UsageError('--limit must be 1 to 10000');
  return withContext(io, ({ engine }) => {
    const { jobs, total } = engine.jobs.list({ status: statuses, search: values.search, limit });
    if (values.json) {
      io.out(JSON.stringify(jobs.map(jobJson), null, 2));
    } else {
      for (const job of jobs) io.out(jobLine(job));
      io.err(`${jobs.length} of ${total} fax${total === 1 ? '' : 'es'}`);
    }
    return Promise.resolve(0);
  });
}

export function cancel(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  return withContext(io, async ({ engine }) => {
    const job = await engine.jobs.cancel(findJob(engine, positionals[0]).id);
    io.out(jobLine(job));
    return 0;
  });
}

export function resend(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  return withContext(io, async ({ engine }) => {
    const job = await engine.jobs.resend(findJob(engine, positionals[0]).id);
    await engine.outbox.sync();
    io.out(jobLine(engine.jobs.get(job.id) ?? job));
    return 0;
  });
}

export function remove(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  return withContext(io, async ({ engine }) => {
    const job = findJob(engine, positionals[0]);
    await engine.jobs.delete(job.id);
    io.out(`Deleted ${shortId(job.id)} (to ${job.to}) from history.`);
    return 0;
  });
}

export const syncHelp = `Usage: faxdesk sync [--words]
  One pass, as the app makes every few seconds: sends what is due, checks unclear faxes, refreshes
  statuses, and lists the Telnyx account's faxes: received ones are downloaded and archived, and
  outbound ones sent from elsewhere (another desk, a script, the portal) join the history.
  Read and unread of received faxes stay on this desk; they are not shared through Telnyx.

  --words   Also read the words of every document still waiting for them (OCR of received
            faxes, the text of sent ones), so searches find them. The app does this by itself;
            OCR takes a few seconds a page.`;

export function sync(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { words: { type: 'boolean' } } });
  return withContext(io, async ({ engine }) => {
    // The pass receives too (engine.inbox's listing and downloads) and lists faxes sent from elsewhere.
    const ran = await engine.outbox.sync();
    if (!ran) {
      io.out('Faxdesk is open and sending; it keeps the outbox moving.');
      return 0;
    }
    if (values.words) await engine.inbox.readWords();
    const counts = new Map<JobStatus, number>();
    const active = engine.jobs.list({ status: ['waiting', 'submitting', 'sending', 'unconfirmed'], limit: 10_000 });
    for (const job of active.jobs) counts.set(job.status, (counts.get(job.status) ?? 0) + 1);
    const online = engine.connectivity.get().online;
    io.out(
      `Synced${online === false ? ' (Telnyx could not be reached)' : ''}: ` +
        (['sending', 'submitting', 'waiting', 'unconfirmed'] as const)
          .map((s) => `${counts.get(s) ?? 0} ${s}`)
          .join(', '),
    );
    for (const job of active.jobs.filter((j) => j.status === 'unconfirmed')) {
      io.out(
        `  ${shortId(job.id)} unconfirmed: check with the recipient, then \`faxdesk resend ${shortId(job.id)}\` if needed`,
      );
    }
    return 0;
  });
}
