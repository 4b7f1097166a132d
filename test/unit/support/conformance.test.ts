import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkExchange, type Exchange } from '../../support/openapi/conformance';
import { faxSpec } from '../../support/openapi/fax-spec';
import { nodeAt } from '../../support/openapi/openapi-document';

const FAX_ID = '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0';
const auth = { authorization: 'Bearer KEY0123456789' };
const jsonType = { 'content-type': 'application/json' };

/** A value the spec itself gives as an example, so the tests agree with the spec by construction. */
function specExample(pointer: string): Record<string, unknown> {
  return structuredClone(nodeAt(faxSpec().document, pointer)) as Record<string, unknown>;
}
const exampleFax = () => specExample('/components/schemas/Fax/example');
const exampleFaxApplication = () => specExample('/components/schemas/FaxApplication/example');

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

function exchange(overrides: Partial<Exchange>): Exchange {
  return {
    method: 'GET',
    url: '/v2/faxes',
    requestHeaders: { ...auth },
    requestBody: Buffer.alloc(0),
    status: 200,
    responseHeaders: {},
    responseBody: Buffer.alloc(0),
    ...overrides,
  };
}

function sendFax(body: Record<string, unknown>, response = { data: exampleFax() }): Exchange {
  return exchange({
    method: 'POST',
    url: '/v2/faxes',
    requestHeaders: { ...auth, ...jsonType },
    requestBody: json(body),
    status: 202,
    responseHeaders: jsonType,
    responseBody: json(response),
  });
}

const validSend = {
  connection_id: '234423',
  from: '+13125790015',
  to: '+12025550100',
  media_name: 'job-1.pdf',
  quality: 'high',
  client_state: Buffer.from('job-1').toString('base64'),
};

/** A multipart body exactly as fetch would encode it (undici's own FormData serializer). */
async function multipart(form: FormData): Promise<{ headers: Record<string, string>; body: Buffer }> {
  const request = new Request('http://encoder.invalid', { method: 'POST', body: form });
  return {
    headers: { ...auth, 'content-type': request.headers.get('content-type') ?? '' },
    body: Buffer.from(await request.arrayBuffer()),
  };
}

const pdf = () => new Blob([Buffer.from('%PDF-1.7\r\n--not-a-boundary\r\n%%EOF')], { type: 'application/pdf' });

const messages = (violations: ReturnType<typeof checkExchange>) => violations.map((v) => `${v.where}: ${v.message}`);

