/**
 * Lets the shell act on settings the page changed (start at login) without the handlers knowing
 * Electron: the dispatch is wrapped, and each settings:update that succeeded is passed on with
 * the settings it produced.
 */
import type { Settings } from '../../domain/settings';
import type { Dispatch } from './ipc-dispatch';

export function followSettingsUpdates(dispatch: Dispatch, onSettings: (settings: Settings) => void): Dispatch {
  return async (channel, payload) => {
    const result = await dispatch(channel, payload);
    if (channel === 'settings:update' && result.ok) onSettings(result.value as Settings);
    return result;
  };
}
