/**
 * A sandbox started with a run key (the app's, see main/app/sandbox-host.ts) accepts
 * `Bearer <that key>` and nothing else — not the documented `KEY…` keys, not the legacy Basic
 * form, not a prefix of the key. Without a run key it keeps accepting the documented keys,
 * as `faxdesk sandbox` and the tests rely on.
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_KEYS } from '../../../main/sandbox';
import { useSandbox } from './helpers';

const RUN_KEY = 'KEY_FAXDESK_RUN_k3Qx9fJw2mZ8pL0aT7vB1cN4dR6eS5uY';
const withRunKey = useSandbox({ runKey: RUN_KEY });
const documented = useSandbox();

async function status(baseUrl: string, authorization: string): Promise<number> {
  return (await fetch(`${baseUrl}/faxes`, { headers: { authorization } })).status;
}

function basic(keyId: string, secret: string): string {
  return `Basic ${Buffer.from(`${keyId}:${secret}`).toString('base64')}`;
}

describe('a sandbox started with a run key', () => {
  it('accepts that key', async () => {
    expect(await status(withRunKey().baseUrl, `Bearer ${RUN_KEY}`)).toBe(200);
  });

  it.each([
    ['the documented ready-made key', `Bearer ${SANDBOX_KEYS.accepted}`],
    ['any other KEY… key', 'Bearer KEY01890ABCDEF_someone'],
    ['the run key with a character missing', `Bearer ${RUN_KEY.slice(0, -1)}`],
    ['the run key with a character more', `Bearer ${RUN_KEY}x`],
    ['the run key in the legacy Basic form', basic(RUN_KEY, 'secret')],
  ])('refuses %s with the Telnyx 401', async (_, authorization) => {
    expect(await status(withRunKey().baseUrl, authorization)).toBe(401);
  });
});

describe('a sandbox started without one', () => {
  it('accepts the documented keys and refuses the revoked one', async () => {
    expect(await status(documented().baseUrl, `Bearer ${SANDBOX_KEYS.accepted}`)).toBe(200);
    expect(await status(documented().baseUrl, basic('KEY0123', 'secret'))).toBe(200);
    expect(await status(documented().baseUrl, `Bearer ${SANDBOX_KEYS.revoked}`)).toBe(401);
  });
});
