import { describe, expect, it, vi } from 'vitest';
import { contract, type Channel } from '../../../preload/contract';
import { FaxdeskError } from '../../../main/engine/errors';
import { registerIpc, handle, type IpcMainLike } from '../../../main/app/ipc';
import { createDispatch, type Handlers } from '../../../main/app/ipc-dispatch';
import { createSenderTrust, type SenderEvent } from '../../../main/app/sender-trust';

const PAGE = 'app://faxdesk/index.html';

const appInfo = {
  name: 'Faxdesk',
  version: '0.1.0',
  platform: 'linux',
  arch: 'x64',
  versions: { electron: null, chrome: null, node: '20' },
  startupProblems: [],
};

/** Handlers for every channel: the two these tests call, and the rest refusing loudly. */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = () => Promise.reject(new Error('not used in this test'));
  const all = Object.fromEntries(Object.keys(contract).map((channel) => [channel, unused])) as unknown as Handlers;
  return {
    ...all,
    'app:info': () => Promise.resolve(appInfo),
    'credentials:status': () => Promise.resolve({ configured: false, kind: null, hint: null, source: null }),
    ...overrides,
  };
}

/** An invoke event from window `id`, sent by its top frame unless `frame` says otherwise. */
function eventFrom(id: number, url = PAGE, frame: 'top' | 'child' | 'none' = 'top'): SenderEvent {
  const mainFrame = { url };
  const senderFrame = frame === 'top' ? mainFrame : frame === 'child' ? { url } : null;
  return { sender: { id, mainFrame }, senderFrame };
}

function setup(h = handlers()) {
  const trust = createSenderTrust(PAGE);
  trust.trust(1);
  const log = vi.fn();
  return { trust, log, call: handle(trust, createDispatch(h, log)) };
}

describe('handle()', () => {
  it('answers our own window with the handler result', async () => {
    const { call } = setup();
    await expect(call(eventFrom(1), 'app:info', undefined)).resolves.toEqual({ ok: true, value: appInfo });
  });

  it('refuses a webContents Faxdesk did not create', async () => {
    const { call } = setup();
    const result = await call(eventFrom(2), 'app:info', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'untrusted_sender', message: expect.any(String) } });
  });

  it('refuses a subframe of our own window', async () => {
    const { call } = setup();
    const result = await call(eventFrom(1, PAGE, 'child'), 'app:info', undefined);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('untrusted_sender');
  });

  it('refuses our window once it shows another page, or a destroyed frame', async () => {
    const { call } = setup();
    for (const event of [
      eventFrom(1, 'https://evil.example/'),
      eventFrom(1, 'file:///tmp/evil.html'),
      eventFrom(1, PAGE, 'none'),
    ]) {
      const result = await call(event, 'app:info', undefined);
      expect(!result.ok && result.error.code).toBe('untrusted_sender');
    }
  });

  it('stops trusting a window after it closes', async () => {
    const { call, trust } = setup();
    trust.forget(1);
    const result = await call(eventFrom(1), 'app:info', undefined);
    expect(!result.ok && result.error.code).toBe('untrusted_sender');
  });

  it('trusts a dev-server page by origin', () => {
    const trust = createSenderTrust('http://localhost:5173/');
    trust.trust(7);
    expect(trust.isTrusted(eventFrom(7, 'http://localhost:5173/index.html'))).toBe(true);
    expect(trust.isTrusted(eventFrom(7, 'http://localhost:5174/'))).toBe(false);
  });

  it('refuses a payload that fails the channel schema, without calling the handler', async () => {
    const spy = vi.fn(() => Promise.resolve(appInfo));
    const { call } = setup(handlers({ 'app:info': spy }));
    const result = await call(eventFrom(1), 'app:info', { sneaky: true });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_payload', message: expect.stringContaining('app:info') },
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses an unknown channel', async () => {
    const { call } = setup();
    const result = await call(eventFrom(1), 'fs:readFile' as Channel, '/etc/passwd');
    expect(!result.ok && result.error.code).toBe('unknown_channel');
  });

  it('passes engine errors through as values with their plain message', async () => {
    const { call } = setup(
      handlers({
        'credentials:status': () => Promise.reject(new FaxdeskError('keychain_unavailable', 'No keychain here.')),
      }),
    );
    await expect(call(eventFrom(1), 'credentials:status', undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'keychain_unavailable', message: 'No keychain here.' },
    });
  });

  it('hides unexpected errors behind a generic message and logs them', async () => {
    const { call, log } = setup(
      handlers({ 'app:info': () => Promise.reject(new Error('ENOENT /home/alice/secret.pdf')) }),
    );
    const result = await call(eventFrom(1), 'app:info', undefined);
    expect(!result.ok && result.error.code).toBe('internal');
    expect(!result.ok && result.error.message).not.toContain('alice');
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('registerIpc()', () => {
  it('registers every contract channel through handle() and can remove them', async () => {
    const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
    const ipcMain = {
      handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) =>
        void registered.set(channel, listener),
      removeHandler: (channel: string) => void registered.delete(channel),
    } as unknown as IpcMainLike;
    const trust = createSenderTrust(PAGE);
    trust.trust(1);
    const unregister = registerIpc(ipcMain, trust, createDispatch(handlers()));

    expect([...registered.keys()].sort()).toEqual(Object.keys(contract).sort());
    await expect(registered.get('app:info')?.(eventFrom(2), undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'untrusted_sender' },
    });
    await expect(registered.get('app:info')?.(eventFrom(1), undefined)).resolves.toEqual({ ok: true, value: appInfo });

    unregister();
    expect(registered.size).toBe(0);
  });
});
