/**
 * The Electron shell: single instance, engine, IPC and the main window. Everything that
 * does the job lives in the engine; the desk is composed in desk-composition.ts (which the
 * browser tests compose too) and started in startup.ts. This file only hands them Electron's
 * pieces, and makes sure a failure while starting never takes the window with it.
 */
import { app, BrowserWindow, ipcMain, shell } from 'electron';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import ElectronStore from 'electron-store';
import type { EventName, Events } from '../../preload/contract';
import { FaxdeskError } from '../engine/errors';
import { KeytarSecretStore } from '../engine/secrets/keytar-secret-store';
import { settingsFileOptions } from '../engine/store/settings';
import { removeSharedCopies } from './document-copy';
import { registerAppScheme, serveAppPage } from './app-protocol';
import { composeDesk, type ComposedDesk } from './desk-composition';
import { startDesktopPresence, type DesktopPresence } from './desktop-presence';
import { applyOpenAtLogin, createTray, showNotice, startedHidden } from './desktop-shell';
import { handedFiles } from '../engine/notices/handed-files';
import { followSettingsUpdates } from './settings-follow';
import { registerIpc } from './ipc';
import { developmentOverrides, ignoredOverrides } from './development-overrides';
import { createMainLog } from './main-log';
import { createSenderTrust } from './sender-trust';
import {
  nativeContactsExportPicker,
  nativeContactsFilePicker,
  nativeDialogs,
  nativeFolderPicker,
  nativeReportFolderPicker,
  nativeSavePicker,
} from './native-dialogs';
import { utilityReaderLauncher } from './utility-reader';
import { builtPageFolder, createMainWindow, lockDown, rendererUrl } from './window';

