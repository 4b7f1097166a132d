/**
 * OpenAPI 3.1 conformance of recorded HTTP traffic against the Telnyx fax excerpt
 * (test/fixtures/telnyx/openapi-fax.yaml). It judges both sides: what our client sent (operation,
 * credentials, path and query parameters, body) and what came back (status, body). The sandbox
 * must pass it as a server and the engine as a client (DESIGN.md §7).
 *
 *   const violations = checkExchange(proxy.exchanges[0]);
 *   expect(violations).toEqual([]);
 */
import { faxSpec } from './fax-spec';
import { findOperation } from './operation-matcher';
import { checkRequestBody } from './request-body';
import { checkPathParameters, checkQueryParameters } from './request-parameters';
import { checkRequestSecurity } from './request-security';
import { checkResponse } from './response-checks';

/** One request and its response, as they crossed the wire. */
export interface Exchange {
  method: string;
  /** Path and query as sent, relative to the server, e.g. /v2/faxes?filter%5Bto%5D%5Beq%5D=%2B12025550100 */
  url: string;
  requestHeaders: Record<string, string>;
  requestBody: Buffer;
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: Buffer;
}

export interface Violation {
  where: 'request' | 'response';
  /** The spec operation, e.g. 'POST /faxes' (or the method and path as sent, when no operation matches). */
  operation: string;
  message: string;
}

export interface CheckOptions {
  /** The path of the spec's server URL (https://api.telnyx.com/v2), which the templates are relative to. */
  basePath?: string;
}

/** Every way `exchange` departs from the spec; an empty list means it conforms. */
export function checkExchange(exchange: Exchange, options: CheckOptions = {}): Violation[] {
  const spec = faxSpec();
  const basePath = (options.basePath ?? '/v2').replace(/\/+$/, '');
  // A base is needed only to parse a relative URL; an absolute one keeps its own.
  const url = new URL(exchange.url, 'http://recorded.invalid');
  const method = exchange.method.toUpperCase();

  const insideBase = url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
  const path = insideBase ? url.pathname.slice(basePath.length) || '/' : url.pathname;
  const lookup = insideBase
    ? findOperation(spec.document, method, path)
    : ({
        found: false,
        reason: `no such operation in the spec: ${method} ${path} is outside the base path ${basePath}`,
      } as const);
  if (!lookup.found) return [{ where: 'request', operation: `${method} ${path}`, message: lookup.reason }];

  const { match } = lookup;
  const request = { headers: exchange.requestHeaders, body: exchange.requestBody };
  const response = { status: exchange.status, headers: exchange.responseHeaders, body: exchange.responseBody };
  const requestMessages = [
    ...checkRequestSecurity(spec, match, exchange.requestHeaders),
    ...checkPathParameters(spec, match),
    ...checkQueryParameters(spec, match, url.search),
    ...checkRequestBody(spec, match, request),
  ];
  const responseMessages = checkResponse(spec, match, response);
  return [
    ...requestMessages.map((message) => ({ where: 'request' as const, operation: match.label, message })),
    ...responseMessages.map((message) => ({ where: 'response' as const, operation: match.label, message })),
  ];
}
