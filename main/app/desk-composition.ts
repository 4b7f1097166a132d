/**
 * The desk as one piece: the engine, the built-in sandbox, the handlers, the channels' dispatch,
 * the events to the page and the person's questions, started through startup.ts. The app
 * (index.ts) and the browser tests' harness both compose the desk here, so the tests run the
 * app's own wiring; each brings only what its surroundings provide — the app Electron's
 * settings store, utility process, message boxes and shell, the tests conf, a forked reader
 * and their scripted answers. Free of Electron, so the harness can run it in plain Node.
 */
import type { AccountEnvironment } from '../engine/account/account-connection';
import type { ReaderLauncher } from '../engine/documents/reader-port';
import { createEngine, type EngineConfig } from '../engine/engine';
import type { SecretStore } from '../engine/secrets/secret-store';
import type { SettingsBackend } from '../engine/store/settings';
import { oneQuestionAtATime, type AskPerson } from './desk-questions';
import { viewingFolderOf } from './document-copy';
import { HandedFiles } from './handed-files';
import type { HandlerContext, RuntimeInfo } from './handlers';
import { createDispatch, type Dispatch } from './ipc-dispatch';
import type { Log } from './main-log';
import { SandboxHost } from './sandbox-host';
import { startDesk, unstartedDesk, type StartedDesk } from './startup';
import { describeStartupProblem } from './startup-problem';

export interface DeskParts {
  /** The data folder: Electron's userData in the app, a fresh temporary folder in a test. */
  dataDir: string;
  runtime: RuntimeInfo;
  /** The system keychain; tests give it a service name of their own. */
  secretStore: SecretStore;
  /**
   * Makes the backend of settings.json: electron-store in the app, conf in plain Node. Called as
   * the engine is made, so a settings file that is not JSON is a start-up problem, not a crash.
   */
  settingsBackend: () => SettingsBackend;
  /** Where Telnyx is (FAXDESK_API_BASE in a development run, a test's server). */
  environment: AccountEnvironment;
  /** Starts the process untrusted files are read in: a utility process in the app, a forked Node in tests. */
  documentReader: ReaderLauncher;
  /**
   * Asks the person what the page may not decide (a large send, premium-rate numbers): native
   * message boxes in the app, the test's answers in the harness. One question is open at a time.
   */
  ask: AskPerson;
  /** Opens a read-only copy of a document in the person's viewer; rejects with words a person can read. */
  openPath: (path: string) => Promise<void>;
  /** Asks where to save a copy of a received fax: the save dialog in the app, the test's answer in the harness. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>;
  /** The person's home folder: the app leaves it to os.homedir(); tests give a temporary one. */
  home?: string;
  /** Asks which contacts file to import: the open dialog in the app, the test's file in the harness. */
  chooseImportFile?: HandlerContext['desktop']['chooseImportFile'];
  /** Asks where to save exported contacts. */
  chooseExportPath?: HandlerContext['desktop']['chooseExportPath'];
  /** Asks for the watched folder: the folder dialog in the app, the test's answer in the harness. */
  chooseFolder?: (current: string) => Promise<string | null>;
  /** Asks for the folder every report is saved into (Settings): a native dialog in the app. */
  chooseReportFolder?: () => Promise<string | null>;
  emit: HandlerContext['emit'];
  log: Log;
  /** In "Try without an account", a fax arrives this often (the app's demo); tests leave it off. */
  sandboxInboundEverySeconds?: number;
  /** What only tests change about the engine: redials seconds apart, a broken SQLite module. */
  tuning?: Pick<EngineConfig, 'policy' | 'sqliteNativeBinding'>;
}

export interface ComposedDesk extends StartedDesk {
  /** The built-in sandbox, started by "Try without an account"; stopped when Faxdesk quits. */
  sandbox: SandboxHost;
  /** Every channel, validated and answered as a Result; the app puts its sender check in front. */
  dispatch: Dispatch;
  /** Files handed to Faxdesk from outside, for Send (a second launch, open-file; a test). */
  handed: HandedFiles;
}

/** Never rejects: whatever fails while starting becomes a problem the window shows. */
export async function composeDesk(parts: DeskParts): Promise<ComposedDesk> {
  const { dataDir, runtime, log } = parts;
  const sandbox = new SandboxHost({ inboundEverySeconds: parts.sandboxInboundEverySeconds });
  // One gate for the engine's question and the handlers': the person never sees two dialogs at once.
  const ask = oneQuestionAtATime(parts.ask);
  const handed = new HandedFiles(parts.emit);
  let desk: StartedDesk;
  try {
    desk = await startDesk({
      dataDir,
      runtime,
      sandbox,
      emit: parts.emit,
      handed,
      ask,
      log,
      desktop: {
        openPath: parts.openPath,
        viewingFolder: viewingFolderOf(dataDir),
        chooseSavePath: parts.chooseSavePath,
        home: parts.home,
        chooseImportFile: parts.chooseImportFile,
        chooseExportPath: parts.chooseExportPath,
        chooseReportFolder: parts.chooseReportFolder,
        chooseFolder: parts.chooseFolder,
      },
      createEngine: () =>
        createEngine({
          dataDir,
          secretStore: parts.secretStore,
          settingsBackend: parts.settingsBackend(),
          environment: parts.environment,
          confirmLargeBatch: ask,
          documentReader: parts.documentReader,
          log,
          ...parts.tuning,
        }),
    });
  } catch (error) {
    // startDesk catches each step's failure; this is the net under the net.
    desk = unstartedDesk({ runtime }, describeStartupProblem('engine', error, dataDir));
    log('Start-up failed outside its steps', error);
  }
  return { ...desk, sandbox, handed, dispatch: createDispatch(desk.handlers, log) };
}
