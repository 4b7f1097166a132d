/**
 * Runs inside the test page before the app, standing in for the preload: the real
 * createBridge() over a transport that crosses to the test process through Playwright
 * bindings instead of ipcRenderer.
 */
import { createBridge } from '../../../preload/bridge';
import type { EventName, Result, Transport } from '../../../preload/contract';

declare global {
  interface Window {
    __faxdeskInvoke(channel: string, payload: unknown): Promise<Result<unknown>>;
    __faxdeskEmit(event: EventName, payload: unknown): void;
  }
}

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

const bindingTransport: Transport = {
  invoke: (channel, payload) => window.__faxdeskInvoke(channel, payload),
  subscribe: (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
};

window.__faxdeskEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
Object.defineProperty(window, 'faxdesk', { value: Object.freeze(createBridge(bindingTransport)) });
