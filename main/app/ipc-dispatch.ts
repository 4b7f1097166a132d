/**
 * Channel dispatch without Electron: look the channel up in the contract, validate the
 * payload against its schema, run the handler, and turn every outcome into a Result value.
 * `ipc.ts` puts the sender check in front of this; the browser tests call it directly
 * through a Playwright binding, so both run the same validation.
 */
import type { z } from 'zod';
import {
  contract,
  isChannel,
  type Channel,
  type Contract,
  type IpcError,
  type IpcErrorCode,
  type ResponseOf,
  type Result,
} from '../../preload/contract';
import { FaxdeskError } from '../engine/errors';

/** A handler receives the payload as its schema parsed it. */
export type Handlers = {
  [C in Channel]: (request: z.output<Contract[C]['request']>) => Promise<ResponseOf<C>>;
};

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

/**
 * A refusal the app itself gives, with a code only the IPC layer knows (`startup_failed`):
 * thrown by a handler, it reaches the page as that code and message, like a FaxdeskError.
 */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}

export function failure(code: IpcErrorCode, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}

export function createDispatch(
  handlers: Handlers,
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) {
      return failure('unknown_channel', 'Faxdesk does not know this request.');
    }
    const parsed = contract[channel].request.safeParse(payload);
    if (!parsed.success) {
      return failure('invalid_payload', describeInvalidPayload(channel, parsed.error));
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof FaxdeskError) return failure(error.code, error.message);
      if (error instanceof IpcFailure) return failure(error.code, error.message);
      log(`Unexpected error while handling ${channel}`, error);
      return failure('internal', 'Something went wrong inside Faxdesk. Please try again.');
    }
  };
}

function describeInvalidPayload(channel: Channel, error: z.ZodError): string {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return `The request to ${channel} was not valid${where}: ${first?.message ?? 'unexpected input'}.`;
}
