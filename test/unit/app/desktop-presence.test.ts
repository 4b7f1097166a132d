/**
 * The desktop presence's wiring over a stand-in engine: a fax that ends is told once (as the
 * Settings switch allows) and its click opens it; the tray follows the counts; closing into the
 * tray is said once; start at login follows Settings.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDesktopPresence, type DesktopShell, type PresenceOptions } from '../../../main/app/desktop-presence';
import type { Engine } from '../../../main/engine/engine';
import type { TrayCounts } from '../../../main/engine/notices/tray-status';
import { defaultSettings, type Settings } from '../../../domain/settings';

afterEach(() => vi.useRealTimers());

function standIn() {
  const jobListeners = new Set<(job: unknown) => void>();
  const inboxListeners = new Set<(fax: unknown) => void>();
  let settings: Settings = { ...defaultSettings, defaultCountry: 'US' };
  let unread = 0;
  const listen =
    <T>(set: Set<T>) =>
    (listener: T) => {
      set.add(listener);
      return () => set.delete(listener);
    };
  const engine = {
    settings: {
      get: () => settings,
      update: (patch: Partial<Settings>) => (settings = { ...settings, ...patch }),
    },
    jobs: {
      list: () => ({ jobs: [], total: 0 }),
      onUpdated: listen(jobListeners),
      onDeleted: () => () => undefined,
    },
    inbox: {
      list: () => ({ items: [], total: 0 }),
      unreadCount: () => unread,
      onUpdated: listen(inboxListeners),
    },
  } as unknown as Engine;
  const job = (id: string, status: string) =>
    jobListeners.forEach((l) =>
      l({ id, to: '+12025550100', status, origin: 'desk', failureReason: null, createdAt: Date.now() }),
    );
  const received = (id: string) => {
    unread += 1;
    inboxListeners.forEach((l) => l({ id, from: '+12025550199', status: 'received', receivedAt: Date.now() }));
  };
  return { engine, job, received, settings: () => settings };
}

function shellStandIn() {
  const shown: { title: string; body: string; click: () => void }[] = [];
  const counts: TrayCounts[] = [];
  const logins: boolean[] = [];
  const shell: DesktopShell = {
    showNotice: (notice, click) => shown.push({ ...notice, click }),
    createTray: () => ({ update: (c) => counts.push(c), destroy: () => undefined }),
    applyOpenAtLogin: (enabled) => {
      logins.push(enabled);
      return Promise.resolve();
    },
  };
  return { shell, shown, counts, logins };
}

/** Starts the presence over the stand-ins; what a test watches is passed in. */
const start = (engine: Engine, shell: DesktopShell, extra: Partial<PresenceOptions> = {}) =>
  startDesktopPresence({
    engine,
    shell,
    showWindow: () => undefined,
    emit: () => undefined,
    quit: () => undefined,
    log: () => undefined,
    startedAt: Date.now() - 1000,
    ...extra,
  });

describe('startDesktopPresence', () => {
  it('tells a delivered fax and a received one, and a click opens that fax', () => {
    vi.useFakeTimers();
    const desk = standIn();
    const { shell, shown } = shellStandIn();
    const emitted: unknown[] = [];
    const showWindow = vi.fn();
    const presence = start(desk.engine, shell, {
      showWindow,
      emit: (event, payload) => emitted.push([event, payload]),
    });
    desk.job('job-1', 'sending');
    desk.job('job-1', 'delivered');
    desk.received('in-1');
    vi.advanceTimersByTime(10_000);
    expect(shown.map((n) => n.title)).toEqual(['Fax delivered', 'Fax received']);
    expect(shown[0]?.body).toBe('Your fax to (202) 555-0100 was delivered.');
    shown[1]?.click();
    expect(showWindow).toHaveBeenCalled();
    expect(emitted).toEqual([['app.openFax', { direction: 'received', faxId: 'in-1' }]]);
    presence.stop();
  });

  it('keeps quiet for a kind switched off in Settings', () => {
    vi.useFakeTimers();
    const desk = standIn();
    desk.engine.settings.update({ notifyDelivered: false });
    const { shell, shown } = shellStandIn();
    const presence = start(desk.engine, shell);
    desk.job('job-1', 'delivered');
    vi.advanceTimersByTime(10_000);
    expect(shown).toEqual([]);
    presence.stop();
  });

  it('puts the counts in the tray, says the first close once, and follows start at login', () => {
    const desk = standIn();
    const { shell, shown, counts, logins } = shellStandIn();
    const presence = start(desk.engine, shell, { startedAt: Date.now() });
    desk.job('job-2', 'failed');
    desk.received('in-2');
    expect(counts.at(-1)).toEqual({ unread: 1, failed: 1, unconfirmed: 0 });

    expect(presence.keepsRunning()).toBe(true);
    presence.closedToTray();
    presence.closedToTray();
    expect(shown.map((n) => n.title)).toEqual(['Faxdesk is still running']);
    expect(desk.settings().trayExplained).toBe(true);

    expect(logins).toEqual([false]);
    presence.settingsChanged({ ...desk.settings(), openAtLogin: true });
    presence.settingsChanged({ ...desk.settings(), openAtLogin: true });
    expect(logins).toEqual([false, true]);
    desk.engine.settings.update({ keepRunningInTray: false });
    expect(presence.keepsRunning()).toBe(false);
    presence.stop();
  });
});
