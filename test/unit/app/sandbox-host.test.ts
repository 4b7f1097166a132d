/**
 * The app's sandbox ("Try without an account") accepts only a key made for that run, handed
 * to the engine with its address: the engine works with it, the documented `KEY…` keys do not,
 * and each start makes a new key.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SandboxHost } from '../../../main/app/sandbox-host';
import { AccountConnection } from '../../../main/engine/account/account-connection';
import { SettingsStore } from '../../../main/engine/store/settings';
import { SANDBOX_KEYS } from '../../../main/sandbox';
import { MemorySecretStore } from '../../support/memory-secret-store';

const hosts: SandboxHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.stop()));
});

function host(options: ConstructorParameters<typeof SandboxHost>[0] = {}): SandboxHost {
  const made = new SandboxHost(options);
  hosts.push(made);
  return made;
}

async function status(baseUrl: string, key: string): Promise<number> {
  return (await fetch(`${baseUrl}/faxes`, { headers: { authorization: `Bearer ${key}` } })).status;
}

describe('SandboxHost', () => {
  it('hands out a key of its own that the sandbox accepts, and the documented key it refuses', async () => {
    const endpoint = await host().start();
    expect(endpoint.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
    expect(endpoint.apiKey).toMatch(/^KEY_FAXDESK_RUN_[\w-]{32}$/);
    expect(await status(endpoint.baseUrl, endpoint.apiKey)).toBe(200);
    expect(await status(endpoint.baseUrl, SANDBOX_KEYS.accepted)).toBe(401);
  });

  it('makes a new key for each run', async () => {
    const first = host();
    const one = await first.start();
    expect((await first.start()).apiKey).toBe(one.apiKey);
    await first.stop();
    const two = await first.start();
    expect(two.apiKey).not.toBe(one.apiKey);
    expect(await status(two.baseUrl, one.apiKey)).toBe(401);
  });

  it('is what the engine reaches in sandbox mode', async () => {
    const backend = {
      store: { sandboxMode: true } as Record<string, unknown>,
      set: (values: Record<string, unknown>) => void Object.assign(backend.store, values),
    };
    const connection = new AccountConnection(new MemorySecretStore(), new SettingsStore(backend), {});
    connection.attachSandbox(await host().start());
    const applications = await (await connection.client()).listFaxApplications();
    expect(applications.length).toBeGreaterThan(0);
    await expect(connection.status()).resolves.toMatchObject({ configured: true, source: 'sandbox' });
  });

  it('receives a fax now and then when asked to (the demo), and none otherwise', async () => {
    const inbound = async (endpoint: { baseUrl: string; apiKey: string }) => {
      const response = await fetch(`${endpoint.baseUrl}/faxes?filter[direction][eq]=inbound`, {
        headers: { authorization: `Bearer ${endpoint.apiKey}` },
      });
      return ((await response.json()) as { data: unknown[] }).data.length;
    };
    const demo = await host({ inboundEverySeconds: 0.05 }).start();
    const quiet = await host().start();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await inbound(demo)).toBeGreaterThan(0);
    expect(await inbound(quiet)).toBe(0);
  });
});
