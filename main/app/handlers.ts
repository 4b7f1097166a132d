/**
 * What each channel does, in terms of the engine. Kept free of Electron imports so the
 * browser tests can serve the page with exactly these handlers; what only Electron knows
 * (its versions) comes in through `RuntimeInfo`.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import type { AppInfo, CredentialStatus, EventName, Events, StartupProblem } from '../../preload/contract';
import { DEFAULT_CONFIDENTIALITY_NOTICE } from '../../domain/confidentiality-notice';
import type { Engine } from '../engine/engine';
import { FaxdeskError } from '../engine/errors';
import { limitInFlight } from './channel-limits';
import { createContactsHandlers, type ContactsHandlerContext } from './contacts-handlers';
import { cannotAsk, oneQuestionAtATime, type AskPerson } from './desk-questions';
import { readOnlyCopy } from './document-copy';
import { createInboxHandlers } from './inbox-handlers';
import { createPrintHandlers } from './print-handlers';
import type { HandedFiles } from './handed-files';
import { createReportHandlers } from './report-handlers';
import type { Handlers } from './ipc-dispatch';
import { toConnectivityStatus, toJobDetail, toJobSummary } from './job-dto';
import type { SandboxHost } from './sandbox-host';
import { StagedDocuments } from './staged-documents';
import { updateSettings } from './settings-update';
import type { WatchFolderHost } from './watch-folder-host';

export interface RuntimeInfo {
  name: string;
  version: string;
  electron: string | null;
  chrome: string | null;
}

export interface HandlerContext {
  engine: Engine;
  runtime: RuntimeInfo;
  sandbox: SandboxHost;
  /** What the desktop does for us: in the app, Electron's shell and temp folder. */
  desktop: {
    /** Opens a file in its default application; rejects with words a person can read. */
    openPath(path: string): Promise<void>;
    /** Where read-only copies of documents are put for viewing. */
    viewingFolder: string;
    /** Asks where to save a copy (a native save dialog in the app); null when the person cancels. */
    chooseSavePath?: (suggestedName: string) => Promise<string | null>;
    /** The person's home folder (the default watched folder, macOS's PDF Services); os.homedir() unless a test gives one. */
    home?: string;
    /** Asks which contacts file to import (a native open dialog in the app); null when cancelled. */
    chooseImportFile?: ContactsHandlerContext['chooseImportFile'];
    /** Asks where to save exported contacts (a native save dialog in the app); null when cancelled. */
    chooseExportPath?: ContactsHandlerContext['chooseExportPath'];
    /** Asks for the watched folder (a native folder dialog in the app); null when the person cancels. */
    chooseFolder?: (current: string) => Promise<string | null>;
    /** Asks for the folder every report is saved into (a native folder dialog in the app); null when cancelled. */
    chooseReportFolder?: () => Promise<string | null>;
  };
  /**
   * Asks the person in a native dialog the page cannot reach (native-dialogs.ts): turning on
   * premium-rate and satellite numbers. Without it, what needs a yes is refused.
   */
  ask?: AskPerson;
  /** Sends an event to the page (webContents.send in the app). */
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
  /** Files handed to Faxdesk from outside (handed-files.ts); none arrive without it. */
  handed?: HandedFiles;
  /** What failed while Faxdesk started (startup.ts), for `app:info`; none when omitted. */
  startupProblems?: readonly StartupProblem[];
  /** Files held for sends; shared with the watched folder, whose files the page sends by token too. */
  staged?: StagedDocuments;
  /** The watched folder (watch-folder-host.ts); without it, its channels refuse in words. */
  watchFolder?: WatchFolderHost;
}

/** What `app:info` answers; also when the engine itself could not start. */
export function appInfo(runtime: RuntimeInfo, startupProblems: readonly StartupProblem[] = []): AppInfo {
  return {
    name: runtime.name,
    version: runtime.version,
    platform: process.platform,
    arch: process.arch,
    versions: { electron: runtime.electron, chrome: runtime.chrome, node: process.versions.node },
    startupProblems: [...startupProblems],
  };
}

/** Puts the engine in sandbox mode or out of it, starting or stopping the local server. */
export async function applySandboxMode(context: HandlerContext, enabled: boolean): Promise<void> {
  const { engine, sandbox } = context;
  if (enabled) {
    engine.accountConnection.attachSandbox(await sandbox.start());
    engine.settings.update({ sandboxMode: true });
  } else {
    engine.settings.update({ sandboxMode: false });
    engine.accountConnection.attachSandbox(null);
    await sandbox.stop();
  }
}

