/**
 * The AccountConnection applies the key-destination rule wherever a key would leave: every client it
 * makes (the app, the CLI, the outbox) and the check before a new key is stored. A loopback
 * server stands in for Telnyx and records the Authorization header it was sent.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountConnection, type AccountEnvironment } from '../../../main/engine/account/account-connection';
import { FaxdeskError } from '../../../main/engine/errors';
import type { TelnyxCredentials } from '../../../main/engine/secrets/secret-store';
import { SettingsStore } from '../../../main/engine/store/settings';
import { MemorySecretStore } from '../../support/memory-secret-store';
import type { Settings } from '../../../domain/settings';

const STORED: TelnyxCredentials = { kind: 'api_key', apiKey: 'KEY_STORED_1234' };

let server: Server;
let loopbackBase = '';
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request.headers.authorization ?? '');
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({ data: [], meta: { page_number: 1, page_size: 1, total_pages: 0, total_results: 0 } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  loopbackBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function connection(
  environment: AccountEnvironment,
  settings: Partial<Settings> = {},
  stored: TelnyxCredentials | null = STORED,
) {
  const secrets = new MemorySecretStore();
  if (stored) await secrets.write(stored);
  const backend = {
    store: { ...settings } as Record<string, unknown>,
    set: (values: Record<string, unknown>) => void Object.assign(backend.store, values),
  };
  return {
    secrets,
    connection: new AccountConnection(secrets, new SettingsStore(backend), environment, { readRetries: 0 }),
  };
}

async function refusedWith(promise: Promise<unknown>): Promise<FaxdeskError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FaxdeskError);
  return error as FaxdeskError;
}

describe('the stored key', () => {
  it('is refused for https://evil.example and http://api.telnyx.com from FAXDESK_API_BASE', async () => {
    for (const apiBase of ['https://evil.example/v2', 'http://api.telnyx.com/v2']) {
      const { connection: c } = await connection({ apiBase });
      const error = await refusedWith(c.client());
      expect(error.code, apiBase).toBe('invalid_settings');
      expect(error.message).toContain('FAXDESK_API_BASE');
      expect(error.message).not.toContain(STORED.kind === 'api_key' ? STORED.apiKey : '');
    }
  });

  it('is refused for an API address in settings, with advice about signing in again', async () => {
    const { connection: c } = await connection({}, { apiBase: 'https://evil.example/v2' });
    const error = await refusedWith(c.client());
    expect(error.code).toBe('invalid_settings');
    expect(error.whatToDo).toMatch(/--api-base/);
  });

  it('goes to https://api.telnyx.com by default', async () => {
    const { connection: c } = await connection({});
    await expect(c.client()).resolves.toBeDefined();
  });

  it('goes to a loopback address, over http', async () => {
    const { connection: c } = await connection({ apiBase: loopbackBase });
    const before = seen.length;
    await (await c.client()).verifyCredentials();
    expect(seen.slice(before)).toEqual([`Bearer ${STORED.kind === 'api_key' ? STORED.apiKey : ''}`]);
  });
});

describe('a key given for this run (TELNYX_API_KEY)', () => {
  it('may go to another https host, never over http off this computer', async () => {
    const { connection: https } = await connection({ apiKey: 'KEY_FOR_THIS_RUN', apiBase: 'https://evil.example/v2' });
    await expect(https.client()).resolves.toBeDefined();
    const { connection: http } = await connection({ apiKey: 'KEY_FOR_THIS_RUN', apiBase: 'http://evil.example/v2' });
    expect((await refusedWith(http.client())).code).toBe('invalid_settings');
  });

  it('does not open the door for the key being stored', async () => {
    const { connection: c, secrets } = await connection(
      { apiKey: 'KEY_FOR_THIS_RUN', apiBase: 'https://evil.example/v2' },
      {},
      null,
    );
    const error = await refusedWith(c.save({ kind: 'api_key', apiKey: 'KEY_NEW_5678' }));
    expect(error.code).toBe('invalid_settings');
    expect(error.whatToDo).toMatch(/^Unset FAXDESK_API_BASE to sign in to Telnyx itself/);
    await expect(secrets.read()).resolves.toBeNull();
  });
});

describe('signing in', () => {
  it('refuses to check a new key against another host, and stores nothing', async () => {
    const { connection: c, secrets } = await connection({}, {}, null);
    const error = await refusedWith(c.save({ kind: 'api_key', apiKey: 'KEY_NEW_5678' }, 'https://evil.example/v2'));
    expect(error.code).toBe('invalid_settings');
    expect(error.whatToDo).toMatch(/Sign in without an API address/);
    await expect(secrets.read()).resolves.toBeNull();
  });

  it('checks and stores a key against a loopback address', async () => {
    const { connection: c, secrets } = await connection({}, {}, null);
    const before = seen.length;
    await c.save({ kind: 'api_key', apiKey: 'KEY_NEW_5678' }, loopbackBase);
    expect(seen.slice(before)).toEqual(['Bearer KEY_NEW_5678']);
    await expect(secrets.read()).resolves.toEqual({ kind: 'api_key', apiKey: 'KEY_NEW_5678' });
  });

  it('reports Telnyx reached once it accepted the key, so the window never says "not in touch yet" then', async () => {
    const outcomes: string[] = [];
    const backend = { store: {} as Record<string, unknown>, set: () => undefined };
    const c = new AccountConnection(
      new MemorySecretStore(),
      new SettingsStore(backend),
      {},
      { readRetries: 0, onOutcome: (outcome) => outcomes.push(outcome.kind) },
    );
    await c.save({ kind: 'api_key', apiKey: 'KEY_NEW_5678' }, loopbackBase);
    expect(outcomes).toEqual(['reached']);
  });
});

describe("the sandbox's key", () => {
  it('goes to the sandbox, and not to a FAXDESK_API_BASE elsewhere', async () => {
    const sandbox = { baseUrl: loopbackBase, apiKey: 'KEY_SANDBOX_RUN' };
    const { connection: local } = await connection({}, { sandboxMode: true }, null);
    local.attachSandbox(sandbox);
    await expect(local.client()).resolves.toBeDefined();
    const { connection: redirected } = await connection(
      { apiBase: 'https://evil.example/v2' },
      { sandboxMode: true },
      null,
    );
    redirected.attachSandbox(sandbox);
    expect((await refusedWith(redirected.client())).summary).toMatch(/the sandbox's key only to Telnyx/);
  });
});
