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
  'keychain_unavailable',
  'internal',
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

/** All the page may ever know about the stored Telnyx credentials. */
export interface CredentialStatus {
  configured: boolean;
  kind: CredentialKind | null;
  /** The last characters of the key, for recognition, e.g. "…abcd". */
  hint: string | null;
}

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