export function createHandlers(context: HandlerContext): Handlers {
  const { engine, runtime } = context;
  const ask = oneQuestionAtATime(context.ask ?? cannotAsk);
  const staged = context.staged ?? new StagedDocuments();
  const watchFolder = () =>
    context.watchFolder ?? Promise.reject(new FaxdeskError('not_possible', 'Faxdesk does not watch a folder here.'));
  /** Credential changes are announced, so every view of the account stays current. */
  const announce = (status: CredentialStatus): CredentialStatus => {
    context.emit('credentials.changed', status);
    return status;
  };

  // The costly channels refuse as busy past their limits, so a flood cannot exhaust the main process.
  return limitInFlight({
    'app:info': () => Promise.resolve(appInfo(runtime, context.startupProblems)),
    'credentials:status': () => engine.credentials.status(),
    'credentials:save': async (credentials) => {
      const status = await engine.credentials.save(credentials);
      if (engine.accountConnection.isSandboxAttached()) await applySandboxMode(context, false);
      return announce(status);
    },
    'credentials:clear': async () => announce(await engine.credentials.clear()),
    'sandbox:set': async ({ enabled }) => {
      await applySandboxMode(context, enabled);
      return announce(await engine.credentials.status());
    },
    'account:discover': () => engine.account.discover(),
    'settings:get': () => Promise.resolve(engine.settings.get()),
    'settings:update': async (patch) => {
      const settings = await updateSettings(engine, ask, patch);
      // The watched folder follows its switch: started (and the folder made) or stopped.
      await context.watchFolder?.apply();
      return settings;
    },
    'settings:standardNotice': () => Promise.resolve(DEFAULT_CONFIDENTIALITY_NOTICE),
    'jobs:create': async (request) => {
      const jobs = await engine.jobs.create({ ...request, documents: staged.forSend(request.documents) });
      // Queued: the archive has the fax now. Until then the files stay, so a refused send can be corrected and sent.
      staged.release(request.documents);
      return jobs.map(toJobSummary);
    },
    'jobs:list': (query) => {
      const { jobs, total } = engine.jobs.list(query);
      return Promise.resolve({ jobs: jobs.map(toJobSummary), total });
    },
    'jobs:detail': ({ id }) => {
      const detail = engine.jobs.detail(id);
      if (!detail) return Promise.reject(new FaxdeskError('job_not_found', 'That fax is not in your history.'));
      return Promise.resolve(toJobDetail(detail.job, detail.events));
    },
    'jobs:cancel': async ({ id }) => toJobSummary(await engine.jobs.cancel(id)),
    'jobs:resend': async ({ id }) => toJobSummary(await engine.jobs.resend(id)),
    'jobs:delete': async ({ id }) => {
      await engine.jobs.delete(id);
      return null;
    },
    'jobs:openDocument': async ({ id }) => {
      const job = engine.jobs.get(id);
      if (!job) throw new FaxdeskError('job_not_found', 'That fax is not in your history.');
      const source = engine.jobs.documentPath(id);
      if (!source || !existsSync(source)) {
        throw new FaxdeskError(
          'not_possible',
          "This fax's document is no longer in Faxdesk's data folder, so it cannot be opened.",
        );
      }
      await context.desktop.openPath(await readOnlyCopy(source, job, context.desktop.viewingFolder));
      return null;
    },
    'jobs:recentRecipients': () => Promise.resolve(engine.jobs.recentRecipients(20)),
    'documents:stage': (file) => staged.stage(file, (read) => engine.documents.inspect(read)),
    'documents:release': ({ tokens }) => {
      staged.release(tokens);
      return Promise.resolve(null);
    },
    'documents:preview': async ({ documents, recipient, cover }) => {
      const prepared = await engine.jobs.preview({ documents: staged.forSend(documents), recipient, cover });
      return prepared.pdf;
    },
    'documents:takeHanded': () =>
      context.handed
        ? context.handed.take(staged, (read) => engine.documents.inspect(read))
        : Promise.resolve({ documents: [], problems: [] }),
    'connectivity:status': () => Promise.resolve(toConnectivityStatus(engine.connectivity.get())),
    'watch:status': async () => (await watchFolder()).status(),
    'watch:chooseFolder': async () => (await watchFolder()).chooseFolder(),
    ...createInboxHandlers({
      inbox: engine.inbox,
      staged,
      inspect: (read) => engine.documents.inspect(read),
      chooseSavePath: context.desktop.chooseSavePath,
    }),
    ...createPrintHandlers({
      settings: () => engine.settings.get(),
      home: context.desktop.home ?? homedir(),
      platform: process.platform,
    }),
    ...createContactsHandlers({
      contacts: engine.contacts,
      defaultCountry: () => engine.settings.get().defaultCountry,
      chooseImportFile: context.desktop.chooseImportFile,
      chooseExportPath: context.desktop.chooseExportPath,
    }),
    ...createReportHandlers({
      engine,
      chooseSavePath: context.desktop.chooseSavePath,
      chooseFolder: context.desktop.chooseReportFolder,
    }),
  });
}
