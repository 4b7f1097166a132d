/**
 * The connection commands of the built CLI, against the sandbox over HTTP and the real
 * keychain (a throwaway one under `npm test`).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../main/engine/secrets/keytar-secret-store';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { cliPath, runFaxdesk } from '../../support/run-cli';

let telnyx: Sandbox;
let home: string;
const service = `Faxdesk-cli-test-${process.pid}`;
const keychain = new KeytarSecretStore(service);
const goodKey = `KEY_CLI_${Date.now()}_9f3e`;

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, FAXDESK_HOME: home, FAXDESK_KEYCHAIN_SERVICE: service };
  delete base['TELNYX_API_KEY'];
  delete base['FAXDESK_API_BASE'];
  return { ...base, ...extra };
}

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
  home = await mkdtemp(join(tmpdir(), 'faxdesk-cli-'));
});

afterAll(async () => {
  await keychain.clear();
  await telnyx.close();
  await rm(home, { recursive: true, force: true });
});

describe('faxdesk login / account / logout', () => {
  it('refuses a key Telnyx rejects, with one plain line, storing nothing', async () => {
    const result = await runFaxdesk(['login', '--api-key', SANDBOX_KEYS.revoked, '--api-base', telnyx.baseUrl], env());
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'faxdesk: Telnyx did not accept this key. Copy a current API key from the Telnyx portal (it starts with KEY) and try again.',
    );
    expect(await keychain.read()).toBeNull();
  });

  it('keeps a good key in the keychain and lists the account', async () => {
    const login = await runFaxdesk(['login', '--api-key', goodKey, '--api-base', telnyx.baseUrl], env());
    expect(login.stderr).toBe('');
    expect(login.code).toBe(0);
    expect(login.stdout).toContain('Connected to Telnyx with API key …9f3e');
    expect(await keychain.read()).toEqual({ kind: 'api_key', apiKey: goodKey });

    const account = await runFaxdesk(['account', '--json'], env());
    expect(account.code).toBe(0);
    const parsed = JSON.parse(account.stdout) as {
      credentials: { source: string; hint: string };
      applications: Array<{ id: string; numbers: Array<{ phoneNumber: string }> }>;
      selected: { connectionId: string | null; fromNumber: string | null };
    };
    expect(parsed.credentials).toMatchObject({ source: 'keychain', hint: '…9f3e' });
    expect(parsed.applications).toHaveLength(1);
    const numbers = parsed.applications[0]?.numbers.map((n) => n.phoneNumber).sort();
    // Only the numbers attached to the fax application, not the account's third number.
    expect(numbers).toEqual(['+12025550180', '+12025550181']);
    expect(parsed.selected).toEqual({ connectionId: parsed.applications[0]?.id, fromNumber: null });
  });

  it('sets the default sender, refusing a number the account does not have', async () => {
    const bad = await runFaxdesk(['account', '--from', '+12025550199'], env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('+12025550199 is not an active number');

    const good = await runFaxdesk(['account', '--from', '+12025550181'], env());
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/\* \+12025550181/);
  });

  it('uses TELNYX_API_KEY for one run without storing it', async () => {
    const envKey = `KEY_ENV_${Date.now()}_e1e1`;
    const result = await runFaxdesk(['account'], env({ TELNYX_API_KEY: envKey, FAXDESK_API_BASE: telnyx.baseUrl }));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('from TELNYX_API_KEY');
    expect(await keychain.read()).toEqual({ kind: 'api_key', apiKey: goodKey });
    await expectNoFileContains(envKey);
  });

  it('never writes the key into the data folder', async () => {
    await expectNoFileContains(goodKey);
  });

  it('forgets the key on logout, after which account explains what to do', async () => {
    const logout = await runFaxdesk(['logout'], env());
    expect(logout.code).toBe(0);
    expect(await keychain.read()).toBeNull();
    const account = await runFaxdesk(['account'], env());
    expect(account.code).toBe(1);
    expect(account.stderr).toContain('faxdesk login');
  });

  it('says what it did not understand, with exit code 2', async () => {
    for (const args of [['frobnicate'], ['login', '--bogus'], ['login', '--api-key', 'KEYx', '--secret', 's']]) {
      const result = await runFaxdesk(args, env());
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^faxdesk: .+\n$/);
    }
  });
});

describe('faxdesk sandbox', () => {
  it('prints its base URL, serves the API there, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [cliPath, 'sandbox', '--step-ms', '50'], { env: env() });
    const baseUrl = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      child.once('exit', () => reject(new Error('sandbox exited early')));
    });
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
    const response = await fetch(`${baseUrl}/fax_applications`, {
      headers: { Authorization: `Bearer ${SANDBOX_KEYS.accepted}` },
    });
    expect(response.status).toBe(200);
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
  });

  it('documents the test numbers in --help', async () => {
    const result = await runFaxdesk(['sandbox', '--help'], env());
    expect(result.code).toBe(0);
    for (const number of ['+12025550100', '+12025550101', '+12025550104', '+12025550106']) {
      expect(result.stdout).toContain(number);
    }
  });
});

async function expectNoFileContains(secret: string): Promise<void> {
  for (const file of await readdir(home, { recursive: true })) {
    const content = await readFile(join(home, file)).catch(() => Buffer.alloc(0));
    expect(content.includes(secret), `${file} must not contain the key`).toBe(false);
  }
}
