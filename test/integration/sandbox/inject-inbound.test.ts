/**
 * The test-only inject endpoint, POST /sandbox/inbound: guarded like every other route (the
 * Host check, the API key or the run key), it receives one fax on demand and says clearly
 * what is wrong with a request it refuses.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Sandbox, SandboxFax } from '../../../main/sandbox';
import { SANDBOX_FAX_NUMBERS, SANDBOX_KEYS, scannedFax } from '../../../main/sandbox';
import type { ErrorBody } from './helpers';
import { AUTH, pollUntilFinal, useSandbox } from './helpers';

const sandbox = useSandbox();
const RUN_KEY = 'KEY_FAXDESK_RUN_q8Vt2LmX4pR7sN1bC6dF0gH3jK5wY9zA';
const withRunKey = useSandbox({ runKey: RUN_KEY });

async function inject(
  target: Sandbox,
  body: unknown,
  headers: Record<string, string> = AUTH,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${target.origin}/sandbox/inbound`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : '' };
}

function faxWithId(target: Sandbox, id: string): SandboxFax | undefined {
  return target.faxes().find((fax) => fax.id === id);
}

describe('POST /sandbox/inbound', () => {
  it('receives a fax with the defaults: from the first sender, on the first number', async () => {
    const result = await inject(sandbox(), {});
    expect(result.status).toBe(201);
    const { id } = result.body as { id: string };
    expect(faxWithId(sandbox(), id)).toMatchObject({
      direction: 'inbound',
      status: 'receiving',
      from: '+13125550199',
      to: SANDBOX_FAX_NUMBERS[0],
    });
    const { fax } = await pollUntilFinal(sandbox(), id);
    expect(fax).toMatchObject({ status: 'received', page_count: 1 });
  });

  it('delivers the document the request describes', async () => {
    const result = await inject(sandbox(), {
      from: '+16175550123',
      to: '+12025550181',
      pages: 2,
      kind: 'referral',
      seed: 12,
      linkTtlSeconds: 30,
    });
    expect(result.status).toBe(201);
    const { fax } = await pollUntilFinal(sandbox(), (result.body as { id: string }).id);
    expect(fax).toMatchObject({ status: 'received', page_count: 2, to: '+12025550181' });
    const expires = Number(new URL(fax.media_url ?? '').searchParams.get('expires'));
    expect(expires - Date.now()).toBeLessThanOrEqual(30_000);
    expect(expires - Date.now()).toBeGreaterThan(20_000);
    const pdf = Buffer.from(await (await fetch(fax.media_url ?? '')).arrayBuffer());
    const expected = scannedFax({ seed: 12, pages: 2, kind: 'referral', fromNumber: '+16175550123' });
    expect(expected.sender.fax).toBe('+16175550123');
    expect(pdf.equals(expected.pdf)).toBe(true);
  });

  it('makes a failed call when asked', async () => {
    const result = await inject(sandbox(), { fail: 'sender_communication_error' });
    const { fax } = await pollUntilFinal(sandbox(), (result.body as { id: string }).id);
    expect(fax).toMatchObject({ status: 'failed', failure_reason: 'sender_communication_error' });
    expect(fax.media_url).toBeUndefined();
  });

  it('refuses a request without the API key, or with the revoked one', async () => {
    const before = sandbox().faxes().length;
    expect((await inject(sandbox(), {}, {})).status).toBe(401);
    expect((await inject(sandbox(), {}, { authorization: `Bearer ${SANDBOX_KEYS.revoked}` })).status).toBe(401);
    expect(sandbox().faxes()).toHaveLength(before);
  });

  it('accepts only the run key on a sandbox started with one', async () => {
    expect((await inject(withRunKey(), {}, AUTH)).status).toBe(401);
    expect((await inject(withRunKey(), {}, { authorization: `Bearer ${RUN_KEY}` })).status).toBe(201);
  });

  it('refuses a request addressed to another host name', async () => {
    const port = Number(new URL(sandbox().origin).port);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/sandbox/inbound',
          method: 'POST',
          headers: { ...AUTH, host: `rebound.example:${port}`, 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('answers 405 to another method', async () => {
    const response = await fetch(`${sandbox().origin}/sandbox/inbound`, { headers: AUTH });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('says what is wrong with each bad field, at once, and receives nothing', async () => {
    const before = sandbox().faxes().length;
    const result = await inject(sandbox(), {
      from: '312 555 0199',
      to: 12025550180,
      pages: 0,
      kind: 'postcard',
      seed: -3,
      fail: 'Dropped!',
      linkTtlSeconds: 0,
      colour: 'blue',
    });
    expect(result.status).toBe(422);
    const pointers = (result.body as ErrorBody).errors.map((e) => e.source?.pointer).sort();
    expect(pointers).toEqual(
      ['/colour', '/fail', '/from', '/kind', '/linkTtlSeconds', '/pages', '/seed', '/to'].sort(),
    );
    const kindError = (result.body as ErrorBody).errors.find((e) => e.source?.pointer === '/kind');
    expect(kindError?.detail).toContain('invoice');
    expect(sandbox().faxes()).toHaveLength(before);
  });

  it('answers 400 to a body that is not JSON, and 422 to JSON that is not an object', async () => {
    const broken = await inject(sandbox(), '{"pages": ');
    expect(broken.status).toBe(400);
    expect((broken.body as ErrorBody).errors[0]?.code).toBe('10015');
    expect((await inject(sandbox(), [1, 2])).status).toBe(422);
  });
});
