/**
 * Which names in the watched folder are files to take. Programs write into a folder under
 * names of their own before a file is complete (a browser's `.crdownload`, Office's `~$` lock
 * files, a copy's `.part`), and hidden files are the system's; Faxdesk's own `sent` and `failed`
 * subfolders hold what it has taken. None of these is ever taken.
 */

/** The subfolders taken files are moved to, with their result. */
export const SENT_FOLDER = 'sent';
export const FAILED_FOLDER = 'failed';

const PARTIAL_ENDINGS = ['.part', '.partial', '.crdownload', '.download', '.tmp', '.temp'];

/** True for a name the watcher leaves alone: hidden, temporary or still being written. */
export function isIgnoredName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('.') || lower.startsWith('~$') || lower.endsWith('~')) return true;
  return PARTIAL_ENDINGS.some((ending) => lower.endsWith(ending));
}
