import {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from 'telnyx';
import { describe, expect, it } from 'vitest';
import { retryAfterFrom, toTelnyxApiError } from '../../../main/engine/telnyx/errors';

const body = (code: string, detail: string, pointer?: string) => ({
  errors: [{ code, title: 'x', detail, ...(pointer ? { source: { pointer } } : {}) }],
});

describe('toTelnyxApiError()', () => {
  it('explains each kind of refusal in plain words', () => {
    const h = new Headers();
    const cases = [
      [
        new AuthenticationError(401, body('10009', 'Authentication failed'), undefined, h),
        'bad_credentials',
        /did not accept this key/,
      ],
      [new PermissionDeniedError(403, undefined, undefined, h), 'no_permission', /not allowed/],
      [new NotFoundError(404, body('404', 'Not Found'), undefined, h), 'not_found', /no record/],
      [new InternalServerError(503, undefined, undefined, h), 'telnyx_unavailable', /having trouble/],
    ] as const;
    for (const [error, code, message] of cases) {
      const mapped = toTelnyxApiError(error);
      expect(mapped.code).toBe(code);
      expect(mapped.message).toMatch(message);
    }
  });

  it('names the field Telnyx objected to', () => {
    const error = new UnprocessableEntityError(
      422,
      body('10016', 'Phone number must be in +E.164 format', '/to'),
      undefined,
      new Headers(),
    );
    const mapped = toTelnyxApiError(error);
    expect(mapped.code).toBe('invalid_parameters');
    expect(mapped.details.field).toBe('to');
    expect(mapped.message).toBe('Telnyx refused the request (to): Phone number must be in +E.164 format.');
  });

  it('keeps how long Telnyx asked us to wait', () => {
    const error = new RateLimitError(
      429,
      body('10011', 'Too many requests'),
      undefined,
      new Headers({ 'retry-after': '7' }),
    );
    const mapped = toTelnyxApiError(error);
    expect(mapped.code).toBe('rate_limited');
    expect(mapped.details.retryAfterMs).toBe(7000);
  });

  it('tells a request that never left from one that may have reached Telnyx', () => {
    const refused = new APIConnectionError({ cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });
    const reset = new APIConnectionError({ cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    expect(toTelnyxApiError(refused)).toMatchObject({ code: 'offline', details: { mayHaveReachedTelnyx: false } });
    expect(toTelnyxApiError(reset)).toMatchObject({ code: 'offline', details: { mayHaveReachedTelnyx: true } });
    expect(toTelnyxApiError(new APIConnectionTimeoutError())).toMatchObject({
      code: 'telnyx_unavailable',
      details: { mayHaveReachedTelnyx: true },
    });
    expect(
      toTelnyxApiError(new InternalServerError(500, undefined, undefined, new Headers())).details.mayHaveReachedTelnyx,
    ).toBe(true);
  });

  it('lets bugs in our own code through unchanged', () => {
    const bug = new TypeError('x is undefined');
    expect(() => toTelnyxApiError(bug)).toThrow(bug);
  });
});

describe('retryAfterFrom()', () => {
  it('reads Retry-After seconds and dates, then retry-after-ms, then x-ratelimit-reset', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    expect(retryAfterFrom(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(retryAfterFrom(new Headers({ 'retry-after': 'Fri, 27 Nov 2026 10:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterFrom(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(retryAfterFrom(new Headers({ 'x-ratelimit-reset': '2' }), now)).toBe(2000);
    expect(retryAfterFrom(new Headers(), now)).toBeNull();
  });
});
