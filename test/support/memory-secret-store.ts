/** A SecretStore in memory, for tests about everything except the keychain itself. */
import type { SecretStore, TelnyxCredentials } from '../../main/engine/secrets/secret-store';

export class MemorySecretStore implements SecretStore {
  private credentials: TelnyxCredentials | null = null;

  read(): Promise<TelnyxCredentials | null> {
    return Promise.resolve(this.credentials);
  }

  write(credentials: TelnyxCredentials): Promise<void> {
    this.credentials = credentials;
    return Promise.resolve();
  }

  clear(): Promise<void> {
    this.credentials = null;
    return Promise.resolve();
  }
}
