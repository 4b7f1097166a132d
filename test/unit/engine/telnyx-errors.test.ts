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
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createTelnyxClient } from '../../../main/engine/telnyx/client';
import { retryAfterFrom, telnyxApiErrorFrom, TelnyxApiError } from '../../../main/engine/telnyx/errors';

const body = (code: string, detail: string, pointer?: string) => ({
  errors: [{ code, title: 'x', detail, ...(pointer ? { source: { pointer } } : {}) }],
});

/** The explanation of an SDK error: every error the SDK throws has one. */
function explain(error: unknown): TelnyxApiError {
  const mapped = telnyxApiErrorFrom(error);
  expect(mapped).toBeInstanceOf(TelnyxApiError);
  return mapped as TelnyxApiError;
}

describe('telnyxApiErrorFrom()', () => {
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
      const mapped = explain(error);
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
    const mapped = explain(error);
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
    const mapped = explain(error);
    expect(mapped.code).toBe('rate_limited');
    expect(mapped.details.retryAfterMs).toBe(7000);
  });

  it('tells a request that never left from one that may have reached Telnyx', () => {
    const refused = new APIConnectionError({ cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });
    const reset = new APIConnectionError({ cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    expect(explain(refused)).toMatchObject({ code: 'offline', details: { mayHaveReachedTelnyx: false } });
    expect(explain(reset)).toMatchObject({ code: 'offline', details: { mayHaveReachedTelnyx: true } });
    expect(explain(new APIConnectionTimeoutError())).toMatchObject({
      code: 'telnyx_unavailable',
      details: { mayHaveReachedTelnyx: true },
    });
    expect(
      explain(new InternalServerError(500, undefined, undefined, new Headers())).details.mayHaveReachedTelnyx,
    ).toBe(true);
  });

  it('lets bugs in our own code through unchanged', async () => {
    const bug = new TypeError('x is undefined');
    expect(telnyxApiErrorFrom(bug)).toBeNull();
    // A list whose item our own mapping cannot read: the client rejects with that bug, not a Telnyx error.
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: [null], meta: { total_pages: 1 } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = createTelnyxClient({
        credentials: { kind: 'api_key', apiKey: 'KEY' },
        baseURL: `http://127.0.0.1:${port}`,
      });
      const failure: unknown = await client.listFaxApplications().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(TypeError);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
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
