/**
 * The OS keychain (Keychain on macOS, Credential Manager on Windows, the Secret Service on
 * Linux) through keytar. There is deliberately no fallback: if the keychain cannot be
 * reached, saving fails with a plain explanation rather than writing a key to disk.
 */
import type * as KeytarModule from 'keytar';
import { FaxdeskError } from '../errors';
import type { SecretStore, TelnyxCredentials } from './secret-store';

type Keytar = typeof KeytarModule;

export const KEYCHAIN_SERVICE = 'Faxdesk';
const ACCOUNT = 'telnyx';

const KEYCHAIN_UNAVAILABLE =
  'The system keychain is not available, so Faxdesk cannot keep your Telnyx key safe. ' +
  'On Linux, install and unlock a Secret Service keyring such as GNOME Keyring, then try again. ' +
  'Faxdesk never stores keys in plain files.';

export class KeytarSecretStore implements SecretStore {
  private keytar: Promise<Keytar> | null = null;

  /** `service` is overridable so tests never touch a real Faxdesk entry. */
  constructor(private readonly service: string = KEYCHAIN_SERVICE) {}

  async read(): Promise<TelnyxCredentials | null> {
    const raw = await this.call((k) => k.getPassword(this.service, ACCOUNT));
    return raw === null ? null : parseStored(raw);
  }

  async write(credentials: TelnyxCredentials): Promise<void> {
    await this.call((k) => k.setPassword(this.service, ACCOUNT, JSON.stringify(credentials)));
  }

  async clear(): Promise<void> {
    await this.call((k) => k.deletePassword(this.service, ACCOUNT));
  }

  /** Loads keytar lazily: a missing libsecret must become a clear error, not a crash at start. */
  private async call<T>(operation: (keytar: Keytar) => Promise<T>): Promise<T> {
    try {
      this.keytar ??= import('keytar').then((m) => (m as { default?: Keytar }).default ?? m);
      return await operation(await this.keytar);
    } catch (cause) {
      this.keytar = null;
      throw new FaxdeskError('keychain_unavailable', KEYCHAIN_UNAVAILABLE, { cause });
    }
  }
}

/** An entry that is not ours (or was damaged) reads as "no credentials", never as a crash. */
function parseStored(raw: string): TelnyxCredentials | null {
  try {
    const value = JSON.parse(raw) as Partial<Record<string, unknown>>;
    if (value.kind === 'api_key' && typeof value.apiKey === 'string') {
      return { kind: 'api_key', apiKey: value.apiKey };
    }
    if (value.kind === 'key_secret' && typeof value.keyId === 'string' && typeof value.secret === 'string') {
      return { kind: 'key_secret', keyId: value.keyId, secret: value.secret };
    }
  } catch {
    // fall through
  }
  return null;
}
