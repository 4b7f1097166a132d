/**
 * Start-up, step by step, so that no step can take the others down: the engine (with its
 * settings), the built-in sandbox when it was on, the records and the outbox. A step that
 * fails is logged with its cause and becomes a StartupProblem the window shows; the channels
 * answer whatever still works, and a typed error for the rest — never a hang, never a throw.
 *
 * Free of Electron: the app and the browser tests' harness both start the desk here, through
 * desk-composition.ts, so the tests see exactly the start-up the app has.
 */
import { contract, type Channel, type StartupProblem } from '../../preload/contract';
import type { Engine } from '../engine/engine';
import { removeOldCopies } from './document-copy';
import { forwardEngineEvents } from './engine-events';
import { appInfo, applySandboxMode, createHandlers, type HandlerContext } from './handlers';
import { IpcFailure, type Handlers } from './ipc-dispatch';
import type { Log } from './main-log';
import { StagedDocuments } from './staged-documents';
import { describeStartupProblem, type StartupStep } from './startup-problem';
import { WatchFolderHost } from './watch-folder-host';

export interface StartupOptions extends Omit<HandlerContext, 'engine' | 'startupProblems'> {
  dataDir: string;
  /** Makes the engine; may throw (a settings file that is not JSON, a data folder it may not use). */
  createEngine: () => Engine;
  log: Log;
}

export interface StartedDesk {
  /** Null when it could not be made: then every channel but app:info answers `startup_failed`. */
  engine: Engine | null;
  handlers: Handlers;
  /** Most serious first. */
  problems: StartupProblem[];
  /** Stops forwarding engine events to the page, and watching the folder. */
  stopEvents: () => void;
  /**
   * Starts the watched folder when its setting is on. Called once the page is there to open its
   * files in Send, so a file waiting in the folder at start-up is not sent to no one.
   */
  startWatching: () => void;
  /** Stops watching the folder once the file being taken is finished with; before the engine closes. */
  stopWatching: () => Promise<void>;
}

/** The channels that need the records; everything else works without them. */
const recordChannels = new Set<Channel>([
  'jobs:create',
  'jobs:list',
  'jobs:detail',
  'jobs:cancel',
  'jobs:resend',
  'jobs:delete',
  'jobs:openDocument',
  'jobs:recentRecipients',
  'inbox:list',
  'inbox:detail',
  'inbox:markRead',
  'inbox:unreadCount',
  'inbox:document',
  'inbox:saveCopy',
  'inbox:forward',
]);

const severity: Record<StartupProblem['affects'], number> = { app: 0, records: 1, sandbox: 2 };

export async function startDesk(options: StartupOptions): Promise<StartedDesk> {
  const { createEngine, dataDir, log, ...rest } = options;
  const problems: StartupProblem[] = [];
  const failed = (step: StartupStep, error: unknown): StartupProblem => {
    const problem = describeStartupProblem(step, error, dataDir);
    log(`Start-up: ${problem.title} (${step}: ${problem.code})`, error);
    problems.push(problem);
    problems.sort((a, b) => severity[a.affects] - severity[b.affects]);
    return problem;
  };
  // Copies handed to viewers are kept a day; those left from earlier runs go now.
  void removeOldCopies(rest.desktop.viewingFolder, Date.now());

  let engine: Engine;
  try {
    engine = createEngine();
  } catch (error) {
    return unstartedDesk(options, failed('engine', error));
  }
  const staged = new StagedDocuments();
  const watchFolder = new WatchFolderHost({
    engine,
    staged,
    emit: rest.emit,
    log,
    chooseFolder: rest.desktop.chooseFolder,
  });
  const context: HandlerContext = { ...rest, engine, startupProblems: problems, staged, watchFolder };

  try {
    if (engine.settings.get().sandboxMode) await applySandboxMode(context, true);
  } catch (error) {
    failed('sandbox', error);
  }

  // Attached before the outbox starts, so nothing it resumes goes unannounced.
  const stopEngineEvents = forwardEngineEvents(engine, rest.emit);
  const stopWatching = () => watchFolder.stop();
  const stopEvents = () => {
    stopEngineEvents();
    void stopWatching();
  };
  let handlers = createHandlers(context);
  try {
    // The outbox resumes whatever was in flight when Faxdesk last stopped; this opens the records.
    engine.outbox.start();
  } catch (error) {
    handlers = withoutRecords(handlers, failed('records', error));
    // Without the records no file can be taken once: the folder is not watched.
    return { engine, handlers, problems, stopEvents, startWatching: () => undefined, stopWatching };
  }
  return { engine, handlers, problems, stopEvents, startWatching: () => void watchFolder.apply(), stopWatching };
}

/**
 * Start-up could not even make the engine: the window still opens, `app:info` says why, and
 * every other channel refuses in words instead of throwing or hanging.
 */
export function unstartedDesk(options: Pick<StartupOptions, 'runtime'>, problem: StartupProblem): StartedDesk {
  const refusal = () =>
    Promise.reject(new IpcFailure('startup_failed', `Faxdesk could not start: ${problem.message} ${problem.whatToDo}`));
  const handlers = Object.fromEntries(
    (Object.keys(contract) as Channel[]).map((channel) => [channel, refusal]),
  ) as unknown as Handlers;
  handlers['app:info'] = () => Promise.resolve(appInfo(options.runtime, [problem]));
  return {
    engine: null,
    handlers,
    problems: [problem],
    stopEvents: () => undefined,
    startWatching: () => undefined,
    stopWatching: () => Promise.resolve(),
  };
}

/**
 * The records did not open. Settings, the account and the sandbox still work — an office user
 * can check their key, their sender and the version for whoever helps them — but sending and
 * history answer with the problem itself. They do not retry the records on each call: the
 * outbox did not start, so a history that appeared later while nothing was being sent would
 * mislead. Starting Faxdesk again, once the cause is dealt with, is the way back.
 */
function withoutRecords(handlers: Handlers, problem: StartupProblem): Handlers {
  const refusal = () => Promise.reject(new IpcFailure(problem.code, `${problem.message} ${problem.whatToDo}`));
  const guarded = { ...handlers } as Record<Channel, unknown>;
  for (const channel of recordChannels) guarded[channel] = refusal;
  return guarded as Handlers;
}
