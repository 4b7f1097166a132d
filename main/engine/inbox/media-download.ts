/**
 * Downloads a received fax's document from its `media_url`: a signed link (S3's, in real life)
 * that works without Faxdesk's key, so none is sent with it. The link comes from outside, so
 * it is held to what a fax document can be: https only (plain http only to this computer, and
 * only when the API itself is there, as the sandbox is), no bigger than a send may be, and
 * within a time limit. The body is read as it comes and dropped as soon as it is too big.
 */
import { isLoopback } from '../account/api-destination';
import { MAX_FILE_BYTES } from '../../../domain/send-limits';

/** Why a download did not work, and what to do about it. */
export class DownloadProblem extends Error {
  constructor(
    /**
     * expired: the link is no longer valid — renew it (refresh) and fetch again;
     * refused: the link or the document is not one Faxdesk takes — trying again will not help;
     * failed: the network or the server — try again later.
     */
    readonly kind: 'expired' | 'refused' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'DownloadProblem';
  }
}

export interface DownloadOptions {
  /** The API base in use: plain http links are taken only when it is on this computer too. */
  apiBase: string;
  timeoutMs: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

export async function downloadDocument(link: string, options: DownloadOptions): Promise<Uint8Array> {
  const url = checkedLink(link, options.apiBase);
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs);
  try {
    // No credentials and no redirects followed: a signed link is the whole permission.
    const response = await (options.fetch ?? fetch)(url, { signal: abort.signal, redirect: 'error' });
    if (response.status === 403) {
      await response.body?.cancel();
      throw new DownloadProblem('expired', 'The download link had expired.');
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new DownloadProblem('failed', `The document's server answered ${response.status}.`);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw tooLarge(maxBytes);
    }
    return await readCapped(response, maxBytes);
  } catch (error) {
    if (error instanceof DownloadProblem) throw error;
    if (abort.signal.aborted) {
      throw new DownloadProblem('failed', `The download took longer than ${Math.round(options.timeoutMs / 1000)} s.`);
    }
    throw new DownloadProblem('failed', 'The download was cut off before the whole document arrived.');
  } finally {
    clearTimeout(timer);
  }
}

function checkedLink(link: string, apiBase: string): URL {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new DownloadProblem('refused', 'Telnyx gave a download link that is not a web address.');
  }
  if (url.protocol === 'https:') return url;
  let base: URL | null = null;
  try {
    base = new URL(apiBase);
  } catch {
    // No base to compare with: only https links are taken.
  }
  if (url.protocol === 'http:' && isLoopback(url.hostname) && base && isLoopback(base.hostname)) return url;
  throw new DownloadProblem(
    'refused',
    `Faxdesk downloads received faxes only over https, not from ${url.protocol}//${url.host}.`,
  );
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): DownloadProblem {
  return new DownloadProblem(
    'refused',
    `The received document is larger than Faxdesk accepts (${Math.round(maxBytes / 1024 / 1024)} MB).`,
  );
}
