/**
 * The hand-off of a taken file, as the app and `faxdesk watch` both make it: by the file's name
 * (watch-decision.ts), queued to its number through the same intake as every send — the number
 * rules and the volume guard included — or opened in Send, or refused. Whichever happens, the
 * taker moves the file to sent/ or failed/ with the result.
 */
import type { JobRecord } from '../store/job-records';
import type { NewFaxRequest } from '../outbox/intake';
import type { HandOff, WatchedFile } from './take-file';
import { decideWatchedFile } from './watch-decision';
import type { Settings } from '../../../domain/settings';

export interface HandOffDeps {
  /** engine.jobs.create: the intake and the volume guard of every send. */
  create: (request: NewFaxRequest) => Promise<JobRecord[]>;
  settings: () => Pick<Settings, 'defaultCountry' | 'watchFolderSendByName'>;
  /** Shows the file in Send (the app); absent from the command line, where no one would see it. */
  open?: (file: WatchedFile) => Promise<void>;
  /** Told of the faxes a file was queued as. */
  queued?: (jobs: JobRecord[], file: WatchedFile) => void;
}

export function watchHandOff(deps: HandOffDeps): HandOff {
  return async (file) => {
    const settings = deps.settings();
    const action = decideWatchedFile(file.name, {
      defaultCountry: settings.defaultCountry,
      sendByName: settings.watchFolderSendByName,
      headless: !deps.open,
    });
    if (action.kind === 'refuse') return { outcome: 'failed', reason: action.reason };
    if (action.kind === 'open') {
      await deps.open?.(file);
      return { outcome: 'sent' };
    }
    const jobs = await deps.create({ documents: [file], recipients: [{ number: action.number }] });
    deps.queued?.(jobs, file);
    return { outcome: 'sent' };
  };
}
