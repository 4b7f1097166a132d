/**
 * faxdesk watch [FOLDER] [--yes]: runs the watched folder headless, for the machine an office's
 * printers and scanners save into. A file whose name holds a fax number is queued and sent, and
 * followed here like `faxdesk send --wait`; any other file goes to failed/ with a note saying
 * why. Runs until Ctrl+C (or SIGTERM), then stops cleanly: the file being taken is finished.
 */
import { parseArgs } from 'node:util';
import type { Engine } from '../../engine/engine';
import type { JobRecord } from '../../engine/store/job-records';
import { watchHandOff } from '../../engine/watch/hand-off';
import { NUMBER_IN_NAME_RULE } from '../../engine/watch/number-in-name';
import { startWatchedFolder, watchFolderPath } from '../../engine/watch/watched-folder';
import { withContext } from '../context';
import { UsageError, type CliIo } from '../io';
import { jobLine } from '../job-output';
import { FINAL_STATUSES } from '../../../domain/job-status';

export const watchHelp = `Usage: faxdesk watch [FOLDER] [--yes]

Watches FOLDER (default: the watched folder of Faxdesk's Settings, or ~/Faxdesk Outbox) and
faxes every file that appears there once it has finished being written.

${NUMBER_IN_NAME_RULE}

Any other file is moved to failed/ in the folder, with a text file beside it saying why; a file
that was queued is moved to sent/. Each file is taken once, also across restarts. Hidden and
temporary files (.name, ~$name, .part, .crdownload, .tmp) are left alone.

  --yes   queue faxes past the volume limits (more than 100 in an hour) without asking

Runs until Ctrl+C.`;

export async function watch(args: string[], io: CliIo, stopSignal: Promise<void>): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { yes: { type: 'boolean' } },
  });
  if (positionals.length > 1) throw new UsageError('name one folder to watch');

  return withContext(
    io,
    async ({ engine }) => {
      const folder = watchFolderPath(positionals[0] ?? engine.settings.get().watchFolder, io.env['HOME'] || undefined);
      const following = new JobFollower(engine, io);
      engine.outbox.start();
      const watched = await startWatchedFolder({
        folder,
        ledger: engine.watchedFiles(),
        log: (message, error) => io.err(`${message}${error instanceof Error ? `: ${error.message}` : ''}.`),
        handOff: watchHandOff({
          create: (request) => engine.jobs.create(request),
          settings: () => engine.settings.get(),
          queued: (jobs, file) => following.add(jobs, file.name),
        }),
        moved: (name, result) => {
          if (result.outcome === 'failed') io.err(`Not sent: ${name} — ${result.reason}`);
        },
      });
      io.err(`Watching ${watched.folder} for files to fax. Press Ctrl+C to stop.`);
      const timer = setInterval(() => following.report(), 250);
      await stopSignal;
      clearInterval(timer);
      await watched.stop();
      following.report();
      await engine.close();
      io.err('Stopped watching. Faxes still waiting are sent by Faxdesk or the next `faxdesk sync`.');
      return 0;
    },
    { assumeYes: values.yes ?? false },
  );
}

/** Prints each queued fax's line whenever it changes, until it is final. */
class JobFollower {
  private readonly lines = new Map<string, string>();

  constructor(
    private readonly engine: Engine,
    private readonly io: CliIo,
  ) {}

  add(jobs: JobRecord[], name: string): void {
    for (const job of jobs) {
      this.io.err(`Queued ${name}: ${jobLine(job)}`);
      this.lines.set(job.id, jobLine(job));
    }
    this.engine.outbox.wake();
  }

  report(): void {
    for (const [id, before] of this.lines) {
      const job = this.engine.jobs.get(id);
      if (!job) {
        this.lines.delete(id);
        continue;
      }
      const line = jobLine(job);
      if (line !== before) this.io.out(line);
      if (FINAL_STATUSES.has(job.status) || job.status === 'unconfirmed') this.lines.delete(id);
      else this.lines.set(id, line);
    }
  }
}
