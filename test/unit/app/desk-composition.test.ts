/**
 * The desk the app and the browser tests both compose: each surrounding's pieces are the ones
 * used (settings store, reader, the person's answers, the desktop), the sandbox it hands back is
 * the one the channels start, and a start-up that fails still gives a desk whose channels answer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composeDesk, type ComposedDesk, type DeskParts } from '../../../main/app/desk-composition';
import { ALLOW_COSTLY_NUMBERS_QUESTION } from '../../../main/app/desk-questions';
import { confSettingsBackend, type SettingsBackend } from '../../../main/engine/store/settings';
import type { AppInfo } from '../../../preload/contract';
import { MemorySecretStore } from '../../support/memory-secret-store';

let dataDir: string;
let desk: ComposedDesk | null;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'faxdesk-composition-'));
  desk = null;
});
afterEach(async () => {
  desk?.stopEvents();
  await desk?.engine?.close();
  await desk?.sandbox.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A reader that cannot start: files must then be refused, never read in this process. */
const noReader = () => ({
  launch: vi.fn(() => {
    throw new Error('no reader on this machine');
  }),
});

function memorySettings(store: Record<string, unknown> = {}): SettingsBackend {
  return {
    get store() {
      return { ...store };
    },
    set: (values) => Object.assign(store, values),
  };
}

async function compose(parts: Partial<DeskParts> = {}): Promise<ComposedDesk> {
  desk = await composeDesk({
    dataDir,
    runtime: { name: 'Faxdesk', version: '9.8.7', electron: '40.0.0', chrome: null },
    secretStore: new MemorySecretStore(),
    settingsBackend: () => memorySettings(),
    environment: {},
    documentReader: noReader(),
    ask: () => Promise.resolve(true),
    openPath: () => Promise.resolve(),
    emit: () => undefined,
    log: () => undefined,
    ...parts,
  });
  return desk;
}

describe('composeDesk()', () => {
  it('answers through its dispatch with the runtime and the settings store it was given', async () => {
    const { dispatch, problems } = await compose({
      settingsBackend: () => memorySettings({ senderName: 'Harbor Legal' }),
    });
    expect(problems).toEqual([]);
    const info = (await dispatch('app:info', undefined)) as { ok: true; value: AppInfo };
    expect(info.value).toMatchObject({ name: 'Faxdesk', version: '9.8.7', versions: { electron: '40.0.0' } });
    await expect(dispatch('settings:get', undefined)).resolves.toMatchObject({
      ok: true,
      value: { senderName: 'Harbor Legal' },
    });
    await expect(dispatch('jobs:list', {})).resolves.toEqual({ ok: true, value: { jobs: [], total: 0 } });
  });

  it('reads files with the reader it was given, and refuses them when that reader cannot start', async () => {
    const reader = noReader();
    const { dispatch } = await compose({ documentReader: reader });
    const staged = await dispatch('documents:stage', {
      name: 'letter.pdf',
      bytes: new TextEncoder().encode('%PDF-1.7\n'),
    });
    expect(reader.launch).toHaveBeenCalled();
    expect(staged.ok).toBe(false);
  });

  it('puts questions to the person it was given, one at a time', async () => {
    let answer: (yes: boolean) => void = () => undefined;
    const ask = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const { dispatch } = await compose({ ask });
    const first = dispatch('settings:update', { allowPremiumAndSatelliteNumbers: true });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith(ALLOW_COSTLY_NUMBERS_QUESTION));
    await expect(dispatch('settings:update', { allowPremiumAndSatelliteNumbers: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'busy' },
    });
    answer(true);
    await expect(first).resolves.toMatchObject({ ok: true, value: { allowPremiumAndSatelliteNumbers: true } });
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('hands back the sandbox that "Try without an account" starts', async () => {
    const { dispatch, sandbox } = await compose();
    const status = await dispatch('sandbox:set', { enabled: true });
    // Already running, the sandbox answers with the key it made for this run: the engine's.
    const { apiKey } = await sandbox.start();
    expect(status).toMatchObject({ ok: true, value: { source: 'sandbox', hint: `…${apiKey.slice(-4)}` } });
  });

  it('a settings file that is not JSON: the desk still answers, and says why in app:info and the log', async () => {
    writeFileSync(join(dataDir, 'settings.json'), '{"fromNumber": "+1312555');
    const log = vi.fn();
    const { dispatch, engine } = await compose({ settingsBackend: () => confSettingsBackend(dataDir), log });
    expect(engine).toBeNull();
    const info = (await dispatch('app:info', undefined)) as { ok: true; value: AppInfo };
    expect(info.value.startupProblems).toEqual([expect.objectContaining({ code: 'invalid_settings' })]);
    await expect(dispatch('jobs:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'startup_failed' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('settings file'), expect.any(SyntaxError));
  });
});
