/**
 * The page's own address, app://faxdesk/, and which file of out/renderer each of its URLs
 * names. Loaded from file://, the page's 'self' would be the whole disk; loaded from its own
 * scheme, 'self' is out/renderer and nothing else. This module decides what a request may
 * read, refusing `..`, encoded separators and anything outside the folder, and the type each
 * file is served as (module scripts and workers are refused without a JavaScript type).
 *
 * Free of Electron so it is tested as it runs; app-protocol.ts hands it Electron's requests.
 * Electron reads files inside app.asar through the same fs calls.
 */
import { readFile } from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import { isInsideFolder, type PathPlatform } from './page-paths';

export const APP_SCHEME = 'app';
export const APP_HOST = 'faxdesk';
/** What the window loads when no dev server is given. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Types of the files the built page is made of; anything else is not served. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export type AppFile =
  { ok: true; path: string; contentType: string } | { ok: false; status: 400 | 404; reason: string };

/** The type `path` is served as, or null for a kind of file the page does not have. */
export function contentTypeFor(path: string): string | null {
  const name = posix.basename(path.replaceAll('\\', '/')).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot > 0 ? (contentTypes[name.slice(dot)] ?? null) : null;
}

/** Whether `url` is an address of the page's own scheme and host. */
export function isAppUrl(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host.toLowerCase() === APP_HOST;
}

/**
 * A name Vite gives an asset ([name]-[hash].[ext]): letters, digits and `_ - . @ + ~`, not
 * starting with a dot. That leaves out `.` and `..`, hidden files, `%`, `\`, `:` (drives and
 * Windows' alternate streams) and control characters, whatever encoding they arrived in.
 */
const SAFE_NAME = /^[\w-][\w.@+~-]*$/;
/** Windows opens a device, not a file, for these names with any extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/** The file of `root` that `requestUrl` names, or why it is refused. */
export function resolveAppFile(requestUrl: string, root: string, platform: PathPlatform = process.platform): AppFile {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (!isAppUrl(url)) return { ok: false, status: 404, reason: 'not an address of the page' };
  const raw = url.pathname === '' || url.pathname === '/' ? '/index.html' : url.pathname;
  const segments: string[] = [];
  for (const encoded of raw.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return { ok: false, status: 400, reason: 'badly encoded path' };
    }
    if (!SAFE_NAME.test(segment) || WINDOWS_DEVICE.test(segment)) {
      return { ok: false, status: 404, reason: 'not a file name of the page' };
    }
    segments.push(segment);
  }
  const paths = platform === 'win32' ? win32 : posix;
  const path = paths.join(root, ...segments);
  // Already implied by the names above; checked again because it is what matters.
  if (!isInsideFolder(path, root, platform) || path === paths.normalize(root)) {
    return { ok: false, status: 404, reason: 'outside the page folder' };
  }
  const contentType = contentTypeFor(path);
  if (!contentType) return { ok: false, status: 404, reason: 'not a kind of file the page has' };
  return { ok: true, path, contentType };
}

/** The answer to one request of the page: its file with its type, or an empty error. */
export async function answerAppRequest(request: Request, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const file = resolveAppFile(request.url, root);
  if (!file.ok) return new Response(null, { status: file.status });
  let body: Buffer;
  try {
    body = await readFile(file.path);
  } catch {
    // Missing, or a folder: the same answer, which tells nothing about the disk.
    return new Response(null, { status: 404 });
  }
  const headers = {
    'content-type': file.contentType,
    'content-length': String(body.length),
    'x-content-type-options': 'nosniff',
  };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
