/**
 * The main window, locked down per DESIGN.md §6: an isolated, sandboxed page with no Node,
 * that cannot navigate away, open windows, or ask for permissions. A link to one of the app's
 * own pages (external-links.ts) opens in the browser; nothing the page names otherwise does.
 */
import { BrowserWindow, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { APP_PAGE_URL } from './app-page';
import { chosenExternalLink } from './external-links';
import { isPageRequestAllowed } from './request-policy';

const here = import.meta.dirname;

/**
 * The window's icon (Linux and Windows show it; macOS uses the bundle's). It sits at the same place
 * relative to out/main in a checkout and in the package, where electron-builder.yml adds it to
 * app.asar; Electron reads images from inside the archive.
 */
const windowIconPath = join(here, '../../assets/icon.png');

/** The built page, served on app:// from here (app-protocol.ts). */
export const builtPageFolder = join(here, '../renderer');

/** The dev server in `electron-vite dev` (a development override), our built page otherwise. */
export function rendererUrl(devServer: string | undefined): string {
  return devServer ?? APP_PAGE_URL;
}

/** `hidden`: started at login, waiting in the tray; the page loads all the same. */
export function createMainWindow(pageUrl: string, hidden = false): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    title: 'Faxdesk',
    icon: windowIconPath,
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  if (!hidden) window.once('ready-to-show', () => window.show());
  void window.loadURL(pageUrl);
  return window;
}

/** Applied to every webContents Faxdesk ever creates (see app.on('web-contents-created')). */
export function lockDown(contents: WebContents, pageUrl: string): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openChosenLink(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openChosenLink(url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  // One listener per session (a new one replaces the old): the page, and its workers, reach nothing else.
  contents.session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isPageRequestAllowed(details.url, pageUrl) }),
  );
}

/** Opens one of the app's own links in the default browser when the page asked for exactly it. */
function openChosenLink(requested: string): void {
  const link = chosenExternalLink(requested);
  if (link) void shell.openExternal(link);
}
