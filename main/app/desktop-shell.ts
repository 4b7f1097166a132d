/**
 * What Faxdesk does on the desktop around its window, in Electron's terms: notifications, the
 * tray icon with its menu, the dock or taskbar badge, and start at login. The decisions — what
 * to tell, the counts and their words, the Linux autostart entry — are made in
 * engine/notices/; this file only hands them to Electron.
 */
import { app, Menu, nativeImage, Notification, Tray } from 'electron';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { autostartEntry, autostartPath, HIDDEN_ARG, launchCommand } from '../engine/notices/autostart-entry';
import type { ShownNotice } from '../engine/notices/notice-text';
import { badgeCount, trayLabel, type TrayCounts } from '../engine/notices/tray-status';

/**
 * The tray icons (scripts/make-tray-icons.mjs), beside the window icon: a template image on
 * macOS, which the menu bar tints for light and dark, the app's blue tile elsewhere.
 */
const trayIconPath = join(
  import.meta.dirname,
  '../../assets',
  process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png',
);

/** Shows one notification; a click calls `onClick`. Silently nothing where the desktop has none. */
export function showNotice(notice: Pick<ShownNotice, 'title' | 'body'>, onClick: () => void): void {
  if (!Notification.isSupported()) return;
  const shown = new Notification({ title: notice.title, body: notice.body, silent: false });
  shown.on('click', onClick);
  shown.show();
}

export interface TrayActions {
  open: () => void;
  quit: () => void;
}

/** The tray icon and its menu; `update` puts the counts in its tooltip, menu and the badge. */
export function createTray(actions: TrayActions): { update: (counts: TrayCounts) => void; destroy: () => void } {
  const tray = new Tray(nativeImage.createFromPath(trayIconPath));
  const menuFor = (label: string) =>
    Menu.buildFromTemplate([
      { label, enabled: false },
      { type: 'separator' },
      { label: 'Open Faxdesk', click: actions.open },
      { label: 'Quit Faxdesk', click: actions.quit },
    ]);
  // A click opens the window on Windows and Linux; on macOS a click shows the menu.
  tray.on('click', actions.open);
  const update = (counts: TrayCounts) => {
    const label = trayLabel(counts);
    tray.setToolTip(label);
    tray.setContextMenu(menuFor(label));
    // macOS's dock and Linux launchers that support it (Unity); nothing on Windows.
    app.setBadgeCount(badgeCount(counts));
  };
  update({ unread: 0, failed: 0, unconfirmed: 0 });
  return { update, destroy: () => tray.destroy() };
}

/**
 * Start at login, hidden in the tray: a login item on macOS and Windows; on Linux, where
 * Electron has none, an XDG autostart entry in ~/.config/autostart.
 */
export async function applyOpenAtLogin(enabled: boolean): Promise<void> {
  // A development run is Electron itself running a folder: it is no app to start at login.
  if (!app.isPackaged) return;
  if (process.platform === 'linux') {
    const path = autostartPath(homedir(), process.env);
    if (!enabled) return rm(path, { force: true });
    await mkdir(dirname(path), { recursive: true });
    return writeFile(path, autostartEntry(launchCommand(process.execPath, process.env)));
  }
  // `args` count on Windows; macOS passes none, and says instead that it opened Faxdesk at login.
  app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_ARG] });
}

/** Started at login, to wait in the tray rather than open its window. */
export function startedHidden(argv: readonly string[]): boolean {
  if (argv.includes(HIDDEN_ARG)) return true;
  return process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}
