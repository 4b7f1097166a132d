import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkExchange } from '../../support/openapi/conformance';
import { startRecordingProxy, type RecordingProxy } from '../../support/proxy/recording-proxy';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A target that answers 201 with what it received, so the test can see what the proxy forwarded. */
async function startEchoTarget(): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    void bodyOf(request).then((body) => {
      const echo = JSON.stringify({
        method: request.method,
        url: request.url,
        authorization: request.headers.authorization,
        body: body.toString(),
      });
      response.writeHead(201, { 'content-type': 'application/json', 'x-target': 'echo' });
      response.end(echo);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function proxyTo(origin: string): Promise<RecordingProxy> {
  const proxy = await startRecordingProxy(origin);
  cleanups.unshift(() => proxy.close());
  return proxy;
}

describe('startRecordingProxy()', () => {
  it('forwards the request unchanged, returns the response unchanged, and records both with their bodies', async () => {
    const { origin } = await startEchoTarget();
    const proxy = await proxyTo(origin);
    expect(proxy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const sent = JSON.stringify({ connection_id: '234423', from: '+13125790015', to: '+12025550100' });
    const response = await fetch(`${proxy.url}/v2/faxes?filter%5Bto%5D%5Beq%5D=%2B12025550100`, {
      method: 'POST',
      headers: { authorization: 'Bearer KEY0123', 'content-type': 'application/json' },
      body: sent,
    });
    const received = await response.text();

    const echoed = {
      method: 'POST',
      url: '/v2/faxes?filter%5Bto%5D%5Beq%5D=%2B12025550100',
      authorization: 'Bearer KEY0123',
      body: sent,
    };
    expect(response.status).toBe(201);
    expect(response.headers.get('x-target')).toBe('echo');
    expect(JSON.parse(received)).toEqual(echoed);

    expect(proxy.exchanges).toHaveLength(1);
    const [exchange] = proxy.exchanges;
    expect(exchange).toMatchObject({
      method: 'POST',
      url: '/v2/faxes?filter%5Bto%5D%5Beq%5D=%2B12025550100',
      requestHeaders: expect.objectContaining({ authorization: 'Bearer KEY0123', 'content-type': 'application/json' }),
      status: 201,
      responseHeaders: expect.objectContaining({ 'content-type': 'application/json', 'x-target': 'echo' }),
    });
    expect(exchange?.requestBody).toEqual(Buffer.from(sent));
    expect(exchange?.responseBody).toEqual(Buffer.from(received));
  });

  it('answers 502 and records it when the target cannot be reached', async () => {
    const { origin, server } = await startEchoTarget();
    await new Promise((resolve) => server.close(resolve));
    const proxy = await proxyTo(origin);

    const response = await fetch(`${proxy.url}/v2/faxes`);
    expect(response.status).toBe(502);
    expect(await response.text()).toMatch(/could not reach http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/);
    expect(proxy.exchanges).toEqual([
      expect.objectContaining({ method: 'GET', url: '/v2/faxes', status: 502, requestBody: Buffer.alloc(0) }),
    ]);
  });

  it('records exchanges the conformance checker can judge, multipart uploads included', async () => {
    // A target that plays Telnyx's media upload: 201 with a MediaResource.
    const target = createServer((request, response) => {
      void bodyOf(request).then(() => {
        response.writeHead(201, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: { media_name: 'job-1.pdf', content_type: 'application/pdf' } }));
      });
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => target.close(() => resolve())));
    const proxy = await proxyTo(`http://127.0.0.1:${(target.address() as AddressInfo).port}`);

    const form = new FormData();
    form.append('media', new Blob(['%PDF-1.7'], { type: 'application/pdf' }), 'job-1.pdf');
    form.append('ttl_secs', '3600');
    const response = await fetch(`${proxy.url}/v2/media`, {
      method: 'POST',
      headers: { authorization: 'Bearer KEY0123' },
      body: form,
    });
    await response.arrayBuffer();

    expect(proxy.exchanges.map((exchange) => checkExchange(exchange))).toEqual([[]]);
  });

  it('closes while a client still holds a keep-alive connection open', async () => {
    const { origin } = await startEchoTarget();
    const proxy = await startRecordingProxy(origin);
    await (await fetch(`${proxy.url}/v2/faxes`)).text();
    // fetch keeps the socket for reuse; close() must not wait for the client to let go.
    await expect(proxy.close()).resolves.toBeUndefined();
  });
});
