/**
 * A pass-through HTTP proxy for tests: point a client at `proxy.url` instead of the server and
 * every request/response pair is kept, bytes and all, for `checkExchange()` or for assertions.
 *
 * Requests and responses are buffered whole before being passed on: test traffic is small, and
 * an Exchange needs both bodies complete anyway. Headers travel as the raw list the peer sent
 * (case, order and repeats kept), Host included, so the server sees the client's request as is.
 * When the target cannot be reached, the proxy answers 502 itself and records that too, so a
 * dead upstream shows up in the exchanges instead of vanishing.
 */
import { request as httpRequest, createServer, Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Exchange } from '../openapi/conformance';

export interface RecordingProxy {
  /** Where to send requests: http://127.0.0.1:PORT */
  url: string;
  /** Every exchange that completed, in the order the responses went back. */
  exchanges: Exchange[];
  /** Stops listening and destroys open sockets, client and upstream side. */
  close(): Promise<void>;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    // A peer that hangs up mid-message closes the stream without completing it.
    stream.on('close', () => {
      if (!stream.complete) reject(new Error('the message was cut off'));
    });
  });
}

/** Node joins repeated headers with ', ' (set-cookie aside), which is also what an Exchange keeps. */
function flatHeaders(headers: IncomingMessage['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

interface UpstreamReply {
  readonly status: number;
  readonly statusMessage: string;
  readonly rawHeaders: string[];
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const origin = new URL(target);
  if (origin.pathname !== '/' || origin.search !== '') {
    // Forwarding keeps the client's path as is; a target path would be silently dropped.
    throw new Error(`startRecordingProxy() takes an origin such as http://127.0.0.1:5555, not ${target}`);
  }
  const secure = origin.protocol === 'https:';
  // A private agent, so close() can end the upstream keep-alive sockets it opened and no others.
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new Agent({ keepAlive: true });
  const exchanges: Exchange[] = [];

  function forward(incoming: IncomingMessage, body: Buffer): Promise<UpstreamReply> {
    return new Promise((resolve, reject) => {
      const send = secure ? httpsRequest : httpRequest;
      const upstream = send(
        {
          protocol: origin.protocol,
          hostname: origin.hostname,
          port: origin.port,
          method: incoming.method,
          path: incoming.url,
          headers: incoming.rawHeaders,
          agent,
          ...(secure && { servername: origin.hostname }),
        },
        (reply) => {
          readAll(reply).then(
            (replyBody) =>
              resolve({
                status: reply.statusCode ?? 502,
                statusMessage: reply.statusMessage ?? '',
                rawHeaders: reply.rawHeaders,
                headers: flatHeaders(reply.headers),
                body: replyBody,
              }),
            reject,
          );
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });
  }

  async function relay(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const requestBody = await readAll(incoming);
    const recorded = {
      method: incoming.method ?? 'GET',
      url: incoming.url ?? '/',
      requestHeaders: flatHeaders(incoming.headers),
      requestBody,
    };
    let reply: UpstreamReply;
    try {
      reply = await forward(incoming, requestBody);
    } catch (error) {
      const body = Buffer.from(
        `Bad Gateway: the recording proxy could not reach ${origin.origin}: ${(error as Error).message}\n`,
      );
      const headers = { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(body.length) };
      reply = { status: 502, statusMessage: 'Bad Gateway', rawHeaders: Object.entries(headers).flat(), headers, body };
    }
    // Recorded before answering, so a client that has its response can already find the exchange.
    exchanges.push({ ...recorded, status: reply.status, responseHeaders: reply.headers, responseBody: reply.body });
    if (outgoing.destroyed) return;
    outgoing.writeHead(reply.status, reply.statusMessage, reply.rawHeaders);
    outgoing.end(reply.body);
  }

  const server = createServer((incoming, outgoing) => {
    // Reading the request can only fail when the client gave up; there is no one left to answer.
    relay(incoming, outgoing).catch(() => outgoing.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
