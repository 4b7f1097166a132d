/**
 * DNS rebinding: a page in a browser on this computer can make its own host name resolve to
 * 127.0.0.1 and then send requests that carry that name in Host. The sandbox answers only
 * requests addressed to 127.0.0.1 or localhost and refuses the rest before faults, limits,
 * authentication or the signed media links see them. (A test's proxy in front of it forwards
 * its own loopback address and port, which is fine: no browser can send those for a site.)
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../main/sandbox';
import type { ErrorBody } from './helpers';
import { AUTH, useSandbox } from './helpers';

const sandbox = useSandbox();

/** node:http lets a test set Host, which fetch() never does. */
function get(
  target: Sandbox,
  path: string,
  host: string | null,
  headers: Record<string, string> = AUTH,
): Promise<{ status: number; body: string }> {
  const port = Number(new URL(target.origin).port);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'GET',
        setHost: host !== null,
        headers: host === null ? headers : { ...headers, host },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the Host header', () => {
  it.each(['127.0.0.1', 'localhost', 'LOCALHOST'])('is answered when it names %s:<port>', async (name) => {
    const port = new URL(sandbox().origin).port;
    const result = await get(sandbox(), '/v2/faxes', `${name}:${port}`);
    expect(result.status).toBe(200);
  });

  it('is answered for a loopback proxy in front of the sandbox, and for port 80 left out', async () => {
    expect((await get(sandbox(), '/v2/faxes', '127.0.0.1:4010')).status).toBe(200);
    expect((await get(sandbox(), '/v2/faxes', 'localhost')).status).toBe(200);
  });

  it.each([
    ['a rebound name', (port: string) => `evil.example:${port}`],
    ['a rebound name without a port', () => 'evil.example'],
    ['a name that starts like ours', (port: string) => `127.0.0.1.evil.example:${port}`],
    ['a name that ends like ours', (port: string) => `evil.localhost:${port}`],
    ['localhost under a domain', (port: string) => `localhost.evil.example:${port}`],
    ['another loopback address', (port: string) => `127.0.0.2:${port}`],
    ['IPv6 loopback, which the sandbox does not listen on', (port: string) => `[::1]:${port}`],
    ['a port that is not a number', () => '127.0.0.1:80@evil.example'],
  ])('is refused for %s, before authentication', async (_, host) => {
    const result = await get(sandbox(), '/v2/faxes', host(new URL(sandbox().origin).port), {});
    expect(result.status).toBe(403);
    const body = JSON.parse(result.body) as ErrorBody;
    expect(body.errors).toEqual([
      {
        code: '403',
        title: 'Forbidden',
        detail: expect.stringMatching(
          /^This sandbox answers only requests addressed to 127\.0\.0\.1:\d+ or localhost:\d+/,
        ),
      },
    ]);
  });

  it('is required: Node itself answers 400 to an HTTP/1.1 request without one', async () => {
    expect((await get(sandbox(), '/v2/faxes', null)).status).toBe(400);
  });

  it('guards the signed media links too', async () => {
    const link = '/sandbox-media/inbound/00000000-0000-4000-8000-000000000000.pdf?expires=1&signature=x';
    const port = new URL(sandbox().origin).port;
    const rebound = await get(sandbox(), link, `evil.example:${port}`, {});
    expect(rebound.status).toBe(403);
    expect(rebound.body).toContain('addressed to 127.0.0.1');
    // Addressed to the sandbox, the same link reaches the link check (and fails its signature).
    const own = await get(sandbox(), link, `127.0.0.1:${port}`, {});
    expect(own.body).toContain('SignatureDoesNotMatch');
  });
});
