/**
 * The composition root: builds every engine service from one config object. The Electron
 * shell, the CLI and the tests all create the engine here, so they run the same code.
 */
import { describeCredentials, type SecretStore } from './secrets/secret-store';

export interface EngineConfig {
  /** The data folder: app.getPath('userData') in the app, FAXDESK_HOME for the CLI and tests. */
  dataDir: string;
  secretStore: SecretStore;
}

export function createEngine(config: EngineConfig) {
  const { secretStore } = config;
  return {
    dataDir: config.dataDir,
    credentials: {
      status: async () => describeCredentials(await secretStore.read()),
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
