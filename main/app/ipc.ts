/**
 * The one place IPC handlers are registered. Every channel of the contract goes through
 * `handle()`: the sender is checked first, then the dispatch validates the payload, so
 * no handler ever sees a call from a stranger or a payload its schema did not accept.
 */
import type { IpcMain } from 'electron';
import { contract, type Channel, type Result } from '../../preload/contract';
import { failure, type Dispatch } from './ipc-dispatch';
import type { SenderEvent, SenderTrust } from './sender-trust';

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

export function handle(
  trust: SenderTrust,
  dispatch: Dispatch,
): (event: SenderEvent, channel: Channel, payload: unknown) => Promise<Result<unknown>> {
  return async (event, channel, payload) => {
    if (!trust.isTrusted(event)) {
      return failure('untrusted_sender', 'This request did not come from the Faxdesk window.');
    }
    return dispatch(channel, payload);
  };
}

/** Registers every contract channel; returns a function that removes them again. */
export function registerIpc(ipcMain: IpcMainLike, trust: SenderTrust, dispatch: Dispatch): () => void {
  const wrapped = handle(trust, dispatch);
  const channels = Object.keys(contract) as Channel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) => wrapped(event, channel, payload));
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
