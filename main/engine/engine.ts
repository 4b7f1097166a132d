/**
 * The composition root: builds every engine service from one config object. The Electron
 * shell, the CLI and the tests all create the engine here, so they run the same code.
 */
import { Connection, type ConnectionEnvironment } from './account/connection';
import { discoverAccount } from './account/discovery';
import type { SecretStore } from './secrets/secret-store';
import { confSettingsBackend, SettingsStore, type Settings, type SettingsBackend } from './store/settings';
import type { TelnyxClientOptions } from './telnyx/client';

export interface EngineConfig {
  /** The data folder: app.getPath('userData') in the app, FAXDESK_HOME for the CLI and tests. */
  dataDir: string;
  secretStore: SecretStore;
  /** electron-store in the app; conf on `<dataDir>/settings.json` when omitted. */
  settingsBackend?: SettingsBackend;
  environment?: ConnectionEnvironment;
  /** Client tuning (timeouts, page size), mostly for tests. */
  telnyx?: Partial<TelnyxClientOptions>;
}

export function createEngine(config: EngineConfig) {
  const settings = new SettingsStore(config.settingsBackend ?? confSettingsBackend(config.dataDir));
  const connection = new Connection(config.secretStore, settings, config.environment ?? {}, config.telnyx);

  return {
    dataDir: config.dataDir,
    connection,
    credentials: {
      status: () => connection.status(),
      save: connection.save.bind(connection),
      clear: () => connection.clear(),
    },
    settings: {
      get: () => settings.get(),
      update: (patch: Partial<Settings>) => settings.update(patch),
    },
    account: {
      discover: async () => discoverAccount(await connection.client(), settings),
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
