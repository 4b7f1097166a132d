/** Downloading a document from a link Telnyx gives: https or loopback only, no credentials, capped in size and time. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boundedDownload, downloadableLink } from '../../../main/engine/inbox/bounded-download';

let server: Server;
let base: string;
let heard: IncomingHttpHeaders | null;

beforeEach(async () => {
  heard = null;
  server = createServer((request, response) => {
    heard = request.headers;
    if (request.url === '/big') return response.end(Buffer.alloc(2048));
    if (request.url === '/slow') return setTimeout(() => response.end('late'), 2_000);
    if (request.url === '/gone') return response.writeHead(403).end();
    if (request.url === '/moved') return response.writeHead(302, { location: 'http://example.com/' }).end();
    response.end('%PDF-1.4');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => {
  server.closeAllConnections();
  server.close();
});

const limits = { maxBytes: 1024, timeoutMs: 500 };

describe('boundedDownload()', () => {
  it('fetches https links, and plain http only on this computer', () => {
    expect(downloadableLink('https://s3.amazonaws.com/x?sig=1')).not.toBeNull();
    expect(downloadableLink('http://127.0.0.1:4010/x')).not.toBeNull();
    expect(downloadableLink('http://files.example.com/x')).toBeNull();
    expect(downloadableLink('https://user:pass@example.com/x')).toBeNull();
    expect(downloadableLink('file:///etc/passwd')).toBeNull();
  });

  it('sends no credentials and returns the bytes', async () => {
    const bytes = await boundedDownload(`${base}/doc`, limits);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.4');
    expect(heard?.authorization).toBeUndefined();
  });

  it('refuses what is too large, too slow, expired or redirected', async () => {
    await expect(boundedDownload(`${base}/big`, limits)).rejects.toThrow('larger than any fax');
    await expect(boundedDownload(`${base}/slow`, limits)).rejects.toThrow('took too long');
    await expect(boundedDownload(`${base}/gone`, limits)).rejects.toThrow('answered 403');
    await expect(boundedDownload(`${base}/moved`, limits)).rejects.toThrow('could not be reached');
    await expect(boundedDownload('http://example.com/doc.pdf', limits)).rejects.toThrow('not a secure');
  });
});
