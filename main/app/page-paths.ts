/**
 * File paths of the page's own URLs, compared the way the platform compares them. Windows
 * paths ignore case, and Chromium upper-cases the drive letter of a `file:` URL, so a page
 * loaded from `c:\work\faxdesk` asks for `file:///C:/work/...`: compared as strings, every
 * request of the app's own page would be refused. macOS volumes ignore case by default too.
 */
import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

export type PathPlatform = NodeJS.Platform;

/** The path a `file:` URL names on `platform`, normalised (`..` and `.` resolved), or null. */
export function filePathOf(url: URL, platform: PathPlatform = process.platform): string | null {
  if (url.protocol !== 'file:') return null;
  try {
    const windows = platform === 'win32';
    const path = fileURLToPath(url, { windows });
    return (windows ? win32 : posix).normalize(path);
  } catch {
    return null;
  }
}

/** Whether two paths name the same file on `platform`. */
export function isSamePath(a: string, b: string, platform: PathPlatform = process.platform): boolean {
  return comparable(a, platform) === comparable(b, platform);
}

/** Whether `path` is `folder` itself or lies inside it on `platform`. */
export function isInsideFolder(path: string, folder: string, platform: PathPlatform = process.platform): boolean {
  const paths = platform === 'win32' ? win32 : posix;
  const inside = paths.relative(comparable(folder, platform), comparable(path, platform));
  const outside = inside === '..' || inside.startsWith(`..${paths.sep}`) || paths.isAbsolute(inside);
  return !outside;
}

function comparable(path: string, platform: PathPlatform): string {
  return platform === 'win32' || platform === 'darwin' ? path.toLowerCase() : path;
}
