/**
 * The IPC contract between the page and the main process.
 *
 * One map from channel name to its request schema and response type; the bridge, the
 * main-side handlers and the renderer all take their types from here, so a channel
 * cannot drift between the two sides. This file is bundled into the sandboxed preload
 * and type-checked as renderer code: it must import nothing under `main/` and no Node API.
 */
import { z } from 'zod';

/** Errors cross IPC as values, never as thrown strings. */
export const ipcErrorCodes = [
  'untrusted_sender',
  'invalid_payload',
  'unknown_channel',
  'internal',
  // raised by the engine (main/engine/errors.ts); ipc-dispatch.ts fails to compile if one is missing
  'keychain_unavailable',
  'not_connected',
  'bad_credentials',
  'no_permission',
  'not_found',
  'invalid_parameters',
  'rate_limited',
  'telnyx_unavailable',
  'offline',
  'invalid_settings',
  'database_unreadable',
  'database_too_new',
  'invalid_document',
  'invalid_number',
  'job_not_found',
  'not_possible',
] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export interface IpcError {
  code: IpcErrorCode;
  /** Plain language, fit to show to the person using Faxdesk. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

// ---- Data crossing IPC --------------------------------------------------------------

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  arch: string;
  /** Runtime versions; electron and chrome are null when not running inside Electron. */
  versions: { electron: string | null; chrome: string | null; node: string };
}

export type CredentialKind = 'api_key' | 'key_secret';

/** All the page may ever know about the Telnyx credentials: never the key itself. */
export interface CredentialStatus {
  configured: boolean;
  kind: CredentialKind | null;
  /** The last characters of the key, for recognition, e.g. "…abcd". */
  hint: string | null;
  /** Where they come from: the built-in sandbox, the environment (scripts), or the OS keychain. */
  source: 'sandbox' | 'environment' | 'keychain' | null;
}

export const FAX_QUALITIES = ['normal', 'high', 'very_high', 'ultra_light', 'ultra_dark'] as const;
export type FaxQuality = (typeof FAX_QUALITIES)[number];

export interface Settings {
  apiBase: string | null;
  connectionId: string | null;
  fromNumber: string | null;
  defaultQuality: FaxQuality;
  sandboxMode: boolean;
}

export interface PhoneNumberInfo {
  id: string;
  phoneNumber: string;
  status: string;
}

export interface FaxApplicationInfo {
  id: string;
  name: string;
  active: boolean;
  numbers: PhoneNumberInfo[];
}

export interface AccountSummary {
  applications: FaxApplicationInfo[];
  selected: { connectionId: string | null; fromNumber: string | null };
}

// ---- Request schemas ---------------------------------------------------------------

const secretText = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} is empty`)
    .max(512, `${label} is too long`)
    .regex(/^[\x21-\x7e]+$/, `${label} has characters a Telnyx key never contains`);

export const saveCredentialsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('api_key'), apiKey: secretText('The API key') }),
  z.object({ kind: z.literal('key_secret'), keyId: secretText('The key'), secret: secretText('The secret') }),
]);

const e164 = z.string().regex(/^\+[1-9]\d{1,14}$/, 'must be a number in international format, like +12025550100');

/** What the page may change in settings; sandbox mode and the API base have their own channels. */
export const settingsPatchSchema = z
  .object({
    connectionId: z.string().min(1).max(64).nullable(),
    fromNumber: e164.nullable(),
    defaultQuality: z.enum(FAX_QUALITIES),
  })
  .partial()
  .strict();

// ---- Channels ----------------------------------------------------------------------

/**
 * Declares a channel: its request schema, and its response type as a phantom
 * (`channel(schema).returns<T>()`), so that each channel below is one line.
 */
function channel<Req extends z.ZodType>(request: Req) {
  return {
    returns: <Res>(): { request: Req; response: Res } => ({ request, response: undefined as Res }),
  };
}

/** Channels that take no input accept only `undefined`. */
const noInput = z.undefined();

export const contract = {
  'app:info': channel(noInput).returns<AppInfo>(),
  'credentials:status': channel(noInput).returns<CredentialStatus>(),
  'credentials:save': channel(saveCredentialsSchema).returns<CredentialStatus>(),
  'credentials:clear': channel(noInput).returns<CredentialStatus>(),
  'sandbox:set': channel(z.object({ enabled: z.boolean() }).strict()).returns<CredentialStatus>(),
  'account:discover': channel(noInput).returns<AccountSummary>(),
  'settings:get': channel(noInput).returns<Settings>(),
  'settings:update': channel(settingsPatchSchema).returns<Settings>(),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

// ---- Events (main -> page) ---------------------------------------------------------

export interface Events {
  'credentials.changed': CredentialStatus;
}
export type EventName = keyof Events;
export const eventNames = ['credentials.changed'] as const satisfies readonly EventName[];

// ---- Transport ---------------------------------------------------------------------

/**
 * How the bridge reaches the main process. In the app this is ipcRenderer; in the
 * browser tests it is a Playwright binding to the same handlers in the test process.
 */
export interface Transport {
  invoke(channel: Channel, payload: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}
