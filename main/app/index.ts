/**
 * The Electron shell: single instance, engine, IPC and the main window. Everything that
 * does the job lives in the engine; this file only wires it to Electron.
 */
import { app, BrowserWindow, ipcMain, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ElectronStore from 'electron-store';
import type { EventName, Events } from '../../preload/contract';
import { createEngine } from '../engine/engine';
import { FaxdeskError } from '../engine/errors';
import { KeytarSecretStore } from '../engine/secrets/keytar-secret-store';
import { applySandboxMode, createHandlers, type HandlerContext } from './handlers';
import { createDispatch } from './ipc-dispatch';
import { registerIpc } from './ipc';
import { SandboxHost } from './sandbox-host';
import { forwardEngineEvents } from './engine-events';
import { createSenderTrust } from './sender-trust';
import { createMainWindow, lockDown, rendererUrl } from './window';

// FAXDESK_HOME lets a person (or a test) keep a separate desk, as the CLI does.
if (process.env['FAXDESK_HOME']) app.setPath('userData', process.env['FAXDESK_HOME']);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const pageUrl = rendererUrl();
  const trust = createSenderTrust(pageUrl);
  const sandbox = new SandboxHost();

  app.on('web-contents-created', (_event, contents) => lockDown(contents, pageUrl));

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

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

  void app.whenReady().then(async () => {
    const engine = createEngine({
      dataDir: app.getPath('userData'),
      secretStore: new KeytarSecretStore(),
      settingsBackend: new ElectronStore<Record<string, unknown>>({ name: 'settings' }),
      environment: { apiBase: process.env['FAXDESK_API_BASE'] },
      // Built beside this file (electron.vite.config.ts).
      documentWorker: pathToFileURL(join(import.meta.dirname, 'document-worker.js')),
    });
    const context: HandlerContext = {
      engine,
      sandbox,
      emit,
      desktop: {
        openPath: async (path) => {
          // shell.openPath answers with an error message, or '' when the file opened.
          const problem = await shell.openPath(path);
          if (problem) throw new FaxdeskError('not_possible', `Your computer could not open the document: ${problem}`);
        },
        viewingFolder: join(app.getPath('temp'), 'Faxdesk'),
      },
      runtime: {
        name: app.getName(),
        version: app.getVersion(),
        electron: process.versions.electron ?? null,
        chrome: process.versions.chrome ?? null,
      },
    };
    if (engine.settings.get().sandboxMode) await applySandboxMode(context, true);
    registerIpc(ipcMain, trust, createDispatch(createHandlers(context)));
    forwardEngineEvents(engine, emit);
    openWindow();
    // The outbox resumes whatever was in flight when Faxdesk last stopped.
    engine.outbox.start();

    let closing = false;
    app.on('before-quit', (event) => {
      if (closing) return;
      closing = true;
      event.preventDefault();
      void engine
        .close()
        .catch(() => undefined)
        .finally(() => app.quit());
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => void sandbox.stop());
}
