/**
 * What the page may load: its own files (or, in development, its own dev server), and blob:
 * and data: URLs it made itself. Nothing else — no network at all. The page's CSP says the
 * same, but a web worker's CSP comes from its script's response, and a file: script has none;
 * this check, applied to the whole session, covers workers too.
 */
import { posix, win32 } from 'node:path';
import { filePathOf, isInsideFolder, type PathPlatform } from './page-paths';

export function isPageRequestAllowed(
  requestUrl: string,
  pageUrl: string,
  platform: PathPlatform = process.platform,
): boolean {
  let request: URL;
  let page: URL;
  try {
    request = new URL(requestUrl);
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  if (request.protocol === 'blob:' || request.protocol === 'data:' || request.protocol === 'devtools:') return true;
  if (page.protocol === 'file:') {
    // Only files in the page's own folder tree (out/renderer): `..` is resolved by URL parsing.
    const pagePath = filePathOf(page, platform);
    const path = filePathOf(request, platform);
    if (pagePath === null || path === null) return false;
    const root = (platform === 'win32' ? win32 : posix).dirname(pagePath);
    return isInsideFolder(path, root, platform);
  }
  // The dev server: its pages, scripts and its hot-reload socket.
  const sameHost = request.host === page.host;
  return sameHost && (request.protocol === page.protocol || request.protocol === 'ws:' || request.protocol === 'wss:');
}
