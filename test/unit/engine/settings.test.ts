import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confSettingsBackend, SettingsStore } from '../../../main/engine/store/settings';
import { defaultSettings } from '../../../domain/settings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'faxdesk-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('SettingsStore on conf', () => {
  it('starts from the defaults and persists updates to settings.json', async () => {
    const store = new SettingsStore(confSettingsBackend(dir));
    expect(store.get()).toEqual(defaultSettings);
    store.update({ connectionId: '1293384261075731499', fromNumber: '+12025550180', defaultQuality: 'very_high' });

    const reopened = new SettingsStore(confSettingsBackend(dir));
    expect(reopened.get()).toMatchObject({ fromNumber: '+12025550180', defaultQuality: 'very_high' });
    const onDisk = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(onDisk['connectionId']).toBe('1293384261075731499');
  });

  it('refuses an invalid value with a plain message and keeps the old one', () => {
    const store = new SettingsStore(confSettingsBackend(dir));
    store.update({ fromNumber: '+12025550180' });
    expect(() => store.update({ fromNumber: '555-0100' })).toThrow(
      /fromNumber must be a number in international format/,
    );
    expect(() => store.update({ apiBase: 'ftp://example.com' })).toThrow(/apiBase/);
    expect(store.get().fromNumber).toBe('+12025550180');
  });

  it('falls back per field when the file was damaged by hand', async () => {
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({ defaultQuality: 'sparkly', fromNumber: '+12025550180', sandboxMode: 'yes' }),
    );
    const store = new SettingsStore(confSettingsBackend(dir));
    expect(store.get()).toEqual({ ...defaultSettings, fromNumber: '+12025550180' });
  });
});
