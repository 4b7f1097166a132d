/**
 * Downloading a fax's document from a link Telnyx gives (a signed storage link, or the address
 * the sender faxed from), bounded: https only (plain http only to this computer, for the
 * sandbox), no credentials of ours (the link is signed, or someone else's), no redirects, a size
 * cap and a time limit. What comes back is untrusted bytes for the document reader.
 */

export interface DownloadLimits {
  maxBytes: number;
  timeoutMs: number;
}

/** A fax is at most 350 pages (Telnyx's limit); 50 MB is well above any real one. */
export const DOCUMENT_DOWNLOAD_LIMITS: DownloadLimits = { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000 };

/** Why a download gave nothing, in words for the fax's timeline. */
export class DownloadRefused extends Error {}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether Faxdesk would fetch this link at all. */
export function downloadableLink(link: string): URL | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (url.protocol === 'https:') return url;
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname) ? url : null;
}

export async function boundedDownload(
  link: string,
  limits: DownloadLimits = DOCUMENT_DOWNLOAD_LIMITS,
  fetchImpl: typeof fetch = fetch,
): Promise<Uint8Array> {
  const url = downloadableLink(link);
  if (!url) throw new DownloadRefused('its link is not a secure (https) address');
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    // No Authorization header: a signed link carries its own permission, and Telnyx's key stays with Telnyx.
    response = await fetchImpl(url, { redirect: 'error', signal, headers: { accept: 'application/pdf' } });
  } catch (error) {
    throw new DownloadRefused(signal.aborted ? 'the download took too long' : 'the link could not be reached', {
      cause: error,
    });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new DownloadRefused(`the link answered ${response.status} (it may have expired)`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new DownloadRefused('the document is larger than any fax');
  }
  return readCapped(response, limits.maxBytes, signal);
}

async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const reader = (response.body as ReadableStream<Uint8Array> | null)?.getReader();
  if (!reader) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new DownloadRefused('the document is larger than any fax');
      parts.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof DownloadRefused) throw error;
    throw new DownloadRefused(signal.aborted ? 'the download took too long' : 'the download broke off', {
      cause: error,
    });
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
