/**
 * The folder the printers write into: the watched folder (watch/watched-folder.ts decides where
 * that is). The CLI's `faxdesk printer install` and the app's Settings both start from it, so the
 * printer and the watcher agree.
 */
import type { Settings } from '../../../domain/settings';
import { watchFolderPath } from '../watch/watched-folder';

export function printFolder(settings: Pick<Settings, 'watchFolder'>, home: string): string {
  return watchFolderPath(settings.watchFolder, home);
}
