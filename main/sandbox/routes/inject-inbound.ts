/**
 * `POST /sandbox/inbound`: the test-only door for "receiving" a fax on demand over HTTP, for
 * tests and tools that drive a running sandbox from outside its process. It is not part of
 * Telnyx's API, so it lives outside `/v2`; it goes through the same pipeline as every other
 * route (Host check, faults, rate limit, authentication: the run key when there is one), so a
 * program that may not use this sandbox cannot make faxes appear in it either.
 *
 * Body (JSON, every field optional):
 *   from            sender, E.164 (default: the first of the rotation's senders)
 *   to              the account number it arrives on, E.164 (default: the account's first fax number)
 *   pages           1–1000 (default 1)
 *   kind            invoice | referral | purchase-order | lab-result | signed-form | memo
 *   seed            0–4294967295: the document's words and look
 *   fail            a failure_reason such as sender_call_dropped: the call fails instead
 *   linkTtlSeconds  this fax's media_url lifetime, 1–86400
 * Answers 201 `{ "id": "<fax id>" }`; mistakes are 422 with a pointer at each field.
 */
import type { ErrorObject } from '../api-error';
import { unprocessable } from '../api-error';
import type { InboundFaxOptions } from '../inbound';
import { checkInboundOptions, E164, FAILURE_REASON, injectInboundFax, MAX_INBOUND_PAGES, MAX_SEED } from '../inbound';
import { JsonFields } from '../json-fields';
import { jsonObjectOf, readParsedBody } from '../request-body';
import type { ApiResponse, Route, RouteRequest, SandboxContext } from '../router';
import { FAX_SENDERS } from '../scan/fax-people';
import { FAX_KIND_NAMES } from '../scan/kinds';
import { SANDBOX_FAX_NUMBERS } from '../seed';

export const INJECT_INBOUND_PATH = '/sandbox/inbound';
const FIELDS = ['from', 'to', 'pages', 'kind', 'seed', 'fail', 'linkTtlSeconds'];
const MAX_LINK_TTL_SECONDS = 86_400;

function e164(fields: JsonFields, key: string): string | undefined {
  const value = fields.string(key);
  if (value === undefined || E164.test(value)) return value;
  return fields.refuse(key, `'${key}' must be a phone number in +E.164 form, such as +13125550199.`);
}

async function injectInbound(request: RouteRequest, context: SandboxContext): Promise<ApiResponse> {
  const body = await readParsedBody(request.raw, '/');
  const values = body.kind === 'empty' ? {} : jsonObjectOf(body, '');
  const errors: ErrorObject[] = [];
  const fields = new JsonFields(values, errors);
  for (const key of Object.keys(values)) {
    if (!FIELDS.includes(key))
      fields.refuse(key, `'${key}' is not a field of this request; it takes ${FIELDS.join(', ')}.`);
  }
  const options: InboundFaxOptions = {
    from: e164(fields, 'from') ?? FAX_SENDERS[0]?.fax ?? '+13125550199',
    to: e164(fields, 'to') ?? SANDBOX_FAX_NUMBERS[0],
  };
  const pages = fields.integer('pages', 1, MAX_INBOUND_PAGES);
  if (pages !== undefined) options.pages = pages;
  const kind = fields.oneOf('kind', FAX_KIND_NAMES);
  if (kind !== undefined) options.kind = kind;
  const seed = fields.integer('seed', 0, MAX_SEED);
  if (seed !== undefined) options.seed = seed;
  const fail = fields.string('fail');
  if (fail !== undefined && !FAILURE_REASON.test(fail)) {
    fields.refuse('fail', "'fail' must be a failure_reason in lower case, such as sender_call_dropped.");
  } else if (fail !== undefined) options.fail = fail;
  const ttlSeconds = fields.integer('linkTtlSeconds', 1, MAX_LINK_TTL_SECONDS);
  if (ttlSeconds !== undefined) options.linkTtlMs = ttlSeconds * 1000;
  if (errors.length > 0) throw unprocessable(errors);
  checkInboundOptions(options);
  const { id } = injectInboundFax(context, options);
  return { status: 201, json: { id } };
}

export const injectInboundRoutes: Route[] = [{ pattern: INJECT_INBOUND_PATH, methods: { POST: injectInbound } }];
