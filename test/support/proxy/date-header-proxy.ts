/**
 * A pass-through proxy for the clock tests: it notes when each request reached it (on the test
 * process's real clock, which is also the sandbox's), so a test can tell how long after an
 * unclear create the next one left; and it can take the `Date` header off every answer, to play
 * a network that hides Telnyx's clock from the desk.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Arrival {
  method: string;
  /** Path without the query. */
  path: string;
  /** Date.now() when the request's body had fully arrived. */
  at: number;
}

export interface DateHeaderProxy {
  url: string;
  arrivals: Arrival[];
  /** From now on, answers go back without a Date header (true) or as the server sent them. */
  stripDate(strip: boolean): void;
  close(): Promise<void>;
}

export async function startDateHeaderProxy(target: string): Promise<DateHeaderProxy> {
  const origin = new URL(target);
  const arrivals: Arrival[] = [];
  const sockets = new Set<Socket>();
  let strip = false;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    // Without this, Node adds its own Date to every answer it writes.
    response.sendDate = false;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      arrivals.push({
        method: request.method ?? 'GET',
        path: (request.url ?? '/').split('?')[0] ?? '/',
        at: Date.now(),
      });
      const upstream = httpRequest(
        {
          host: origin.hostname,
          port: origin.port,
          method: request.method,
          path: request.url,
          // Addressed to the server behind, as a client talking to it directly would.
          headers: { ...request.headers, host: origin.host },
        },
        (reply) => {
          const body: Buffer[] = [];
          reply.on('data', (chunk: Buffer) => body.push(chunk));
          reply.on('end', () => {
            const headers = { ...reply.headers };
            if (strip) delete headers.date;
            response.writeHead(reply.statusCode ?? 502, headers);
            response.end(Buffer.concat(body));
          });
          // The server hung up without answering (a fault it was told to play): so do we.
          reply.on('aborted', () => request.socket.destroy());
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
    arrivals,
    stripDate: (next) => {
      strip = next;
    },
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
