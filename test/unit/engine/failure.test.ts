/**
 * toFailure() reads whatever a step that talks to Telnyx threw, in one way, and never throws:
 * Telnyx's refusals keep what Telnyx said, the engine's own errors their code, and anything
 * else (a bug) comes back with no code, as it was thrown, for the caller to let through.
 */
import { NotFoundError, RateLimitError } from 'telnyx';
import { describe, expect, it } from 'vitest';
import { FaxdeskError } from '../../../main/engine/errors';
import { toFailure } from '../../../main/engine/outbox/failure';
import { TelnyxApiError } from '../../../main/engine/telnyx/errors';

describe('toFailure()', () => {
  it('keeps what Telnyx said', () => {
    const limited = new RateLimitError(429, undefined, undefined, new Headers({ 'retry-after': '7' }));
    const failure = toFailure(limited);
    expect(failure).toMatchObject({ code: 'rate_limited', telnyx: { status: 429, retryAfterMs: 7000 } });
    expect(failure.error).toBeInstanceOf(TelnyxApiError);
    const explained = failure.error as TelnyxApiError;
    expect(toFailure(explained)).toEqual({
      code: 'rate_limited',
      message: explained.message,
      telnyx: explained.details,
      error: explained,
    });
    expect(toFailure(new NotFoundError(404, undefined, undefined, new Headers())).code).toBe('not_found');
  });

  it("keeps the engine's own code, with nothing from Telnyx", () => {
    const notConnected = new FaxdeskError('not_connected', 'Faxdesk is not connected to Telnyx yet.');
    expect(toFailure(notConnected)).toEqual({
      code: 'not_connected',
      message: 'Faxdesk is not connected to Telnyx yet.',
      telnyx: null,
      error: notConnected,
    });
  });

  it('gives anything else no code, as it was thrown, and never throws', () => {
    const bug = new TypeError('x is undefined');
    expect(toFailure(bug)).toEqual({ code: null, message: 'x is undefined', telnyx: null, error: bug });
    expect(toFailure('odd')).toMatchObject({ code: null, message: 'odd', error: 'odd' });
    expect(toFailure(undefined)).toMatchObject({ code: null, message: 'undefined', error: undefined });
  });
});
