/**
 * One reading of what went wrong in a step that talks to Telnyx, whatever threw it, so no
 * caller casts or tests error classes. The Telnyx client already turns everything the SDK
 * throws into a TelnyxApiError, and the account raises FaxdeskErrors (not connected, no key);
 * what is neither — a bug, a disk error — is no failure the outbox can explain: its code is
 * null, and the caller lets it through as it was thrown.
 */
import { FaxdeskError, type EngineErrorCode } from '../errors';
import { telnyxApiErrorFrom, type TelnyxApiError } from '../telnyx/errors';

export interface Failure {
  /** The engine's code for it; null when no part of the engine raised it on purpose. */
  code: EngineErrorCode | null;
  /** What happened, in the words the person at the desk is shown. */
  message: string;
  /** What Telnyx said (status, whether the request may have reached it, how long to wait), when it said it. */
  telnyx: TelnyxApiError['details'] | null;
  /** The error itself: what is passed on to whoever asked, or let through. */
  error: unknown;
}

/** Reads any thrown value as a Failure; never throws. */
export function toFailure(thrown: unknown): Failure {
  const fromTelnyx = telnyxApiErrorFrom(thrown);
  if (fromTelnyx) {
    return { code: fromTelnyx.code, message: fromTelnyx.message, telnyx: fromTelnyx.details, error: fromTelnyx };
  }
  if (thrown instanceof FaxdeskError) {
    return { code: thrown.code, message: thrown.message, telnyx: null, error: thrown };
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { code: null, message, telnyx: null, error: thrown };
}
