/**
 * What each channel does, in terms of the engine. Kept free of Electron imports so the
 * browser tests can serve the page with exactly these handlers; what only Electron knows
 * (its versions) comes in through `RuntimeInfo`.
 */
import type { AppInfo } from '../../preload/contract';
import type { Engine } from '../engine/engine';
import type { Handlers } from './ipc-dispatch';

export interface RuntimeInfo {
  name: string;
  version: string;
  electron: string | null;
  chrome: string | null;
}

export function createHandlers(engine: Engine, runtime: RuntimeInfo): Handlers {
  const info: AppInfo = {
    name: runtime.name,
    version: runtime.version,
    platform: process.platform,
    arch: process.arch,
    versions: { electron: runtime.electron, chrome: runtime.chrome, node: process.versions.node },
  };
  return {
    'app:info': () => Promise.resolve(info),
    'credentials:status': () => engine.credentials.status(),
  };
}
