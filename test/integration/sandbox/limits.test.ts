import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../main/sandbox';
import { startSandbox } from '../../../main/sandbox';
import type { ErrorBody } from './helpers';
import { api, APP_ID, FROM, pollUntilFinal, postJson, sendFax, STEP_MS } from './helpers';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('rate limit', () => {
  it('sends x-ratelimit-* headers and answers 429 with Retry-After once the window is spent', async () => {
    let clock = 1_000_000;
    sandbox = await startSandbox({ stepMs: STEP_MS, now: () => clock, rateLimit: { requests: 3, perMs: 10_000 } });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await api(sandbox, '/faxes');
      expect(result.status).toBe(200);
      expect(result.headers.get('x-ratelimit-limit')).toBe('3');
      expect(result.headers.get('x-ratelimit-reset')).toBe('10');
      remaining.push(result.headers.get('x-ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);

    clock += 2_500;
    const refused = await api<ErrorBody>(sandbox, '/faxes');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe('application/json');
    expect(refused.headers.get('retry-after')).toBe('8');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('x-ratelimit-reset')).toBe('8');
    expect(refused.body).toEqual({
      errors: [
        {
          code: '10011',
          title: 'Too many requests',
          detail: 'You have exceeded the maximum number of allowed requests.',
        },
      ],
    });

    clock += 7_500;
    const fresh = await api(sandbox, '/faxes');
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('x-ratelimit-remaining')).toBe('2');
  });

  it('counts unauthenticated requests too, and can be switched off at runtime', async () => {
    sandbox = await startSandbox({ stepMs: STEP_MS, rateLimit: { requests: 1, perMs: 60_000 } });
    const anonymous = await fetch(`${sandbox.baseUrl}/faxes`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('x-ratelimit-remaining')).toBe('0');
    expect((await api(sandbox, '/faxes')).status).toBe(429);
    sandbox.setRateLimit(null);
    const open = await api(sandbox, '/faxes');
    expect(open.status).toBe(200);
    expect(open.headers.get('x-ratelimit-limit')).toBeNull();
    sandbox.setRateLimit({ requests: 5, perMs: 1000 });
    expect((await api(sandbox, '/faxes')).headers.get('x-ratelimit-remaining')).toBe('4');
  });

  it('sends no rate-limit headers when unlimited', async () => {
    sandbox = await startSandbox({ stepMs: STEP_MS });
    const result = await api(sandbox, '/faxes');
    expect(result.headers.get('x-ratelimit-limit')).toBeNull();
  });
});

describe('outbound in-flight cap', () => {
  it('answers 429 while maxInFlight outbound faxes are unfinished, and accepts again once one ends', async () => {
    // 100 ms steps: +12025550104 then stays `sending` for 4 s, far longer than the test.
    sandbox = await startSandbox({ stepMs: 100, maxInFlight: 2 });
    const slow = await sendFax(sandbox, '+12025550104');
    const quick = await sendFax(sandbox, '+12025550100');
    const before = sandbox.faxes().length;

    const refused = await postJson<ErrorBody>(sandbox, '/faxes', {
      connection_id: APP_ID,
      from: FROM,
      to: '+12025550100',
      media_url: 'https://example.com/a.pdf',
    });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0]).toMatchObject({ code: '10011', title: 'Too many requests' });
    expect(refused.body.errors[0]?.detail).toMatch(/2 faxes being processed at the same time/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(sandbox.faxes()).toHaveLength(before);

    // Inbound faxes do not count against the outbound cap, nor do reads.
    await sandbox.injectInbound({ from: '+13125550199', to: '+12025550180' });
    expect((await api(sandbox, '/faxes')).status).toBe(200);

    await pollUntilFinal(sandbox, quick.id);
    const accepted = await sendFax(sandbox, '+12025550100');
    expect(accepted.status).toBe('queued');
    expect(sandbox.faxes().find((f) => f.id === slow.id)?.status).not.toBe('delivered');
  });
});
