import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../preload/bridge';
import { contract, type Result, type Transport } from '../../../preload/contract';

function fakeTransport() {
  const listeners = new Map<string, (payload: unknown) => void>();
  const transport = {
    invoke: vi.fn<Transport['invoke']>((channel) => Promise.resolve({ ok: true, value: channel } as Result<unknown>)),
    subscribe: vi.fn<Transport['subscribe']>((event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    }),
  };
  return { transport, listeners };
}

describe('createBridge()', () => {
  it('maps each named method to its contract channel', async () => {
    const { transport } = fakeTransport();
    const bridge = createBridge(transport);
    await expect(bridge.app.info()).resolves.toEqual({ ok: true, value: 'app:info' });
    await expect(bridge.credentials.status()).resolves.toEqual({ ok: true, value: 'credentials:status' });
    expect(transport.invoke.mock.calls).toEqual([
      ['app:info', undefined],
      ['credentials:status', undefined],
    ]);
  });

  it('offers a method for every channel and nothing generic', () => {
    const { transport } = fakeTransport();
    const bridge = createBridge(transport);
    const methods = Object.entries(bridge).flatMap(([group, members]) =>
      Object.keys(members as object).map((name) => `${group}.${name}`),
    );
    expect(methods).not.toContain(expect.stringMatching(/invoke|send|ipc/i));
    // One method per channel, plus the event subscriptions.
    expect(methods.filter((m) => !m.includes('.on')).length).toBe(Object.keys(contract).length);
  });

  it('delivers events and lets the page unsubscribe', () => {
    const { transport, listeners } = fakeTransport();
    const bridge = createBridge(transport);
    const seen: unknown[] = [];
    const off = bridge.credentials.onChanged((status) => seen.push(status));
    listeners.get('credentials.changed')?.({ configured: false, kind: null, hint: null });
    off();
    expect(seen).toEqual([{ configured: false, kind: null, hint: null }]);
    expect(listeners.has('credentials.changed')).toBe(false);
  });
});
