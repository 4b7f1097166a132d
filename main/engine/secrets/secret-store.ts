/**
 * Where Telnyx credentials live. Only the main process holds a SecretStore; the page can
 * learn whether credentials exist (see `describeCredentials`), never read them.
 */
export type TelnyxCredentials =
  { kind: 'api_key'; apiKey: string } | { kind: 'key_secret'; keyId: string; secret: string };

export interface SecretStore {
  read(): Promise<TelnyxCredentials | null>;
  write(credentials: TelnyxCredentials): Promise<void>;
  clear(): Promise<void>;
}

export interface CredentialDescription {
  configured: boolean;
  kind: TelnyxCredentials['kind'] | null;
  hint: string | null;
}

/** What may be shown about credentials: their kind and the last four characters of the key. */
export function describeCredentials(credentials: TelnyxCredentials | null): CredentialDescription {
  if (!credentials) return { configured: false, kind: null, hint: null };
  const visible = credentials.kind === 'api_key' ? credentials.apiKey : credentials.keyId;
  return { configured: true, kind: credentials.kind, hint: `…${visible.slice(-4)}` };
}