describe('checkExchange: sending a fax', () => {
  it('accepts a valid JSON send and its 202 with the Fax from the spec example', () => {
    expect(checkExchange(sendFax(validSend))).toEqual([]);
  });

  it('reports a request missing `to`, naming the operation and the property', () => {
    const { to: _to, ...withoutTo } = validSend;
    const violations = checkExchange(sendFax(withoutTo));
    expect(violations).toEqual([
      { where: 'request', operation: 'POST /faxes', message: "request body /: must have required property 'to'" },
    ]);
  });

  it("reports quality 'ultra', which only third-party code believes in", () => {
    const [violation, ...rest] = checkExchange(sendFax({ ...validSend, quality: 'ultra' }));
    expect(rest).toEqual([]);
    expect(violation?.where).toBe('request');
    expect(violation?.message).toMatch(/^request body \/quality: must be equal to one of the allowed values/);
    expect(violation?.message).toContain('"ultra_dark"');
    expect(violation?.message).toContain('got "ultra"');
  });

  it('reports a request body that is not JSON, and a content type the operation does not take', () => {
    const broken = { ...sendFax(validSend), requestBody: Buffer.from('{"to":') };
    expect(messages(checkExchange(broken))).toEqual([
      expect.stringMatching(/^request: request body is not valid JSON/),
    ]);
    const asText = { ...sendFax(validSend), requestHeaders: { ...auth, 'content-type': 'text/plain' } };
    expect(messages(checkExchange(asText))).toEqual([
      "request: request Content-Type 'text/plain' is not declared (declared: application/json, multipart/form-data)",
    ]);
  });

  it('reports a request without Bearer credentials, or with the legacy Basic scheme', () => {
    const anonymous = { ...sendFax(validSend), requestHeaders: jsonType };
    expect(messages(checkExchange(anonymous))).toEqual([
      'request: request does not authenticate as the spec requires (bearerAuth (Authorization: Bearer …)); no Authorization header',
    ]);
    const basic = { ...sendFax(validSend), requestHeaders: { ...jsonType, authorization: 'Basic a2V5OnNlY3JldA==' } };
    expect(messages(checkExchange(basic))).toEqual([expect.stringMatching(/; Authorization uses 'Basic'$/)]);
  });

  it('reports a response field of the wrong type, with its JSON pointer', () => {
    const violations = checkExchange(sendFax(validSend, { data: { ...exampleFax(), status: 42 } }));
    expect(violations).toEqual([
      expect.objectContaining({ where: 'response', operation: 'POST /faxes' }),
      expect.objectContaining({ where: 'response' }),
    ]);
    expect(messages(violations)).toEqual([
      'response: response body /data/status: must be string (got 42)',
      expect.stringMatching(/^response: response body \/data\/status: must be equal to one of the allowed values/),
    ]);
  });

  it('accepts a multipart send with the file as `contents`, and reports one without it', async () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({ connection_id: '234423', from: '+13125790015', to: '+12025550100' })) {
      form.append(key, value);
    }
    form.append('monochrome', 'true');
    const withoutFile = await multipart(form);
    form.append('contents', pdf(), 'letter.pdf');
    const withFile = await multipart(form);
    const send = (part: { headers: Record<string, string>; body: Buffer }) =>
      checkExchange({ ...sendFax({}), requestHeaders: part.headers, requestBody: part.body });
    expect(send(withFile)).toEqual([]);
    expect(messages(send(withoutFile))).toEqual(["request: multipart body /: must have required property 'contents'"]);
  });
});

describe('checkExchange: media', () => {
  const created = { data: specExample('/components/schemas/MediaResource/example') };

  async function upload(form: FormData): Promise<Exchange> {
    const { headers, body } = await multipart(form);
    return exchange({
      method: 'POST',
      url: '/v2/media',
      requestHeaders: headers,
      requestBody: body,
      status: 201,
      responseHeaders: jsonType,
      responseBody: json(created),
    });
  }

  it('accepts a multipart upload with a `media` file part and an integer ttl', async () => {
    const form = new FormData();
    form.append('media', pdf(), 'job-1.pdf');
    form.append('media_name', 'job-1.pdf');
    form.append('ttl_secs', '3600');
    expect(checkExchange(await upload(form))).toEqual([]);
  });

  it('reports a `media` part sent without a filename (Telnyx rejects it) and a ttl that is not an integer', async () => {
    const form = new FormData();
    form.append('media', '%PDF-1.7 ...');
    form.append('ttl_secs', 'a day');
    expect(messages(checkExchange(await upload(form)))).toEqual([
      "request: multipart field 'media' is a file (format: binary) but its part has no filename",
      'request: multipart body /ttl_secs: must be integer (got "a day")',
    ]);
  });

  it('accepts a download of any bytes, since the spec declares application/octet-stream', () => {
    const download = exchange({
      url: '/v2/media/job-1.pdf/download',
      responseHeaders: { 'content-type': 'application/pdf' },
      responseBody: Buffer.from('%PDF-1.7'),
    });
    expect(checkExchange(download)).toEqual([]);
  });
});

