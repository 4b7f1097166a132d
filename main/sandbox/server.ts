/**
 * The HTTP side: one pipeline every request goes through, in the order a real deployment
 * layers them — injected network faults first (they happen "on the wire"), then the rate
 * limit, then authentication, then the route. Signed media links skip limit and auth, as
 * S3 links do.
 *
 * Before all of it, the Host header must name this computer: 127.0.0.1 or localhost, with a
 * port. A web page in a browser here could otherwise point a name of its own at 127.0.0.1 (DNS
 * rebinding) and talk to the sandbox as if it were its own site; a browser always sends the
 * name it connected with, so the name is what tells the two apart. The port is not compared:
 * only a program that sets Host itself (a test's forwarding proxy) could send another one, and
 * such a program can send the right one as well.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ApiError, errorObject, injectedError, unexpectedError } from './api-error';
import { authenticate } from './auth';
import type { FaultBook } from './faults';
import { serveInboundMedia } from './inbound';
import { QueryParams } from './query';
import type { RateLimiter } from './rate-limit';
import type { ApiResponse, Router, SandboxContext } from './router';
import type { Scheduler } from './scheduler';

export interface ServerParts {
  context: SandboxContext;
  router: Router;
  faults: FaultBook;
  rateLimiter: RateLimiter;
  scheduler: Scheduler;
  /** The only key accepted, when the sandbox was started with one (auth.ts). */
  runKey?: string | undefined;
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

function errorResponse(error: ApiError): ApiResponse {
  return { status: error.status, json: error.body(), headers: error.headers };
}

function writeResponse(res: ServerResponse, response: ApiResponse, extraHeaders: Record<string, string>): void {
  if (res.destroyed || res.headersSent) return;
  const headers: Record<string, string> = { 'x-request-id': randomUUID(), ...extraHeaders, ...response.headers };
  let body: Buffer | undefined;
  if (response.bytes) {
    body = response.bytes.data;
    headers['content-type'] = response.bytes.contentType;
  } else if (response.json !== undefined) {
    body = Buffer.from(JSON.stringify(response.json));
    headers['content-type'] = 'application/json';
  }
  if (body) headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers).end(body);
}

/** Runs the API part of the pipeline (limit, auth, route) and always produces an answer. */
async function answerApi(
  req: IncomingMessage,
  path: string,
  rawQuery: string,
  parts: ServerParts,
): Promise<{ response: ApiResponse; headers: Record<string, string> }> {
  let headers: Record<string, string> = {};
  try {
    headers = parts.rateLimiter.admit();
    authenticate(req.headers.authorization, parts.runKey);
    const method = req.method ?? 'GET';
    const { handler, params } = parts.router.match(method, path);
    const query = QueryParams.parse(rawQuery);
    const response = await handler({ method, path, params, query, raw: req }, parts.context);
    return { response, headers };
  } catch (error) {
    if (error instanceof ApiError) return { response: errorResponse(error), headers: { ...headers, ...error.headers } };
    // A client that hung up needs no answer and is no sandbox bug; anything else is.
    if (!req.socket.destroyed) console.error('[sandbox] unexpected error', error);
    return { response: errorResponse(unexpectedError()), headers };
  }
}

/** 127.0.0.1 or localhost, with or without a port (clients leave out port 80). */
const OWN_HOST = /^(127\.0\.0\.1|localhost)(:\d{1,5})?$/i;

function foreignHost(port: number): ApiError {
  return new ApiError(403, [
    errorObject(
      '403',
      'Forbidden',
      `This sandbox answers only requests addressed to 127.0.0.1:${port} or localhost:${port}, not to another host name.`,
    ),
  ]);
}

async function handle(req: IncomingMessage, res: ServerResponse, parts: ServerParts, port: number): Promise<void> {
  if (!OWN_HOST.test(req.headers.host ?? '')) {
    writeResponse(res, errorResponse(foreignHost(port)), {});
    return;
  }
  const target = req.url ?? '/';
  const queryStart = target.indexOf('?');
  const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
  const rawQuery = queryStart === -1 ? '' : target.slice(queryStart + 1);
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
  const method = req.method ?? 'GET';

  const plan = parts.faults.plan(method, path);
  if (plan.delayMs > 0) await parts.scheduler.sleep(plan.delayMs);
  if (plan.before?.kind === 'reset') {
    req.socket.destroy();
    return;
  }
  if (plan.before?.kind === 'reject') {
    writeResponse(res, errorResponse(injectedError(plan.before.status)), {});
    return;
  }

  let answer: { response: ApiResponse; headers: Record<string, string> };
  if (path.startsWith('/sandbox-media/')) {
    answer = { response: serveInboundMedia(req, parts.context), headers: {} };
  } else {
    answer = await answerApi(req, path, rawQuery, parts);
  }

  if (plan.after === 'drop') {
    // The work is done and committed; the answer is lost on the way back.
    req.socket.destroy();
    return;
  }
  if (plan.after === 'error') answer = { response: errorResponse(unexpectedError()), headers: answer.headers };
  writeResponse(res, answer.response, answer.headers);
}

export async function startServer(parts: ServerParts, port: number): Promise<RunningServer> {
  const sockets = new Set<Socket>();
  // Known once the server listens; no request arrives before that.
  let boundPort = port;
  const server = createServer((req, res) => {
    handle(req, res, parts, boundPort).catch((error: unknown) => {
      console.error('[sandbox] request failed', error);
      req.socket.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  boundPort = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${boundPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
