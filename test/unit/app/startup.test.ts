/**
 * Start-up that keeps going: each step that fails becomes a problem the window shows, and
 * every channel still answers with a value — what still works, and typed refusals for the rest.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../main/app/ipc-dispatch';
import type { SandboxHost } from '../../../main/app/sandbox-host';
import { startDesk, type StartedDesk } from '../../../main/app/startup';
import { createEngine, type EngineConfig } from '../../../main/engine/engine';
import { contract, type AppInfo, type Channel } from '../../../preload/contract';
import { MemorySecretStore } from '../../support/memory-secret-store';

let dataDir: string;
let desk: StartedDesk | null;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'faxdesk-startup-'));
  desk = null;
});
afterEach(async () => {
  desk?.stopEvents();
  await desk?.engine?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const runtime = { name: 'Faxdesk', version: '0.1.0', electron: null, chrome: null };
const notRunning = {
  start: () => Promise.reject(new Error('the sandbox should not start in this test')),
  stop: () => Promise.resolve(),
} as unknown as SandboxHost;

async function start(config: Partial<EngineConfig> = {}, sandbox: SandboxHost = notRunning) {
  const log = vi.fn();
  desk = await startDesk({
    dataDir,
    runtime,
    sandbox,
    emit: () => undefined,
    desktop: { openPath: () => Promise.resolve(), viewingFolder: join(dataDir, 'viewing') },
    log,
    createEngine: () =>
      createEngine({ dataDir, secretStore: new MemorySecretStore(), log: () => undefined, ...config }),
  });
  const dispatch = createDispatch(desk.handlers, () => undefined);
  const info = async () => ((await dispatch('app:info', undefined)) as { ok: true; value: AppInfo }).value;
  return { desk, dispatch, log, info };
}

const damagedRecords = () =>
  writeFileSync(join(dataDir, 'faxdesk.db'), Buffer.from('the only copy of three years of faxes'.repeat(200)));

describe('startDesk()', () => {
  it('starts cleanly with no problems', async () => {
    const { dispatch, info, log } = await start();
    expect((await info()).startupProblems).toEqual([]);
    await expect(dispatch('jobs:list', {})).resolves.toEqual({ ok: true, value: { jobs: [], total: 0 } });
    expect(log).not.toHaveBeenCalled();
  });

  it('damaged records: the problem is shown, logged with its cause, and only sending and history refuse', async () => {
    damagedRecords();
    const { desk, dispatch, info, log } = await start();
    expect(desk.engine).not.toBeNull();

    const [problem, ...others] = (await info()).startupProblems;
    expect(others).toEqual([]);
    expect(problem).toMatchObject({
      code: 'database_unreadable',
      affects: 'records',
      title: 'Your fax records are damaged',
      message: expect.stringContaining('damaged'),
      whatToDo: expect.stringContaining('backup'),
      location: join(dataDir, 'faxdesk.db'),
      detail: expect.stringContaining('SQLITE_NOTADB'),
    });
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining('Your fax records are damaged'),
      expect.objectContaining({ cause: expect.objectContaining({ code: 'SQLITE_NOTADB' }) }),
    );

    for (const [channel, payload] of [
      ['jobs:list', {}],
      ['jobs:recentRecipients', undefined],
      ['jobs:detail', { id: '0b5e7c1e-2a52-4c9e-9d47-5b1f2f0a7e11' }],
    ] as const) {
      await expect(dispatch(channel, payload)).resolves.toEqual({
        ok: false,
        error: { code: 'database_unreadable', message: `${problem?.message} ${problem?.whatToDo}` },
      });
    }
    // Settings and the account still work: an office user can check them, and tell support the version.
    await expect(dispatch('settings:get', undefined)).resolves.toMatchObject({ ok: true });
    await expect(dispatch('credentials:status', undefined)).resolves.toMatchObject({
      ok: true,
      value: { configured: false },
    });
    await expect(dispatch('connectivity:status', undefined)).resolves.toMatchObject({ ok: true });
  });

  it('a module that cannot load is an installation problem, and says which module for a developer', async () => {
    writeFileSync(join(dataDir, 'broken.node'), 'not a shared library');
    const { info } = await start({ sqliteNativeBinding: join(dataDir, 'broken.node') });
    const [problem] = (await info()).startupProblems;
    expect(problem).toMatchObject({
      code: 'installation_incomplete',
      affects: 'records',
      title: 'Faxdesk is not installed correctly',
      whatToDo: expect.stringMatching(/^Reinstall Faxdesk/),
    });
    expect(problem?.message).not.toMatch(/damaged/);
    expect(problem?.detail).toContain('better-sqlite3');
    expect(problem?.detail).toContain('ERR_DLOPEN_FAILED');
  });

  it('an engine that cannot be made (settings file not JSON): every channel answers, app:info says why', async () => {
    writeFileSync(join(dataDir, 'settings.json'), '{"fromNumber": "+1312555');
    const { desk, dispatch, info, log } = await start();
    expect(desk.engine).toBeNull();

    const [problem] = (await info()).startupProblems;
    expect(problem).toMatchObject({
      code: 'invalid_settings',
      affects: 'app',
      title: "Faxdesk's settings file is damaged",
      location: join(dataDir, 'settings.json'),
      detail: expect.stringContaining('SyntaxError'),
    });
    expect(problem?.whatToDo).toMatch(/fax records and your Telnyx key are kept elsewhere/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('settings file'), expect.any(SyntaxError));

    for (const channel of Object.keys(contract) as Channel[]) {
      if (channel === 'app:info') continue;
      const result = await dispatch(channel, undefined);
      // A typed value for every channel: the refusal, or the schema's own when input was due.
      expect(result.ok, channel).toBe(false);
      expect(!result.ok && result.error.code, channel).toMatch(/^(startup_failed|invalid_payload)$/);
    }
    await expect(dispatch('jobs:list', {})).resolves.toEqual({
      ok: false,
      error: { code: 'startup_failed', message: expect.stringMatching(/^Faxdesk could not start: .*settings file/) },
    });
  });

  it('a sandbox that does not start leaves everything else working', async () => {
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ sandboxMode: true }));
    const refusing = {
      start: () => Promise.reject(Object.assign(new Error('listen EADDRINUSE 127.0.0.1'), { code: 'EADDRINUSE' })),
      stop: () => Promise.resolve(),
    } as unknown as SandboxHost;
    const { dispatch, info } = await start({}, refusing);
    expect((await info()).startupProblems).toEqual([
      expect.objectContaining({
        code: 'startup_failed',
        affects: 'sandbox',
        detail: expect.stringContaining('EADDRINUSE'),
      }),
    ]);
    await expect(dispatch('jobs:list', {})).resolves.toMatchObject({ ok: true });
    await expect(dispatch('credentials:status', undefined)).resolves.toMatchObject({
      ok: true,
      value: { configured: false },
    });
  });

  it('lists the most serious problem first', async () => {
    damagedRecords();
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ sandboxMode: true }));
    const refusing = { start: () => Promise.reject(new Error('no port')), stop: () => Promise.resolve() };
    const { info } = await start({}, refusing as unknown as SandboxHost);
    expect((await info()).startupProblems.map((p) => p.affects)).toEqual(['records', 'sandbox']);
  });
});

describe('the watched folder at start-up', () => {
  it('is watched only once the page is there to open its files, when its setting is on', async () => {
    const folder = join(dataDir, 'Outbox');
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ watchFolderEnabled: true, watchFolder: folder }));
    const { dispatch } = await start();
    const status = async () =>
      ((await dispatch('watch:status', undefined)) as { ok: true; value: { watching: boolean } }).value;
    expect((await status()).watching).toBe(false);
    desk?.startWatching();
    await vi.waitFor(async () => expect((await status()).watching).toBe(true));
    await desk?.stopWatching();
    expect((await status()).watching).toBe(false);
  });
});
