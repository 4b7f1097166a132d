/**
 * Whether a path lies inside a folder, compared the way the platform compares paths: Windows
 * paths ignore case (and a drive letter may arrive in either case), and so do macOS volumes by
 * default. The page's files are served only from inside out/renderer (app-page.ts).
 */
import { posix, win32 } from 'node:path';

export type PathPlatform = NodeJS.Platform;

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
