/**
 * Settings: small, schema-checked (domain/settings.ts), kept in `settings.json` in the data folder. The app hands
 * in an electron-store; the CLI and tests use its base, conf, on the same file — so the
 * command line and the window always agree. Credentials never come near this file.
 * It is written private (0600) like everything in the data folder (private-files.ts).
 */
import Conf from 'conf';
import { z } from 'zod';
import { defaultSettings, settingsFields, settingsSchema, type Settings } from '../../../domain/settings';
import { FaxdeskError } from '../errors';
import { PRIVATE_FILE_MODE } from './private-files';

/** A damaged or hand-edited value falls back to its default instead of stopping the app. */
const lenientSchema = z.object(
  Object.fromEntries(
    (Object.keys(settingsFields) as (keyof Settings)[]).map((name) => [
      name,
      (settingsFields[name] as z.ZodType).catch(defaultSettings[name]),
    ]),
  ),
) as unknown as z.ZodType<Settings>;

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
