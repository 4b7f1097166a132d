/**
 * The data folder the CLI shares with the app: FAXDESK_HOME when set, otherwise the folder
 * Electron gives the app as userData (appData + product name), so both see the same desk.
 * Each of them makes it private when it starts (the engine, private-files.ts): 0700 on
 * Linux and macOS; on Windows it is in the person's own profile (%APPDATA%), which only their
 * account, SYSTEM and administrators may open.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

const PRODUCT_NAME = 'Faxdesk';

export function defaultDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (env['FAXDESK_HOME']) return env['FAXDESK_HOME'];
  const home = homedir();
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), PRODUCT_NAME);
}
