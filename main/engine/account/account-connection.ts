/**
 * The account connection: which Telnyx Faxdesk talks to, and with what key (whether Telnyx can
 * be reached at all is Connectivity's to know; a fax application's `connectionId` is Telnyx's
 * own name for it). Three sources, in this order:
 *   1. the built-in sandbox, while "Try without an account" is on (the shell runs it and
 *      attaches its address here);
 *   2. TELNYX_API_KEY from the environment, which the CLI passes in for scripted use and
 *      which is never written anywhere;
 *   3. the OS keychain.
 * The API base is FAXDESK_API_BASE when given, else the sandbox's address in sandbox mode,
 * else the one in settings, else Telnyx itself. Before any client is made, the key and the
 * base pass checkKeyDestination(): a stored key goes only to Telnyx or to this computer.
 */
import { FaxdeskError } from '../errors';
import { checkKeyDestination, type BaseOrigin } from './api-destination';
import { describeCredentials, type SecretStore, type TelnyxCredentials } from '../secrets/secret-store';
import type { SettingsStore } from '../store/settings';
import { createTelnyxClient, TELNYX_API_BASE, type TelnyxClient, type TelnyxClientOptions } from '../telnyx/client';
import { TelnyxApiError } from '../telnyx/errors';

export type CredentialSource = 'sandbox' | 'environment' | 'keychain';

export interface SandboxEndpoint {
  baseUrl: string;
  apiKey: string;
}

export interface AccountEnvironment {
  /** TELNYX_API_KEY, for the CLI and scripts. */
  apiKey?: string | undefined;
  /** FAXDESK_API_BASE, used exactly like the SDK's baseURL. */
  apiBase?: string | undefined;
}

export interface CredentialState {
  configured: boolean;
  kind: TelnyxCredentials['kind'] | null;
  hint: string | null;
  source: CredentialSource | null;
}

interface Resolved {
  credentials: TelnyxCredentials;
  baseURL: string;
  source: CredentialSource;
  baseOrigin: BaseOrigin;
}

/** How long a client (and the credentials read for it) is reused. */
const CLIENT_REUSE_MS = 60_000;

export class AccountConnection {
  private sandbox: SandboxEndpoint | null = null;
  private cached: { key: string; client: TelnyxClient; at: number } | null = null;

  constructor(
    private readonly secrets: SecretStore,
    private readonly settings: SettingsStore,
    private readonly environment: AccountEnvironment,
    private readonly clientOptions: Partial<TelnyxClientOptions> = {},
    /** The desk's wall clock, for how long a client is reused. */
    private readonly now: () => number = Date.now,
  ) {}

  /** The shell calls this when it starts (or stops) the built-in sandbox. */
  attachSandbox(endpoint: SandboxEndpoint | null): void {
    this.sandbox = endpoint;
    this.cached = null;
  }

  isSandboxAttached(): boolean {
    return this.sandbox !== null;
  }

  async status(): Promise<CredentialState> {
    const resolved = await this.resolve();
    if (!resolved) return { ...describeCredentials(null), source: null };
    return { ...describeCredentials(resolved.credentials), source: resolved.source };
  }

  /**
   * A client for the current connection; `not_connected` when there is none yet. The outbox
   * asks for one at every step, so the client (and the keychain read behind it) is reused
   * until the connection changes, and re-read at least once a minute in case another process
   * (the CLI, the app) changed the stored key.
   */
  async client(): Promise<TelnyxClient> {
    const settings = this.settings.get();
    const key = JSON.stringify([settings.sandboxMode, settings.apiBase, this.sandbox, this.environment]);
    const at = this.now();
    if (this.cached && this.cached.key === key && at - this.cached.at < CLIENT_REUSE_MS) return this.cached.client;
    const resolved = await this.resolve();
    if (!resolved) {
      throw new FaxdeskError(
        'not_connected',
        this.settings.get().sandboxMode
          ? 'The built-in sandbox is not running. Turn "Try without an account" off and on again.'
          : 'Faxdesk is not connected to Telnyx yet: add your Telnyx API key (in the app, or with `faxdesk login`).',
      );
    }
    checkKeyDestination(resolved.baseURL, { key: resolved.source, base: resolved.baseOrigin });
    const client = createTelnyxClient({
      ...this.clientOptions,
      credentials: resolved.credentials,
      baseURL: resolved.baseURL,
    });
    this.cached = { key, client, at };
    return client;
  }

  /**
   * Checks the credentials against Telnyx first and stores them only if Telnyx accepts them;
   * a rejected key leaves the keychain exactly as it was.
   */
  async save(credentials: TelnyxCredentials, apiBase?: string | null): Promise<CredentialState> {
    const baseURL = this.environment.apiBase ?? apiBase ?? TELNYX_API_BASE;
    // These credentials are about to be stored: they follow the stored key's rule, whatever TELNYX_API_KEY says.
    const base: BaseOrigin = this.environment.apiBase ? 'sign-in-environment' : apiBase ? 'sign-in' : 'telnyx';
    checkKeyDestination(baseURL, { key: 'keychain', base });
    try {
      // A candidate key, perhaps for another API base: whether it works says nothing about the
      // connection in use, so its call is not reported as reaching (or not reaching) Telnyx.
      await createTelnyxClient({
        ...this.clientOptions,
        onOutcome: undefined,
        credentials,
        baseURL,
      }).verifyCredentials();
    } catch (error) {
      if (error instanceof TelnyxApiError && error.code === 'bad_credentials') {
        throw new TelnyxApiError(
          'bad_credentials',
          credentials.kind === 'api_key'
            ? 'Telnyx did not accept this key. Copy a current API key from the Telnyx portal (it starts with KEY) and try again.'
            : 'Telnyx did not accept this key and secret. Check both in the Telnyx portal and try again.',
          error.details,
        );
      }
      throw error;
    }
    await this.secrets.write(credentials);
    this.cached = null;
    this.settings.update({ sandboxMode: false, apiBase: apiBase ?? null });
    // Now the connection in use: Telnyx has just answered it, so the window says so at once
    // instead of "not in touch yet" until the outbox's next call.
    this.clientOptions.onOutcome?.({ kind: 'reached' });
    return this.status();
  }

  async clear(): Promise<CredentialState> {
    await this.secrets.clear();
    this.cached = null;
    return this.status();
  }

  private async resolve(): Promise<Resolved | null> {
    const settings = this.settings.get();
    const explicitBase = this.environment.apiBase;
    if (settings.sandboxMode) {
      if (!this.sandbox) return null;
      return {
        credentials: { kind: 'api_key', apiKey: this.sandbox.apiKey },
        baseURL: explicitBase ?? this.sandbox.baseUrl,
        source: 'sandbox',
        baseOrigin: explicitBase ? 'environment' : 'sandbox',
      };
    }
    const baseURL = explicitBase ?? settings.apiBase ?? TELNYX_API_BASE;
    const baseOrigin: BaseOrigin = explicitBase ? 'environment' : settings.apiBase ? 'settings' : 'telnyx';
    if (this.environment.apiKey) {
      const credentials = { kind: 'api_key', apiKey: this.environment.apiKey } as const;
      return { credentials, baseURL, source: 'environment', baseOrigin };
    }
    const stored = await this.secrets.read();
    return stored ? { credentials: stored, baseURL, source: 'keychain', baseOrigin } : null;
  }
}
