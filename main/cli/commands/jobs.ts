/** faxdesk status | list | cancel | resend | delete | sync: the history and the outbox. */
import { parseArgs } from 'node:util';
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
    const job = findJob(engine, positionals[0]);
    const detail = engine.jobs.detail(job.id);
    if (!detail) throw new UsageError('that fax vanished');
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            ...jobJson(detail.job),
            timeline: detail.events.map((e) => ({
              at: new Date(e.at).toISOString(),
              status: e.status,
              detail: e.detail,
            })),
          },
          null,
          2,
        ),
      );
      return Promise.resolve(0);
    }
    io.out(jobLine(detail.job));
    if (detail.job.failureReason) io.out(`  ${explainFailure(detail.job.failureReason).text}`);
    for (const event of detail.events) {
      io.out(`  ${new Date(event.at).toLocaleString()}  ${event.status.padEnd(11)} ${event.detail}`);
    }
    return Promise.resolve(0);
  });
}

export const listHelp = `Usage: faxdesk list [--status S] [--search Q] [--limit N] [--json]
  --status S   ${JOB_STATUSES.join(', ')} (repeatable)
  --search Q   number, contact, subject or file name
  --limit N    at most N faxes, newest first (default 20)`;

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

export function sync(args: string[], io: CliIo): Promise<number> {
  if (args.length > 0) throw new UsageError(`sync takes no arguments (got ${args.join(' ')})`);
  return withContext(io, async ({ engine }) => {
    const ran = await engine.outbox.sync();
    if (!ran) {
      io.out('Faxdesk is open and sending; it keeps the outbox moving.');
      return 0;
    }
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
