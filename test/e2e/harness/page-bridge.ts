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

/**
 * Playwright bindings carry JSON-like values, where Electron's IPC carries bytes as they are:
 * Uint8Arrays travel as base64 here and are turned back into bytes on the other side
 * (see desk.ts), so handlers see exactly what they would in the app.
 */
function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    let binary = '';
    for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
    return { __faxdeskBytes: btoa(binary) };
  }
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encodeBytes(inner)]));
  }
  return value;
}

/** Bytes in an answer (documents:preview), encoded the same way by desk.ts. */
function decodeBytes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeBytes);
  if (value && typeof value === 'object') {
    const bytes = (value as { __faxdeskBytes?: unknown }).__faxdeskBytes;
    if (typeof bytes === 'string') return Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decodeBytes(inner)]));
  }
  return value;
}

const bindingTransport: Transport = {
  invoke: async (channel, payload) =>
    decodeBytes(await window.__faxdeskInvoke(channel, encodeBytes(payload))) as Result<unknown>,
  subscribe: (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
};

window.__faxdeskEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
Object.defineProperty(window, 'faxdesk', { value: Object.freeze(createBridge(bindingTransport)) });
