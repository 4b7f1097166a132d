/**
 * What one call to Telnyx says about reaching it, whatever the call was: Telnyx answered, it
 * could not be reached, or it answered asking for a pause. The client reports this for every
 * call (client.ts), so whoever keeps track of reachability hears it in one place instead of
 * from every caller.
 */
import { APIUserAbortError } from 'telnyx';
import type { TelnyxApiError } from './errors';

export type CallOutcome =
  | { kind: 'reached' }
  | { kind: 'unreachable' }
  /** Telnyx answered with a 429: every request waits `pauseMs`. */
  | { kind: 'rate_limited'; pauseMs: number };

export type CallOutcomeListener = (outcome: CallOutcome) => void;

/** How long to pause after a 429 that did not say how long. */
const DEFAULT_RATE_LIMIT_PAUSE_MS = 1000;

/**
 * What a failed call says. Any answer from Telnyx, even an error, proves it reachable; no
 * answer at all (offline, or a timeout with no status) does not. Null for a call Faxdesk
 * stopped itself, which says nothing about Telnyx.
 */
export function outcomeOfFailure(failure: TelnyxApiError): CallOutcome | null {
  if (failure.cause instanceof APIUserAbortError) return null;
  if (failure.code === 'offline' || (failure.code === 'telnyx_unavailable' && failure.details.status === null)) {
    return { kind: 'unreachable' };
  }
  if (failure.code === 'rate_limited') {
    return { kind: 'rate_limited', pauseMs: failure.details.retryAfterMs ?? DEFAULT_RATE_LIMIT_PAUSE_MS };
  }
  return { kind: 'reached' };
}