// FAXDESK_HOME, FAXDESK_API_BASE and ELECTRON_RENDERER_URL count only in a development run.
const overrideSources = { isPackaged: app.isPackaged, env: process.env };
const overrides = developmentOverrides(overrideSources);
if (overrides.dataDir) app.setPath('userData', overrides.dataDir);
// The page's own scheme, app://faxdesk/, has to be known before 'ready'.
registerAppScheme();
// Windows shows notifications only for an app with this id: the installer's, electron-builder.yml's appId.
if (process.platform === 'win32') app.setAppUserModelId('com.faxdesk.desktop');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let desk: ComposedDesk | null = null;
  let presence: DesktopPresence | null = null;
  let started = false;
  let closing = false;
  const startedAt = Date.now();
  const pageUrl = rendererUrl(overrides.rendererUrl);
  const trust = createSenderTrust(pageUrl);
  // Files named by this launch, and by macOS's open-file before the desk is ready.
  const waitingFiles = filesOf(process.argv, process.cwd());
  const handOver = (paths: string[]) => {
    if (desk) desk.handed.hand(paths);
    else waitingFiles.push(...paths);
  };

  // Files from the watched folder for a page that is not there yet (no window, as on a Mac after
  // its window is closed, or one still loading): they wait here and go once it has loaded.
  const watchedForPage: Array<Events['watch.file']> = [];
  let pageLoaded = false;

  const openWindow = (hidden = false) => {
    const window = createMainWindow(pageUrl, hidden);
    const id = window.webContents.id;
    trust.trust(id);
    pageLoaded = false;
    window.webContents.once('did-finish-load', () => {
      pageLoaded = true;
      for (const file of watchedForPage.splice(0)) emit('watch.file', file);
    });
    // Closing keeps Faxdesk running in the tray, when Settings say so and there is a tray.
    window.on('close', (event) => {
      if (closing || !presence?.keepsRunning()) return;
      event.preventDefault();
      window.hide();
      presence.closedToTray();
    });
    window.on('closed', () => {
      trust.forget(id);
      if (mainWindow !== window) return;
      mainWindow = null;
      pageLoaded = false;
    });
    mainWindow = window;
  };

  const emit = <E extends EventName>(event: E, payload: Events[E]) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(event, payload);
  };

  const showWindow = () => {
    if (!started) return;
    if (!mainWindow) openWindow();
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  // Registered before anything that can fail, so Faxdesk can always be focused, reopened and quit.
  app.on('web-contents-created', (_event, contents) => lockDown(contents, pageUrl));
  // A second launch ("Open with Faxdesk" while it runs) hands its files here and quits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    handOver(filesOf(argv, workingDirectory));
    showWindow();
  });
  // macOS names opened files in an event, also before 'ready' when they started Faxdesk.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    handOver(filesOf(['', path], '/', false));
    showWindow();
  });
  app.on('before-quit', (event) => {
    const running = desk;
    const engine = running?.engine;
    if (closing || !running || !engine) return;
    closing = true;
    presence?.stop();
    event.preventDefault();
    // The file being taken from the watched folder is finished with before the records close.
    void running
      .stopWatching()
      .then(() => engine.close())
      .catch(() => undefined)
      .finally(() => app.quit());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) openWindow();
    else showWindow();
  });
  app.on('will-quit', () => void desk?.sandbox.stop());

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
      desk = await composeDesk({
        dataDir,
        runtime: {
          name: app.getName(),
          version: app.getVersion(),
          electron: process.versions.electron ?? null,
          chrome: process.versions.chrome ?? null,
        },
        secretStore: new KeytarSecretStore(),
        settingsBackend: () => new ElectronStore<Record<string, unknown>>({ name: 'settings', ...settingsFileOptions }),
        environment: { apiBase: overrides.apiBase },
        // Built beside this file (electron.vite.config.ts); files are read in a utility process.
        documentReader: utilityReaderLauncher(join(import.meta.dirname, 'document-reader.js')),
        // Large sends and premium-rate numbers are asked about in native dialogs the page cannot answer.
        ask: nativeDialogs(() => mainWindow),
        openPath: openWithShell,
        chooseSavePath: nativeSavePicker(() => mainWindow),
        chooseImportFile: nativeContactsFilePicker(() => mainWindow),
        chooseExportPath: nativeContactsExportPicker(() => mainWindow),
        chooseFolder: nativeFolderPicker(() => mainWindow),
        chooseReportFolder: nativeReportFolderPicker(() => mainWindow),
        // A file from the watched folder opens in Send: the window comes forward, also from the tray.
        emit: (event, payload) => {
          if (event !== 'watch.file') return emit(event, payload);
          showWindow();
          if (mainWindow && pageLoaded) emit(event, payload);
          else watchedForPage.push(payload as Events['watch.file']);
        },
        log,
        // "Try without an account" receives a fax every few minutes, so the inbox can be tried too.
        sandboxInboundEverySeconds: 180,
      });
      desk.handed.hand(waitingFiles.splice(0));
      const engine = desk.engine;
      if (engine) {
        presence = startDesktopPresence({
          engine,
          shell: { showNotice, createTray, applyOpenAtLogin },
          showWindow,
          emit,
          quit: () => app.quit(),
          log,
          startedAt,
          // Notices name the contact, never the document (records unavailable: the number alone).
          nameFor: (number) => {
            try {
              return engine.contacts.nameFor(number);
            } catch {
              return null;
            }
          },
        });
      }
      registerIpc(
        ipcMain,
        trust,
        followSettingsUpdates(desk.dispatch, (settings) => presence?.settingsChanged(settings)),
      );
      started = true;
      // Started at login: the window waits hidden in the tray, when there is one to wait in.
      openWindow(startedHidden(process.argv) && (presence?.keepsRunning() ?? false));
      // The watched folder starts once the page can open its files in Send.
      const composed = desk;
      mainWindow?.webContents.once('did-finish-load', () => composed.startWatching());
    })
    .catch((error: unknown) => console.error('Faxdesk could not open its window', error));
}

/** The files a launch's command line names (engine/notices/handed-files.ts). */
function filesOf(argv: readonly string[], cwd: string, defaultApp = Boolean(process.defaultApp)): string[] {
  const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  return handedFiles({ argv, cwd, defaultApp }, isFile);
}

/** Opens a document in the person's own viewer, through Electron's shell. */
async function openWithShell(path: string): Promise<void> {
  // shell.openPath answers with an error message, or '' when the file opened.
  const problem = await shell.openPath(path);
  if (problem) throw new FaxdeskError('not_possible', `Your computer could not open the document: ${problem}`);
}
