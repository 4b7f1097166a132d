import { describe, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '../../../main/sandbox';
import type { ErrorBody } from './helpers';
import { useSandbox } from './helpers';

const sandbox = useSandbox();

const AUTH_FAILED = {
  errors: [
    {
      code: '10009',
      title: 'Authentication failed',
      detail: 'The required authentication headers were either invalid or not included in the request.',
    },
  ],
};

async function getFaxes(authorization?: string): Promise<{ status: number; body: unknown; type: string | null }> {
  const response = await fetch(`${sandbox().baseUrl}/faxes`, {
    headers: authorization === undefined ? {} : { authorization },
  });
  return { status: response.status, body: await response.json(), type: response.headers.get('content-type') };
}

function basic(keyId: string, secret: string): string {
  return `Basic ${Buffer.from(`${keyId}:${secret}`).toString('base64')}`;
}

describe('authentication', () => {
  it.each([
    ['no Authorization header', undefined],
    ['an unknown scheme', `Token ${SANDBOX_KEYS.accepted}`],
    ['a bearer token that is not a Telnyx key', 'Bearer abc123'],
    ['a bare "KEY"', 'Bearer KEY'],
    ['the revoked key', `Bearer ${SANDBOX_KEYS.revoked}`],
    ['Basic with the revoked key id', basic(SANDBOX_KEYS.revoked, 'secret')],
    ['Basic with an empty secret', basic('KEY0123', '')],
    ['Basic with a key id not starting with KEY', basic('abc', 'secret')],
    ['Basic that is not key:secret', `Basic ${Buffer.from('KEYnocolon').toString('base64')}`],
  ])('refuses %s with the Telnyx 401 body', async (_, authorization) => {
    const result = await getFaxes(authorization);
    expect(result.status).toBe(401);
    expect(result.type).toBe('application/json');
    expect(result.body).toEqual(AUTH_FAILED);
  });

  it.each([
    ['the ready-made key', `Bearer ${SANDBOX_KEYS.accepted}`],
    ['any key starting with KEY', 'Bearer KEY01890ABCDEF_someone'],
    ['the legacy Basic key:secret form', basic('KEY01890ABCDEF', 's3cr3t')],
  ])('accepts %s', async (_, authorization) => {
    const result = await getFaxes(authorization);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ data: [], meta: { total_results: 0 } });
  });

  it('checks credentials before telling whether a route exists', async () => {
    const response = await fetch(`${sandbox().baseUrl}/no_such_thing`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as ErrorBody).errors[0]?.code).toBe('10009');
  });

  it('refuses requests outside /v2 with a 404 error body', async () => {
    const response = await fetch(`${sandbox().origin}/v1/faxes`, {
      headers: { authorization: `Bearer ${SANDBOX_KEYS.accepted}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [{ code: '404', title: 'Not Found', detail: 'The requested resource does not exist' }],
    });
  });
});
