/**
 * A fault-injecting HTTP proxy for the exactly-once tests: between the engine and the
 * sandbox, it loses answers after the server acted, answers 500 after the server acted,
 * resets connections before forwarding, and rate-limits — at random, from a seeded generator,
 * for the requests a rule matches. Counts what it did, so tests can show faults really fired.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FaultKind = 'dropAfterForward' | 'errorAfterForward' | 'resetBeforeForward' | 'rateLimit';

export interface FaultRule {
  method: string;
  /** Path prefix, e.g. /v2/faxes; matched against the path without the query. */
  path: string;
  /** Exact path match instead of prefix (so /v2/faxes does not match /v2/faxes/{id}). */
  exact?: boolean;
  /** Chance of each fault for a matching request; the rest pass through. */
  odds: Partial<Record<FaultKind, number>>;
}

export interface FaultProxy {
  url: string;
  counts: Record<FaultKind | 'passed', number>;
  setRules(rules: FaultRule[]): void;
  close(): Promise<void>;
}

/** Mulberry32: small, seedable, good enough to spread faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFaultProxy(target: string, rules: FaultRule[], random: () => number): Promise<FaultProxy> {
  const origin = new URL(target);
  const counts: FaultProxy['counts'] = {
    dropAfterForward: 0,
    errorAfterForward: 0,
    resetBeforeForward: 0,
    rateLimit: 0,
    passed: 0,
  };
  let active = rules;
  const sockets = new Set<Socket>();

  const pick = (request: IncomingMessage): FaultKind | null => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const rule = active.find(
      (r) => r.method === request.method && (r.exact ? path === r.path : path.startsWith(r.path)),
    );
    if (!rule) return null;
    let roll = random();
    for (const [kind, odds] of Object.entries(rule.odds) as Array<[FaultKind, number]>) {
      if (roll < odds) return kind;
      roll -= odds;
    }
    return null;
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const fault = pick(request);
      if (fault === 'resetBeforeForward') {
        counts.resetBeforeForward++;
        request.socket.destroy();
        return;
      }
      if (fault === 'rateLimit') {
        counts.rateLimit++;
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0', 'x-ratelimit-reset': '0' });
        response.end(JSON.stringify({ errors: [{ code: '10011', title: 'Too many requests' }] }));
        return;
      }
      const upstream = httpRequest(
        {
          host: origin.hostname,
          port: origin.port,
          method: request.method,
          path: request.url,
          headers: request.headers,
        },
        (reply) => {
          const body: Buffer[] = [];
          reply.on('data', (chunk: Buffer) => body.push(chunk));
          reply.on('end', () => {
            if (fault === 'dropAfterForward') {
              counts.dropAfterForward++;
              request.socket.destroy();
              return;
            }
            if (fault === 'errorAfterForward') {
              counts.errorAfterForward++;
              response.writeHead(500, { 'content-type': 'application/json' });
              response.end(JSON.stringify({ errors: [{ code: '10007', title: 'Unexpected error' }] }));
              return;
            }
            counts.passed++;
            response.writeHead(reply.statusCode ?? 502, reply.headers);
            response.end(Buffer.concat(body));
          });
        },
      );
      upstream.on('error', () => request.socket.destroy());
      upstream.end(Buffer.concat(chunks));
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    setRules: (next) => {
      active = next;
    },
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
