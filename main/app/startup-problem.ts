/**
 * A failed step of start-up, described for the person at the desk (StartupProblem in the
 * contract): a title, what happened, what to do, where the files are, and the technical
 * detail for whoever supports them. Free of Electron, so it is tested in plain Node.
 */
import { join } from 'node:path';
import type { IpcErrorCode, StartupProblem } from '../../preload/contract';
import { recordsPath } from '../engine/engine';
import { FaxdeskError, type EngineErrorCode } from '../engine/errors';
import { describeError, redact } from './error-text';

/** The steps of start-up that can fail on their own (see startup.ts). */
export type StartupStep = 'engine' | 'sandbox' | 'records';

const AGAIN =
  'Start Faxdesk again. If this keeps happening, send the technical details below to whoever supports Faxdesk.';

const recordTitles: Partial<Record<EngineErrorCode, string>> = {
  database_unreadable: 'Your fax records are damaged',
  database_too_new: 'Your fax records are from a newer Faxdesk',
  database_no_permission: 'Faxdesk is not allowed to change your fax records',
  database_read_only: 'Your fax records can only be read',
  database_busy: 'Your fax records are in use by another program',
  database_cannot_open: 'Faxdesk could not open your fax records',
  disk_full: 'The disk is full',
  installation_incomplete: 'Faxdesk is not installed correctly',
};

export function describeStartupProblem(step: StartupStep, error: unknown, dataDir: string): StartupProblem {
  if (step === 'records') return recordsProblem(error, dataDir);
  if (step === 'sandbox') {
    return problem('startup_failed', 'sandbox', error, {
      title: 'The practice sandbox did not start',
      message:
        'Faxdesk was set to "Try without an account", but its built-in practice server did not start, ' +
        'so no practice faxes can go out.',
      whatToDo:
        'Choose "Try without an account" again, or connect your own Telnyx account. ' +
        'If the sandbox keeps failing, start Faxdesk again.',
      location: null,
    });
  }
  return engineProblem(error, dataDir);
}

function recordsProblem(error: unknown, dataDir: string): StartupProblem {
  const location = recordsPath(dataDir);
  if (error instanceof FaxdeskError) {
    return problem(error.code, 'records', error, {
      title: recordTitles[error.code] ?? 'Faxdesk could not open your fax records',
      message: error.summary,
      whatToDo: error.whatToDo ?? AGAIN,
      location,
    });
  }
  return problem('startup_failed', 'records', error, {
    title: 'Faxdesk could not open your fax records',
    message: `Something went wrong inside Faxdesk while it opened your fax records (${location}).`,
    whatToDo: AGAIN,
    location,
  });
}

/** The engine could not be made: its settings file, or the data folder itself. */
function engineProblem(error: unknown, dataDir: string): StartupProblem {
  const settingsFile = join(dataDir, 'settings.json');
  if (error instanceof SyntaxError) {
    // conf and electron-store refuse a settings file that is not JSON, rather than start over.
    return problem('invalid_settings', 'app', error, {
      title: "Faxdesk's settings file is damaged",
      message: `Faxdesk could not read its settings file (${settingsFile}): it is not valid JSON. Nothing was changed.`,
      whatToDo:
        'Move settings.json out of that folder (or correct it), then start Faxdesk again: it starts with its ' +
        'standard settings and asks you to choose your sending number again. Your fax records and your ' +
        'Telnyx key are kept elsewhere and are not affected.',
      location: settingsFile,
    });
  }
  if (error instanceof FaxdeskError) {
    return problem(error.code, 'app', error, {
      title: 'Faxdesk could not start',
      message: error.summary,
      whatToDo: error.whatToDo ?? AGAIN,
      location: dataDir,
    });
  }
  const errno = (error as { code?: unknown } | null)?.code;
  if (errno === 'EACCES' || errno === 'EPERM') {
    return problem('startup_failed', 'app', error, {
      title: 'Faxdesk is not allowed to use its data folder',
      message: `Faxdesk could not read or write its data folder (${dataDir}). Nothing was changed.`,
      whatToDo:
        'Ask whoever looks after this computer to give your user account permission to change that folder ' +
        'and the files in it, then start Faxdesk again.',
      location: dataDir,
    });
  }
  if (errno === 'ENOSPC' || errno === 'EDQUOT') {
    return problem('disk_full', 'app', error, {
      title: 'The disk is full',
      message: `The disk that holds Faxdesk's data folder (${dataDir}) is full, so Faxdesk cannot start.`,
      whatToDo: 'Free some space on that disk, then start Faxdesk again.',
      location: dataDir,
    });
  }
  return problem('startup_failed', 'app', error, {
    title: 'Faxdesk could not start',
    message: `Something went wrong while Faxdesk prepared its settings and data folder (${dataDir}).`,
    whatToDo: AGAIN,
    location: dataDir,
  });
}

function problem(
  code: IpcErrorCode,
  affects: StartupProblem['affects'],
  error: unknown,
  words: Pick<StartupProblem, 'title' | 'message' | 'whatToDo' | 'location'>,
): StartupProblem {
  return { code, affects, ...words, detail: technicalDetail(error) };
}

/** What a FaxdeskError already says in words is left out: the detail is what lies under it. */
function technicalDetail(error: unknown): string {
  if (!(error instanceof FaxdeskError)) return describeError(error);
  const parts = [error.technicalDetail, error.cause === undefined ? null : describeError(error.cause)];
  return redact(parts.filter((part) => part).join('\n') || `${error.name} (${error.code})`);
}
