/**
 * The folder the printers write into: the watched folder of Settings, or ~/Faxdesk Outbox while
 * none was chosen (domain/settings.ts). The CLI's `faxdesk printer install` and the app's
 * Settings both start from it, so the printer and the watcher agree.
 */
import { join } from 'node:path';
import type { Settings } from '../../../domain/settings';

export function printFolder(settings: Pick<Settings, 'watchFolder'>, home: string): string {
  return settings.watchFolder ?? join(home, 'Faxdesk Outbox');
}
