/**
 * The object the page sees as `window.faxdesk`: named methods only, each bound to one
 * contract channel. The page never gets ipcRenderer or a generic `invoke`, so a
 * compromised page can reach no more than these methods, and each of them is validated
 * again on the main side.
 */
import type { Channel, EventName, Events, RequestOf, ResponseOf, Result, Transport } from './contract';

export function createBridge(transport: Transport) {
  const call =
    <C extends Channel>(channel: C) =>
    (request: RequestOf<C>): Promise<Result<ResponseOf<C>>> =>
      transport.invoke(channel, request) as Promise<Result<ResponseOf<C>>>;

  const listen =
    <E extends EventName>(event: E) =>
    (listener: (payload: Events[E]) => void): (() => void) =>
      transport.subscribe(event, (payload) => listener(payload as Events[E]));

  return {
    app: {
      info: () => call('app:info')(undefined),
    },
    credentials: {
      status: () => call('credentials:status')(undefined),
      onChanged: listen('credentials.changed'),
    },
  };
}

export type FaxdeskApi = ReturnType<typeof createBridge>;
