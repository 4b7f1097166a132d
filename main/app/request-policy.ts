/**
 * What the page may load: its own files on app://faxdesk/ (or, in development, its own dev
 * server), and blob: and data: URLs it made itself. Nothing else — no network, no file: URL.
 * The page's CSP says the same, but a web worker's CSP comes from its script's response, and
 * ours send none; this check, applied to the whole session, covers workers too. Which file an
 * app:// URL may read is decided where it is served (app-page.ts).
 */
import { isAppUrl } from './app-page';

export function isPageRequestAllowed(requestUrl: string, pageUrl: string): boolean {
  let request: URL;
  let page: URL;
  try {
    request = new URL(requestUrl);
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  if (request.protocol === 'blob:' || request.protocol === 'data:' || request.protocol === 'devtools:') return true;
  if (isAppUrl(page)) return isAppUrl(request);
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return false;
  // The dev server: its pages, scripts and its hot-reload socket.
  const sameHost = request.host === page.host;
  return sameHost && (request.protocol === page.protocol || request.protocol === 'ws:' || request.protocol === 'wss:');
}
