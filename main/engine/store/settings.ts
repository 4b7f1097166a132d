/**
 * Settings: small, schema-checked, kept in `settings.json` in the data folder. The app hands
 * in an electron-store; the CLI and tests use its base, conf, on the same file — so the
 * command line and the window always agree. Credentials never come near this file.
 * It is written private (0600) like everything in the data folder (private-files.ts).
 */
import Conf from 'conf';
import { z } from 'zod';
import { DEFAULT_CONFIDENTIALITY_NOTICE } from '../documents/confidentiality-notice';
import { FaxdeskError } from '../errors';
import { PRIVATE_FILE_MODE } from './private-files';

export const FAX_QUALITIES = ['normal', 'high', 'very_high', 'ultra_light', 'ultra_dark'] as const;
export type FaxQuality = (typeof FAX_QUALITIES)[number];

const E164 = /^\+[1-9]\d{1,14}$/;

const fields = {
  /** null means Telnyx itself (https://api.telnyx.com/v2). */
  apiBase: z.url({ protocol: /^https?$/ }).nullable(),
  /** The fax application (connection_id) faxes are sent with. */
  connectionId: z.string().min(1).max(64).nullable(),
  /** The default `from` number, E.164. */
  fromNumber: z.string().regex(E164, 'must be a number in international format, like +12025550100').nullable(),
  defaultQuality: z.enum(FAX_QUALITIES),
  /** "Try without an account": the built-in sandbox stands in for Telnyx. */
  sandboxMode: z.boolean(),
  /** Numbers typed without a country code are read as numbers of this country. */
  defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code, like US'),
  paperSize: z.enum(['letter', 'a4']),
  /** Attempts in all for busy lines, no answer and dropped calls. */
  redialAttempts: z.number().int().min(1).max(10),
  redialDelayMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /**
   * After an unclear answer to "send this fax", how long Telnyx must show no such fax before
   * Faxdesk takes it as never created and tries again (DESIGN.md §3).
   */
  graceSeconds: z.number().int().min(1).max(3600),
  /** Shown at the bottom of cover pages; null for none. */
  confidentialityNotice: z.string().max(1500).nullable(),
  /** The sender's name on cover pages. */
  senderName: z.string().max(100).nullable(),
  /**
   * Premium-rate, satellite and international premium-rate numbers may be faxed
   * (numbers/costly-numbers.ts). Off unless the person turns it on.
   */
  allowPremiumAndSatelliteNumbers: z.boolean(),
};

export const settingsSchema = z.object(fields);
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  apiBase: null,
  connectionId: null,
  fromNumber: null,
  defaultQuality: 'high',
  sandboxMode: false,
  defaultCountry: 'US',
  paperSize: 'letter',
  redialAttempts: 3,
  redialDelayMinutes: 5,
  graceSeconds: 120,
  confidentialityNotice: DEFAULT_CONFIDENTIALITY_NOTICE,
  senderName: null,
  allowPremiumAndSatelliteNumbers: false,
};

/** A damaged or hand-edited value falls back to its default instead of stopping the app. */
const lenientSchema = z.object({
  apiBase: fields.apiBase.catch(defaultSettings.apiBase),
  connectionId: fields.connectionId.catch(defaultSettings.connectionId),
  fromNumber: fields.fromNumber.catch(defaultSettings.fromNumber),
  defaultQuality: fields.defaultQuality.catch(defaultSettings.defaultQuality),
  sandboxMode: fields.sandboxMode.catch(defaultSettings.sandboxMode),
  defaultCountry: fields.defaultCountry.catch(defaultSettings.defaultCountry),
  paperSize: fields.paperSize.catch(defaultSettings.paperSize),
  redialAttempts: fields.redialAttempts.catch(defaultSettings.redialAttempts),
  redialDelayMinutes: fields.redialDelayMinutes.catch(defaultSettings.redialDelayMinutes),
  graceSeconds: fields.graceSeconds.catch(defaultSettings.graceSeconds),
  confidentialityNotice: fields.confidentialityNotice.catch(defaultSettings.confidentialityNotice),
  senderName: fields.senderName.catch(defaultSettings.senderName),
  allowPremiumAndSatelliteNumbers: fields.allowPremiumAndSatelliteNumbers.catch(
    defaultSettings.allowPremiumAndSatelliteNumbers,
  ),
});

/** What electron-store and conf both offer. */
export interface SettingsBackend {
  readonly store: Record<string, unknown>;
  set(values: Record<string, unknown>): void;
}

/**
 * How conf and electron-store write `settings.json`: their atomic write gives a new file the
 * default 0644 (less the umask) unless told a mode, and applies the mode on every write.
 */
export const settingsFileOptions = { configFileMode: PRIVATE_FILE_MODE } as const;

export function confSettingsBackend(dataDir: string): SettingsBackend {
  return new Conf<Record<string, unknown>>({ cwd: dataDir, configName: 'settings', ...settingsFileOptions });
}

export class SettingsStore {
  constructor(private readonly backend: SettingsBackend) {}

  get(): Settings {
    return lenientSchema.parse({ ...defaultSettings, ...this.backend.store });
  }

  update(patch: Partial<Settings>): Settings {
    const next = settingsSchema.safeParse({ ...this.get(), ...patch });
    if (!next.success) {
      const issue = next.error.issues[0];
      const field = issue?.path.join('.') ?? 'a setting';
      throw new FaxdeskError(
        'invalid_settings',
        `That setting was not saved: ${field} ${issue?.message ?? 'is not valid'}.`,
      );
    }
    this.backend.set(next.data);
    return next.data;
  }
}
