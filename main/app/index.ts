/**
 * The Electron shell: single instance, engine, IPC and the main window. Everything that
 * does the job lives in the engine; the desk is composed in desk-composition.ts (which the
 * browser tests compose too) and started in startup.ts. This file only hands them Electron's
 * pieces, and makes sure a failure while starting never takes the window with it.
 */
import { app, BrowserWindow, ipcMain, shell } from 'electron';
import { join } from 'node:path';
import ElectronStore from 'electron-store';
import type { EventName, Events } from '../../preload/contract';
import { FaxdeskError } from '../engine/errors';
import { KeytarSecretStore } from '../engine/secrets/keytar-secret-store';
import { settingsFileOptions } from '../engine/store/settings';
import { removeSharedCopies } from './document-copy';
import { registerAppScheme, serveAppPage } from './app-protocol';
import { composeDesk, type ComposedDesk } from './desk-composition';
import { registerIpc } from './ipc';
import { developmentOverrides, ignoredOverrides } from './development-overrides';
import { createMainLog } from './main-log';
import { createSenderTrust } from './sender-trust';
import { nativeDialogs, nativeFolderPicker, nativeSavePicker } from './native-dialogs';
import { utilityReaderLauncher } from './utility-reader';
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
  let desk: ComposedDesk | null = null;
  let started = false;
  let closing = false;
  const pageUrl = rendererUrl(overrides.rendererUrl);
  const trust = createSenderTrust(pageUrl);

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
    const engine = desk?.engine;
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
        chooseFolder: nativeFolderPicker(() => mainWindow),
        emit,
        log,
        // "Try without an account" receives a fax every few minutes, so the inbox can be tried too.
        sandboxInboundEverySeconds: 180,
      });
      registerIpc(ipcMain, trust, desk.dispatch);
      started = true;
      openWindow();
    })
    .catch((error: unknown) => console.error('Faxdesk could not open its window', error));
}

/** Opens a document in the person's own viewer, through Electron's shell. */
async function openWithShell(path: string): Promise<void> {
  // shell.openPath answers with an error message, or '' when the file opened.
  const problem = await shell.openPath(path);
  if (problem) throw new FaxdeskError('not_possible', `Your computer could not open the document: ${problem}`);
}
