/**
 * The Electron shell: single instance, engine, IPC and the main window. Everything that
 * does the job lives in the engine; start-up itself is in startup.ts. This file only wires
 * them to Electron, and makes sure a failure while starting never takes the window with it.
 */
import { app, BrowserWindow, ipcMain, shell } from 'electron';
import { join } from 'node:path';
import ElectronStore from 'electron-store';
import type { EventName, Events } from '../../preload/contract';
import { createEngine, type Engine } from '../engine/engine';
import { FaxdeskError } from '../engine/errors';
import { KeytarSecretStore } from '../engine/secrets/keytar-secret-store';
import { settingsFileOptions } from '../engine/store/settings';
import type { RuntimeInfo } from './handlers';
import { removeSharedCopies, viewingFolderOf } from './document-copy';
import { registerAppScheme, serveAppPage } from './app-protocol';
import { createDispatch } from './ipc-dispatch';
import { registerIpc } from './ipc';
import { developmentOverrides, ignoredOverrides } from './development-overrides';
import { createMainLog, type Log } from './main-log';
import { SandboxHost } from './sandbox-host';
import { createSenderTrust } from './sender-trust';
import { oneQuestionAtATime, type AskPerson } from './desk-questions';
import { nativeDialogs } from './native-dialogs';
import { utilityReaderLauncher } from './utility-reader';
import { startDesk, unstartedDesk, type StartedDesk } from './startup';
import { describeStartupProblem } from './startup-problem';
import { builtPageFolder, createMainWindow, lockDown, rendererUrl } from './window';

// FAXDESK_HOME, FAXDESK_API_BASE and ELECTRON_RENDERER_URL count only in a development run.
const overrideSources = { isPackaged: app.isPackaged, env: process.env };
const overrides = developmentOverrides(overrideSources);
if (overrides.dataDir) app.setPath('userData', overrides.dataDir);
// The page's own scheme, app://faxdesk/, has to be known before 'ready'.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let engine: Engine | null = null;
  let started = false;
  let closing = false;
  const pageUrl = rendererUrl(overrides.rendererUrl);
  const trust = createSenderTrust(pageUrl);
  const sandbox = new SandboxHost();
  // Large sends and premium-rate numbers are asked about in native dialogs the page cannot answer.
  const ask = oneQuestionAtATime(nativeDialogs(() => mainWindow));

  const openWindow = () => {
    const window = createMainWindow(pageUrl);
    const id = window.webContents.id;
    trust.trust(id);
    window.on('closed', () => {
      trust.forget(id);
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  const emit = <E extends EventName>(event: E, payload: Events[E]) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
  };

  // Registered before anything that can fail, so Faxdesk can always be focused, reopened and quit.
  app.on('web-contents-created', (_event, contents) => lockDown(contents, pageUrl));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('before-quit', (event) => {
    if (closing || !engine) return;
    closing = true;
    event.preventDefault();
    void engine
      .close()
      .catch(() => undefined)
      .finally(() => app.quit());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', () => void sandbox.stop());

  void app
    .whenReady()
    .then(async () => {
      serveAppPage(builtPageFolder);
      const dataDir = app.getPath('userData');
      const log = createMainLog(join(dataDir, 'logs', 'main.log'));
      // Copies opened by earlier versions sat where other accounts could read them.
      void removeSharedCopies(join(app.getPath('temp'), 'Faxdesk')).then((outcome) => {
        if (outcome !== 'absent') log(`Copies of documents in the shared temp folder: ${outcome}`);
      });
      for (const { name, reason } of ignoredOverrides(overrideSources)) log(`${name} is set but not used: ${reason}.`);
      const runtime: RuntimeInfo = {
        name: app.getName(),
        version: app.getVersion(),
        electron: process.versions.electron ?? null,
        chrome: process.versions.chrome ?? null,
      };
      let desk: StartedDesk;
      try {
        desk = await startDesk({
          dataDir,
          runtime,
          sandbox,
          emit,
          ask,
          log,
          desktop: desktop(dataDir),
          createEngine: () => make(dataDir, log, ask),
        });
      } catch (error) {
        // startDesk catches each step's failure; this is the net under the net.
        desk = unstartedDesk({ runtime }, describeStartupProblem('engine', error, dataDir));
        log('Start-up failed outside its steps', error);
      }
      engine = desk.engine;
      registerIpc(ipcMain, trust, createDispatch(desk.handlers, log));
      started = true;
      openWindow();
    })
    .catch((error: unknown) => console.error('Faxdesk could not open its window', error));
}

function make(dataDir: string, log: Log, ask: AskPerson): Engine {
  return createEngine({
    dataDir,
    secretStore: new KeytarSecretStore(),
    settingsBackend: new ElectronStore<Record<string, unknown>>({ name: 'settings', ...settingsFileOptions }),
    environment: { apiBase: overrides.apiBase },
    confirmLargeBatch: ask,
    // Built beside this file (electron.vite.config.ts); files are read in a utility process.
    documentReader: utilityReaderLauncher(join(import.meta.dirname, 'document-reader.js')),
    log,
  });
}

/** What the desktop does for the handlers: Electron's shell, and a private folder for copies. */
function desktop(dataDir: string) {
  return {
    openPath: async (path: string) => {
      // shell.openPath answers with an error message, or '' when the file opened.
      const problem = await shell.openPath(path);
      if (problem) throw new FaxdeskError('not_possible', `Your computer could not open the document: ${problem}`);
    },
    viewingFolder: viewingFolderOf(dataDir),
  };
}