describe('checkExchange: listing faxes', () => {
  const listResponse = {
    data: [exampleFax()],
    meta: { page_number: 1, page_size: 2, total_pages: 1, total_results: 1 },
  };
  const list = (url: string, body: unknown = listResponse) =>
    exchange({ url, responseHeaders: jsonType, responseBody: json(body) });

  it('accepts percent-encoded deepObject filters and pagination with a list and meta', () => {
    expect(checkExchange(list('/v2/faxes?filter%5Bto%5D%5Beq%5D=%2B12025550100&page%5Bsize%5D=2'))).toEqual([]);
  });

  it('accepts raw brackets and a created_at range, as the reconciliation query sends them', () => {
    const url = '/v2/faxes?filter[to][eq]=%2B12025550100&filter[created_at][gte]=2026-11-27T08:00:00Z&page[number]=1';
    expect(checkExchange(list(url))).toEqual([]);
  });

  it('reports a query parameter the operation does not declare, listing the ones it does', () => {
    const violations = checkExchange(list('/v2/faxes?filter%5Bstatus%5D%5Beq%5D=delivered&sort=created_at'));
    expect(messages(violations)).toEqual([
      expect.stringMatching(
        /^request: query parameter 'filter\[status\]\[eq\]' is not declared \(declared: .*filter\[to\]\[eq\]/,
      ),
      expect.stringMatching(/^request: query parameter 'sort' is not declared/),
    ]);
    expect(violations[0]?.message).toContain('page[size]');
  });

  it('reports query values their schemas refuse, named the way they were sent', () => {
    const url = '/v2/faxes?page[size]=two&filter[created_at][gte]=yesterday&filter[to]=%2B12025550100';
    expect(messages(checkExchange(list(url)))).toEqual([
      'request: query parameter \'filter[created_at][gte]\': must match format "date-time" (got "yesterday")',
      'request: query parameter \'filter[to]\': must be object (got "+12025550100")',
      'request: query parameter \'page[size]\': must be integer (got "two")',
    ]);
  });

  it('reports a list response whose meta has the wrong shape', () => {
    const body = { ...listResponse, meta: { ...listResponse.meta, total_pages: '1' } };
    expect(messages(checkExchange(list('/v2/faxes', body)))).toEqual([
      'response: response body /meta/total_pages: must be integer (got "1")',
    ]);
  });
});

describe('checkExchange: operations and statuses', () => {
  it('accepts a 204 DELETE with an empty body, and reports one with a body', () => {
    const deleted = exchange({ method: 'DELETE', url: `/v2/faxes/${FAX_ID}`, status: 204 });
    expect(checkExchange(deleted)).toEqual([]);
    const chatty = { ...deleted, responseHeaders: jsonType, responseBody: json({ data: exampleFax() }) };
    expect(checkExchange(chatty)).toEqual([
      {
        where: 'response',
        operation: 'DELETE /faxes/{id}',
        message: expect.stringMatching(/^status 204 declares no body, but the response has \d+ bytes$/),
      },
    ]);
  });

  it('reports a path the spec does not have, and a method a known path does not allow', () => {
    expect(checkExchange(exchange({ url: '/v2/fax' }))).toEqual([
      { where: 'request', operation: 'GET /fax', message: 'no such operation in the spec: GET /fax' },
    ]);
    expect(messages(checkExchange(exchange({ method: 'PATCH', url: `/v2/faxes/${FAX_ID}` })))).toEqual([
      'request: no such operation in the spec: PATCH /faxes/0ccc7b54-4df3-4bca-a65a-3da1ecc777f0 (the path allows GET, DELETE)',
    ]);
    expect(messages(checkExchange(exchange({ url: '/v1/faxes' })))).toEqual([
      expect.stringMatching(/^request: no such operation in the spec: GET \/v1\/faxes is outside the base path \/v2/),
    ]);
  });

  it('prefers literal segments to parameters and checks path parameters', () => {
    const cancel = exchange({
      method: 'POST',
      url: `/v2/faxes/${FAX_ID}/actions/cancel`,
      status: 202,
      responseHeaders: jsonType,
      responseBody: json({ data: { result: 'ok' } }),
    });
    expect(checkExchange(cancel)).toEqual([]);
    const badId = { ...cancel, url: '/v2/faxes/42/actions/cancel' };
    expect(checkExchange(badId)).toEqual([
      {
        where: 'request',
        operation: 'POST /faxes/{id}/actions/cancel',
        message: 'path parameter \'id\': must match format "uuid" (got "42")',
      },
    ]);
  });

  it("accepts a 401 on /fax_applications carrying the spec's own error example", () => {
    const unauthenticated = exchange({
      url: '/v2/fax_applications',
      status: 401,
      responseHeaders: jsonType,
      responseBody: json(
        specExample(
          '/components/responses/UnauthenticatedResponse/content/application~1json/examples/Authentication Failed/value',
        ),
      ),
    });
    expect(checkExchange(unauthenticated)).toEqual([]);
  });

  it('accepts a 404 error body for /faxes/{id}, and a status only `default` covers', () => {
    const notFound = specExample(
      '/components/responses/programmable-fax_NotFoundResponse/content/application~1json/example',
    );
    const viewFax = (status: number, body: unknown) =>
      exchange({ url: `/v2/faxes/${FAX_ID}`, status, responseHeaders: jsonType, responseBody: json(body) });
    expect(checkExchange(viewFax(404, notFound))).toEqual([]);
    const tooMany = { errors: [{ code: '10011', title: 'Too many requests', detail: 'Slow down.' }] };
    expect(checkExchange(viewFax(429, tooMany))).toEqual([]);
    expect(messages(checkExchange(viewFax(429, { errors: [{ code: 10011 }] })))).toEqual([
      "response: response body /errors/0: must have required property 'title'",
      'response: response body /errors/0/code: must be string (got 10011)',
    ]);
  });

  it('reports a status that is neither declared nor covered by a default', () => {
    const crashed = exchange({
      url: '/v2/fax_applications',
      status: 500,
      responseHeaders: jsonType,
      responseBody: json({}),
    });
    expect(messages(checkExchange(crashed))).toEqual([
      'response: status 500 is not declared and there is no default (declared: 200, 400, 401, 403)',
    ]);
  });

  it('reports a JSON response that is not JSON, and reads a gzip-encoded body', () => {
    const view = exchange({ url: `/v2/faxes/${FAX_ID}`, responseHeaders: { 'content-type': 'text/html' } });
    expect(messages(checkExchange({ ...view, responseBody: Buffer.from('<h1>hello</h1>') }))).toEqual([
      "response: response Content-Type is 'text/html', but the spec declares application/json",
    ]);
    const gzipped = {
      ...view,
      responseHeaders: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Encoding': 'gzip' },
      responseBody: gzipSync(json({ data: exampleFax() })),
    };
    expect(checkExchange(gzipped)).toEqual([]);
  });
});

describe('checkExchange: upstream quirks (API-NOTES §10)', () => {
  const application = (patch: Record<string, unknown>) =>
    exchange({
      url: '/v2/fax_applications/1293384261075731499',
      responseHeaders: jsonType,
      responseBody: json({ data: { ...exampleFaxApplication(), ...patch } }),
    });

  it('accepts the `null` and empty defaults the spec declares on fields typed without them', () => {
    const unset = {
      inbound: { channel_limit: null, sip_subdomain: null, sip_subdomain_receive_settings: 'from_anyone' },
      outbound: { channel_limit: null, outbound_voice_profile_id: '1293384261075731499' },
      webhook_event_failover_url: '',
    };
    expect(checkExchange(application(unset))).toEqual([]);
  });

  it('still reports values that are neither the type nor the default', () => {
    expect(messages(checkExchange(application({ inbound: { channel_limit: 'ten' } })))).toEqual([
      'response: response body /data/inbound/channel_limit: must be integer or null (got "ten")',
    ]);
  });

  it('lists every local patch: nine `default: null` fields and the empty failover URL', () => {
    const patched = faxSpec().quirks.map((quirk) => quirk.pointer);
    expect(patched).toHaveLength(10);
    expect(patched).toContain('/components/schemas/FaxApplication/properties/inbound/properties/channel_limit');
    expect(patched).toContain('/components/schemas/WebhookEventFailoverUrl');
  });
});
