/**
 * The engine's Telnyx client against the sandbox over real HTTP: both credential kinds, every
 * page of a list, and each failure turned into the right plain-language error.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CallOutcome } from '../../../main/engine/telnyx/call-outcome';
import { createTelnyxClient } from '../../../main/engine/telnyx/client';
import type { TelnyxApiError } from '../../../main/engine/telnyx/errors';
import { SANDBOX_FAX_APP_ID, SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';

let telnyx: Sandbox;
beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
});
afterAll(() => telnyx.close());
afterEach(() => {
  telnyx.faults.clear();
  telnyx.setRateLimit(null);
});

const client = (overrides: Partial<Parameters<typeof createTelnyxClient>[0]> = {}) =>
  createTelnyxClient({
    credentials: { kind: 'api_key', apiKey: SANDBOX_KEYS.accepted },
    baseURL: telnyx.baseUrl,
    readRetries: 0,
    ...overrides,
  });

async function failureOf(promise: Promise<unknown>): Promise<TelnyxApiError> {
  try {
    await promise;
  } catch (error) {
    return error as TelnyxApiError;
  }
  throw new Error('expected the call to fail');
}

describe('the Telnyx client', () => {
  it('reads every page of a list', async () => {
    const numbers = await client({ pageSize: 1 }).listPhoneNumbers({
      connectionId: SANDBOX_FAX_APP_ID,
      status: 'active',
    });
    expect(numbers.map((n) => n.phoneNumber).sort()).toEqual(['+12025550180', '+12025550181']);
    expect(numbers.every((n) => n.connectionId === SANDBOX_FAX_APP_ID)).toBe(true);
    const apps = await client({ pageSize: 1 }).listFaxApplications();
    expect(apps).toEqual([{ id: SANDBOX_FAX_APP_ID, name: 'Faxdesk Sandbox', active: true }]);
  });

  it('authenticates with a legacy key + secret pair (Basic)', async () => {
    const legacy = client({ credentials: { kind: 'key_secret', keyId: 'KEYLEGACY', secret: 'hunter2' } });
    await expect(legacy.verifyCredentials()).resolves.toBeUndefined();
    const revoked = client({ credentials: { kind: 'key_secret', keyId: SANDBOX_KEYS.revoked, secret: 'x' } });
    expect((await failureOf(revoked.verifyCredentials())).code).toBe('bad_credentials');
  });

  it('maps a refused key to bad_credentials', async () => {
    const error = await failureOf(
      client({ credentials: { kind: 'api_key', apiKey: SANDBOX_KEYS.revoked } }).verifyCredentials(),
    );
    expect(error.code).toBe('bad_credentials');
    expect(error.details.status).toBe(401);
  });

  it('maps a missing fax to not_found and a bad request to invalid_parameters naming the field', async () => {
    expect((await failureOf(client().retrieveFax('0ccc7b54-4df3-4bca-a65a-3da1ecc777f0'))).code).toBe('not_found');
    const invalid = await failureOf(
      client().sendFax({ connection_id: SANDBOX_FAX_APP_ID, from: '+12025550180', to: '555-0100', media_name: 'x' }),
    );
    expect(invalid.code).toBe('invalid_parameters');
    expect(invalid.details.field).toBe('to');
    expect(invalid.message).toMatch(/^Telnyx refused the request \(to\): /);
  });

  it('maps 429 to rate_limited with the wait Telnyx asked for', async () => {
    telnyx.setRateLimit({ requests: 1, perMs: 60_000 });
    await client().listFaxApplications();
    const error = await failureOf(client().listFaxApplications());
    expect(error.code).toBe('rate_limited');
    expect(error.details.retryAfterMs).toBeGreaterThan(0);
  });

  it('hands a long rate-limit pause straight back from a read, where the SDK would sleep through it', async () => {
    telnyx.setRateLimit({ requests: 0, perMs: 60_000 });
    const started = Date.now();
    const error = await failureOf(client({ readRetries: 2 }).verifyCredentials());
    expect(error.code).toBe('rate_limited');
    expect(error.details.retryAfterMs).toBeGreaterThan(2_000);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('still lets a read wait out a short pause and succeed', async () => {
    telnyx.setRateLimit({ requests: 1, perMs: 1_000 });
    const reader = client({ readRetries: 2 });
    await reader.listFaxApplications();
    await expect(reader.listFaxApplications()).resolves.toHaveLength(1);
  });

  it('maps 5xx to telnyx_unavailable, flagged as possibly processed', async () => {
    telnyx.faults.reject({ method: 'GET', path: '/v2/fax_applications' }, 503);
    const error = await failureOf(client().listFaxApplications());
    expect(error).toMatchObject({ code: 'telnyx_unavailable', details: { status: 503, mayHaveReachedTelnyx: true } });
  });

  it('never retries a fax create, even when the SDK would', async () => {
    telnyx.faults.errorAfterCreate({ method: 'POST', path: '/v2/faxes' }, 5);
    const upload = await client().uploadMedia(
      new TextEncoder().encode('%PDF-1.4\n%%EOF\n'),
      `retry-${Date.now()}`,
      3600,
    );
    const before = telnyx.faxes().length;
    const error = await failureOf(
      client({ readRetries: 2 }).sendFax({
        connection_id: SANDBOX_FAX_APP_ID,
        from: '+12025550180',
        to: '+12025550100',
        media_name: upload,
      }),
    );
    expect(error.code).toBe('telnyx_unavailable');
    expect(telnyx.faxes().length).toBe(before + 1);
  });

  it('tells "offline, nothing sent" from "connection lost after sending"', async () => {
    const closed = await startSandbox();
    const base = closed.baseUrl;
    await closed.close();
    const offline = await failureOf(client({ baseURL: base }).listFaxApplications());
    expect(offline).toMatchObject({ code: 'offline', details: { mayHaveReachedTelnyx: false } });
    expect(offline.message).toMatch(/cannot reach Telnyx/);

    telnyx.faults.dropAfterCreate({ method: 'GET', path: '/v2/fax_applications' });
    const dropped = await failureOf(client().listFaxApplications());
    expect(dropped).toMatchObject({ code: 'offline', details: { mayHaveReachedTelnyx: true } });
  });

  it('gives up on a silent server after the timeout', async () => {
    telnyx.faults.delay({ method: 'GET', path: '/v2/fax_applications' }, 1500);
    const error = await failureOf(client({ timeoutMs: 200 }).listFaxApplications());
    expect(error).toMatchObject({ code: 'telnyx_unavailable', details: { mayHaveReachedTelnyx: true } });
    expect(error.message).toMatch(/did not answer in time/);
  });

  it('reports the outcome of every call, an answer with an error as much as a success', async () => {
    const outcomes: CallOutcome[] = [];
    const onOutcome = (outcome: CallOutcome) => outcomes.push(outcome);
    await client({ onOutcome }).listFaxApplications();
    await failureOf(client({ onOutcome }).retrieveFax('0ccc7b54-4df3-4bca-a65a-3da1ecc777f0'));
    telnyx.setRateLimit({ requests: 0, perMs: 60_000 });
    await failureOf(client({ onOutcome }).listFaxApplications());
    telnyx.setRateLimit(null);
    const closed = await startSandbox();
    await closed.close();
    await failureOf(client({ onOutcome, baseURL: closed.baseUrl }).listFaxApplications());
    const stopped = new AbortController();
    stopped.abort();
    await failureOf(client({ onOutcome }).deleteMedia('nothing', { signal: stopped.signal }));

    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['reached', 'reached', 'rate_limited', 'unreachable']);
    expect(outcomes[2]).toMatchObject({ pauseMs: expect.any(Number) as number });
  });
});
