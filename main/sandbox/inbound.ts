/**
 * Inbound faxes, which the real service creates when someone faxes one of the account's
 * numbers. The sandbox has no telephone line, so tests and the app's demo mode "receive" a
 * fax by calling injectInbound(); the fax then moves receiving → media.processing →
 * received | failed on the usual step timer, and once received its media_url is a signed,
 * expiring link to a real PDF (served without auth, like an S3 link).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { SandboxFax } from './fax-record';
import { writeTextPdf } from './pdf-writer';
import type { ApiResponse, SandboxContext } from './router';
import { isoTime } from './scheduler';
import { INBOUND_MEDIA_PREFIX } from './signed-links';
import { SANDBOX_FAX_APP_ID } from './seed';

export interface InboundFaxOptions {
  from: string;
  to: string;
  /** Pages in the received document; default 1. */
  pages?: number;
  /** A failure_reason (e.g. 'sender_call_dropped') to end in `failed` instead of `received`. */
  fail?: string;
}

const E164 = /^\+[1-9]\d{1,14}$/;
const MAX_INBOUND_PAGES = 1000;

function receivedDocument(from: string, pages: number): Buffer {
  return writeTextPdf(
    Array.from({ length: pages }, (_, i) => [
      `Inbound fax from ${from}`,
      `Page ${i + 1} of ${pages}`,
      'Received by the Faxdesk sandbox (simulated Telnyx).',
    ]),
  );
}

export function injectInboundFax(context: SandboxContext, options: InboundFaxOptions): { id: string } {
  const pages = options.pages ?? 1;
  if (!E164.test(options.from)) throw new RangeError(`from must be +E.164, got '${options.from}'`);
  if (!E164.test(options.to)) throw new RangeError(`to must be +E.164, got '${options.to}'`);
  if (!Number.isInteger(pages) || pages < 1 || pages > MAX_INBOUND_PAGES) {
    throw new RangeError(`pages must be an integer from 1 to ${MAX_INBOUND_PAGES}, got ${pages}`);
  }
  const { store } = context;
  // The fax arrives on the connection its number is assigned to, like Telnyx routes it.
  const number = store.phoneNumbers.find((n) => n.phone_number === options.to);
  const connectionId = number?.connection_id ?? SANDBOX_FAX_APP_ID;
  const app = store.faxApplications.find((a) => a.id === connectionId);
  const nowMs = context.now();
  const fax: SandboxFax = {
    id: randomUUID(),
    record_type: 'fax',
    connection_id: connectionId,
    direction: 'inbound',
    from: options.from,
    to: options.to,
    quality: 'high',
    status: 'receiving',
    store_media: false,
    webhook_url: app?.webhook_event_url ?? '',
    webhook_failover_url: app?.webhook_event_failover_url ?? '',
    created_at: isoTime(nowMs),
    updated_at: isoTime(nowMs),
    failure_reason: null,
    internal_failure_reason: null,
  };
  const record = store.addFax({
    fax,
    createdAtMs: nowMs,
    pageCount: pages,
    readable: true,
    receivedPdf: options.fail ? undefined : receivedDocument(options.from, pages),
  });
  context.lifecycle.startInbound(record, options.fail);
  return { id: fax.id };
}

function s3Error(status: number, code: string, message: string): ApiResponse {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>\n`;
  return { status, bytes: { data: Buffer.from(xml), contentType: 'application/xml' } };
}

/** Serves `GET /sandbox-media/inbound/{id}.pdf?expires=…&signature=…`, checking the link like S3 would. */
export function serveInboundMedia(request: IncomingMessage, context: SandboxContext): ApiResponse {
  const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
  const match = new RegExp(`^${INBOUND_MEDIA_PREFIX}([0-9a-f-]{36})\\.pdf$`).exec(url.pathname);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return s3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
  }
  if (!match?.[1]) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
  const faxId = match[1];
  const check = context.signer.check(
    faxId,
    url.searchParams.get('expires'),
    url.searchParams.get('signature'),
    context.now(),
  );
  if (check === 'expired') return s3Error(403, 'AccessDenied', 'Request has expired');
  if (check === 'bad_signature') {
    return s3Error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match.');
  }
  const pdf = context.store.fax(faxId)?.receivedPdf;
  if (!pdf) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
  return { status: 200, bytes: { data: pdf, contentType: 'application/pdf' } };
}
