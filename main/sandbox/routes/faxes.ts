/**
 * `/v2/faxes`: send, list, view, delete, cancel and refresh — the six Programmable Fax
 * operations, with the status codes the spec declares (202 send and cancel, 200 refresh,
 * 204 delete).
 */
import { randomUUID } from 'node:crypto';
import { ApiError, invalidField, notFound, tooManyRequests, unprocessable } from '../api-error';
import type { FaxRecord, SandboxFax } from '../fax-record';
import { snapshot } from '../fax-record';
import { paginate } from '../pagination';
import { readParsedBody } from '../request-body';
import type { ApiResponse, Route, RouteRequest, SandboxContext } from '../router';
import { isoTime } from '../scheduler';
import { validateSendFax } from '../send-fax-request';
import { dialScript } from '../test-numbers';

/** Telnyx's limit on outbound faxes being processed at the same time (API-NOTES §2). */
export const DEFAULT_MAX_IN_FLIGHT = 2000;

function faxById(request: RouteRequest, context: SandboxContext): FaxRecord {
  const record = context.store.fax(request.params.id ?? '');
  if (!record) throw notFound();
  return record;
}

async function sendFax(request: RouteRequest, context: SandboxContext): Promise<ApiResponse> {
  const body = await readParsedBody(request.raw, '/contents');
  const input = await validateSendFax(body, context.store);
  if (context.store.outboundInFlight() >= context.maxInFlight) {
    const retryAfter = Math.max(1, Math.ceil(context.lifecycle.currentStepMs() / 1000));
    throw tooManyRequests(
      `There is a limit for outbound faxes of ${context.maxInFlight} faxes being processed at the same time.`,
      retryAfter,
    );
  }
  const app = context.store.faxApplications.find((a) => a.id === input.connectionId);
  const nowMs = context.now();
  const fax: SandboxFax = {
    id: randomUUID(),
    record_type: 'fax',
    connection_id: input.connectionId,
    direction: 'outbound',
    from: input.from,
    to: input.to,
    quality: input.quality,
    status: 'queued',
    store_media: input.storeMedia,
    webhook_url: input.webhookUrl ?? app?.webhook_event_url ?? '',
    webhook_failover_url: app?.webhook_event_failover_url ?? '',
    created_at: isoTime(nowMs),
    updated_at: isoTime(nowMs),
    failure_reason: null,
    internal_failure_reason: null,
  };
  if (input.fromDisplayName !== undefined) fax.from_display_name = input.fromDisplayName;
  if (input.mediaUrl !== undefined) fax.media_url = input.mediaUrl;
  if (input.mediaName !== undefined) fax.media_name = input.mediaName;
  if (input.storePreview !== undefined) fax.store_preview = input.storePreview;
  if (input.clientState !== undefined) fax.client_state = input.clientState;

  const record = context.store.addFax({
    fax,
    createdAtMs: nowMs,
    pageCount: input.document.pageCount,
    readable: input.document.readable,
  });
  context.lifecycle.startOutbound(record, dialScript(input.to, context.store.dialled));
  return { status: 202, json: { data: snapshot(record) } };
}

function listFaxes(request: RouteRequest, context: SandboxContext): ApiResponse {
  const q = request.query;
  const gte = q.dateTime('filter[created_at][gte]');
  const gt = q.dateTime('filter[created_at][gt]');
  const lte = q.dateTime('filter[created_at][lte]');
  const lt = q.dateTime('filter[created_at][lt]');
  const direction = q.get('filter[direction][eq]');
  const from = q.phoneNumber('filter[from][eq]');
  const to = q.phoneNumber('filter[to][eq]');
  const matching = context.store.allFaxes().filter(({ fax, createdAtMs }) => {
    if (gte !== undefined && createdAtMs < gte) return false;
    if (gt !== undefined && createdAtMs <= gt) return false;
    if (lte !== undefined && createdAtMs > lte) return false;
    if (lt !== undefined && createdAtMs >= lt) return false;
    if (direction !== undefined && fax.direction !== direction) return false;
    if (from !== undefined && fax.from !== from) return false;
    if (to !== undefined && fax.to !== to) return false;
    return true;
  });
  const page = paginate(matching, q);
  return { status: 200, json: { data: page.data.map(snapshot), meta: page.meta } };
}

function viewFax(request: RouteRequest, context: SandboxContext): ApiResponse {
  return { status: 200, json: { data: snapshot(faxById(request, context)) } };
}

function deleteFax(request: RouteRequest, context: SandboxContext): ApiResponse {
  const record = faxById(request, context);
  context.store.deleteFax(record.fax.id);
  return { status: 204 };
}

function cancelFax(request: RouteRequest, context: SandboxContext): ApiResponse {
  const record = faxById(request, context);
  if (!context.lifecycle.cancel(record)) {
    const detail =
      record.fax.direction === 'inbound'
        ? 'Only outbound faxes can be canceled.'
        : `The fax is '${record.fax.status}'; only queued, media.processed, originated or sending faxes can be canceled.`;
    throw unprocessable([invalidField('/id', detail)]);
  }
  return { status: 202, json: { data: { result: 'ok' } } };
}

function refreshFax(request: RouteRequest, context: SandboxContext): ApiResponse {
  const record = faxById(request, context);
  if (record.fax.direction !== 'inbound') {
    throw new ApiError(422, [invalidField('/id', "Only an inbound fax's media_url can be refreshed.")]);
  }
  if (record.fax.status !== 'received') {
    throw new ApiError(422, [
      invalidField('/id', `The fax is '${record.fax.status}' and has no media to refresh yet.`),
    ]);
  }
  context.lifecycle.refreshMediaUrl(record);
  return { status: 200, json: { data: { result: 'ok' } } };
}

export const faxRoutes: Route[] = [
  { pattern: '/v2/faxes', methods: { GET: listFaxes, POST: sendFax } },
  { pattern: '/v2/faxes/:id', methods: { GET: viewFax, DELETE: deleteFax } },
  { pattern: '/v2/faxes/:id/actions/cancel', methods: { POST: cancelFax } },
  { pattern: '/v2/faxes/:id/actions/refresh', methods: { POST: refreshFax } },
];
