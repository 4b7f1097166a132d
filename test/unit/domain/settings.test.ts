/** The settings rules are one set: what the engine stores and what the page may change agree. */
import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsPatchSchema, settingsSchema } from '../../../domain/settings';

describe('settings rules', () => {
  it('accept their own defaults', () => {
    expect(settingsSchema.parse(defaultSettings)).toEqual(defaultSettings);
  });

  it('trim the sender name wherever it is checked', () => {
    expect(settingsSchema.parse({ ...defaultSettings, senderName: '  Dr. Ruiz ' }).senderName).toBe('Dr. Ruiz');
    expect(settingsPatchSchema.parse({ senderName: '  Dr. Ruiz ' })).toEqual({ senderName: 'Dr. Ruiz' });
  });

  it('leave the API base and sandbox mode out of what the page may change', () => {
    expect(settingsPatchSchema.safeParse({ apiBase: 'https://example.com' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ sandboxMode: true }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ redialAttempts: 4 }).success).toBe(true);
  });

  it('check a change from the page with the same limits as the stored settings', () => {
    for (const patch of [{ redialAttempts: 11 }, { fromNumber: '2025550100' }, { defaultCountry: 'usa' }]) {
      expect(settingsPatchSchema.safeParse(patch).success).toBe(false);
      expect(settingsSchema.safeParse({ ...defaultSettings, ...patch }).success).toBe(false);
    }
  });
});
