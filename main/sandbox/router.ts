/**
 * The sandbox's route table: path patterns with `:params`, a handler per method. An unknown
 * path is a Telnyx-style 404; a known path with the wrong method a 405 with an Allow header.
 */
import type { IncomingMessage } from 'node:http';
import { methodNotAllowed, notFound } from './api-error';
import type { FaxLifecycle } from './lifecycle';
import type { QueryParams } from './query';
import type { LinkSigner } from './signed-links';
import type { SandboxStore } from './store';

/** Everything a handler may touch. */
export interface SandboxContext {
  store: SandboxStore;
  lifecycle: FaxLifecycle;
  signer: LinkSigner;
  now: () => number;
  /** The outbound in-flight cap (Telnyx: 2000). */
  maxInFlight: number;
}

export interface RouteRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: QueryParams;
  raw: IncomingMessage;
}

export interface ApiResponse {
  status: number;
  /** A JSON body; omitted for 204. */
  json?: unknown;
  /** A binary body, sent with `contentType`. */
  bytes?: { data: Buffer; contentType: string };
  headers?: Record<string, string>;
}

export type RouteHandler = (request: RouteRequest, context: SandboxContext) => ApiResponse | Promise<ApiResponse>;

export interface Route {
  pattern: string;
  methods: Partial<Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', RouteHandler>>;
}

export interface RouteMatch {
  handler: RouteHandler;
  params: Record<string, string>;
}

export class Router {
  constructor(private readonly routes: readonly Route[]) {}

  /** The handler for this request; throws the 404 or 405 otherwise. */
  match(method: string, path: string): RouteMatch {
    const segments = path.split('/').slice(1);
    for (const route of this.routes) {
      const params = matchPattern(route.pattern, segments);
      if (!params) continue;
      const handler = route.methods[method as keyof Route['methods']];
      if (!handler) throw methodNotAllowed(Object.keys(route.methods));
      return { handler, params };
    }
    throw notFound();
  }
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern.split('/').slice(1);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) {
      if (segment === '') return null;
      try {
        params[part.slice(1)] = decodeURIComponent(segment);
      } catch {
        return null;
      }
    } else if (part !== segment) {
      return null;
    }
  }
  return params;
}
