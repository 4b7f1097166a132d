/**
 * Faxdesk's presence on the desktop while it runs: notifications that open the fax clicked, the
 * tray with its counts, start at login kept as Settings say, and the one-time word that closing
 * the window leaves Faxdesk in the tray. Free of Electron: the shell's pieces come in through
 * `DesktopShell` (desktop-shell.ts in the app), so this wiring is tested in plain Node.
 */
import type { EventName, Events } from '../../preload/contract';
import type { Settings } from '../../domain/settings';
import type { Engine } from '../engine/engine';
import type { ShownNotice } from '../engine/notices/notice-text';
import type { TrayCounts } from '../engine/notices/tray-status';
import { notifyOfFaxes } from './fax-notices';
import type { Log } from './main-log';
import { followTrayCounts } from './tray-counts';

export interface DesktopShell {
  showNotice(notice: Pick<ShownNotice, 'title' | 'body'>, onClick: () => void): void;
  createTray(actions: { open: () => void; quit: () => void }): { update(counts: TrayCounts): void; destroy(): void };
  applyOpenAtLogin(enabled: boolean): Promise<void>;
}

export interface PresenceOptions {
  engine: Engine;
  shell: DesktopShell;
  /** Shows the window (made again if it was closed), restored and focused. */
  showWindow: () => void;
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
  /** Quits Faxdesk the way the app menu does, so the outbox is stopped cleanly. */
  quit: () => void;
  log: Log;
  startedAt: number;
  nameFor?: (number: string) => string | null | undefined;
}

export interface DesktopPresence {
  /** Whether closing the window should leave Faxdesk running in the tray now. */
  keepsRunning(): boolean;
  /** The window was closed into the tray: said once, the first time. */
  closedToTray(): void;
  /** The page changed settings: start at login follows. */
  settingsChanged(settings: Settings): void;
  stop(): void;
}

export const TRAY_EXPLANATION = {
  title: 'Faxdesk is still running',
  body: 'Faxes keep going out and coming in. Open Faxdesk from its icon in the tray, or quit it there. Settings can change this.',
};

export function startDesktopPresence(options: PresenceOptions): DesktopPresence {
  const { engine, shell, log } = options;
  const openFax = (target: ShownNotice['target']) => {
    options.showWindow();
    options.emit('app.openFax', target);
  };
  let tray: ReturnType<DesktopShell['createTray']> | null = null;
  try {
    tray = shell.createTray({ open: options.showWindow, quit: options.quit });
  } catch (error) {
    // Some Linux desktops have no tray: then closing the window quits, as before.
    log('The tray icon could not be made', error);
  }
  const stopCounts = tray ? followTrayCounts(engine, (counts) => tray.update(counts), log) : () => undefined;
  const stopNotices = notifyOfFaxes(engine, {
    show: (notice) => shell.showNotice(notice, () => openFax(notice.target)),
    nameFor: options.nameFor,
    startedAt: options.startedAt,
    log,
  });
  let openAtLogin: boolean | null = null;
  const followLogin = (settings: Settings) => {
    if (settings.openAtLogin === openAtLogin) return;
    openAtLogin = settings.openAtLogin;
    shell
      .applyOpenAtLogin(settings.openAtLogin)
      .catch((error: unknown) => log('Start at login could not be set', error));
  };
  followLogin(engine.settings.get());

  return {
    keepsRunning: () => tray !== null && engine.settings.get().keepRunningInTray,
    closedToTray: () => {
      if (engine.settings.get().trayExplained) return;
      shell.showNotice(TRAY_EXPLANATION, options.showWindow);
      engine.settings.update({ trayExplained: true });
    },
    settingsChanged: followLogin,
    stop: () => {
      stopNotices();
      stopCounts();
      tray?.destroy();
    },
  };
}
