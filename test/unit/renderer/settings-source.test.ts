/** The page's one copy of the settings: shown once fetched and published, replaced by every saved change. */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../domain/settings';
import type { Settings } from '../../../preload/contract';
import { SettingsSource, type SettingsPatch } from '../../../renderer/src/data/settings-source';

const saved: Settings = {
  ...defaultSettings,
  connectionId: '1',
  fromNumber: '+12025550181',
  sandboxMode: true,
  graceSeconds: 60,
  confidentialityNotice: null,
};

function source() {
  let current = saved;
  let gets = 0;
  const settings = new SettingsSource({
    get: () => {
      gets++;
      return Promise.resolve(current);
    },
    update: (patch: SettingsPatch) => {
      current = { ...current, ...patch };
      return Promise.resolve(current);
    },
  });
  return { settings, gets: () => gets };
}

describe('SettingsSource', () => {
  it('shows nothing until fetched settings are published', async () => {
    const { settings, gets } = source();
    const fetched = await settings.fetch();
    expect(settings.getSnapshot()).toBeNull();
    settings.publish(fetched);
    expect(settings.getSnapshot()).toEqual(saved);
    expect(gets()).toBe(1);
  });

  it('takes the answer of an update as the settings, without fetching again', async () => {
    const { settings, gets } = source();
    let told = 0;
    settings.subscribe(() => told++);
    const answer = await settings.update({ redialAttempts: 1 });
    expect(answer.redialAttempts).toBe(1);
    expect(settings.getSnapshot()).toBe(answer);
    expect(told).toBe(1);
    expect(gets()).toBe(0);
  });

  it('keeps what it has when an update is refused', async () => {
    const settings = new SettingsSource({
      get: () => Promise.resolve(saved),
      update: () => Promise.reject(new Error('must be a two-letter country code, like US')),
    });
    settings.publish(saved);
    await expect(settings.update({ defaultCountry: 'G1' })).rejects.toThrow('two-letter country code');
    expect(settings.getSnapshot()).toBe(saved);
  });

  it('reads them again on refresh once shown, so a change made meanwhile elsewhere appears', async () => {
    const { settings, gets } = source();
    await settings.refresh();
    expect(settings.getSnapshot()).toBeNull();
    expect(gets()).toBe(0);
    settings.publish(saved);
    await settings.update({ defaultCountry: 'GB' });
    await settings.refresh();
    expect(gets()).toBe(1);
    expect(settings.getSnapshot()?.defaultCountry).toBe('GB');
  });
});
