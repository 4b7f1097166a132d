/**
 * Inbound faxes, which the real service creates when someone faxes one of the account's
 * numbers. The sandbox has no telephone line, so tests, the inject endpoint and the app's demo
 * mode "receive" a fax by calling injectInboundFax(). A received fax stays `receiving` while
 * its scanned-looking pages are drawn (scan/scanned-fax.ts, a page per turn of the event loop),
 * then moves to media.processing → received on the usual step timer; a failed call moves on at
 * once. Once received, its media_url is a signed, expiring link to the PDF, served without
 * auth, like an S3 link.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FaxRecord, SandboxFax } from './fax-record';
import type { ApiResponse, SandboxContext } from './router';
import type { FaxKindName } from './scan/kinds';
import { isFaxKindName } from './scan/kinds';
import { scannedFaxInTurns } from './scan/scanned-fax';
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
  /** What the document is (invoice, referral, …); default: chosen by the seed. */
  kind?: FaxKindName;
  /** Decides the document's words and look; default: drawn from the fax's id. */
  seed?: number;
  /** This fax's media_url lifetime (its first link and every refresh); default the sandbox's. */
  linkTtlMs?: number;
}

export const E164 = /^\+[1-9]\d{1,14}$/;
/** What a failure_reason looks like: lower-case words joined by underscores. */
export const FAILURE_REASON = /^[a-z][a-z0-9_]{0,63}$/;
export const MAX_INBOUND_PAGES = 1000;
/** A fine-mode page takes roughly half a minute at 14,400 bit/s; the handshake a few seconds. */
const HANDSHAKE_SECS = 6;
const SECS_PER_PAGE = { min: 18, max: 40 } as const;
export const MAX_SEED = 2 ** 32 - 1;

/** Checks the options as given; throws a RangeError naming the first wrong one. */
export function checkInboundOptions(options: InboundFaxOptions): void {
  const pages = options.pages ?? 1;
  if (!E164.test(options.from)) throw new RangeError(`from must be +E.164, got '${options.from}'`);
  if (!E164.test(options.to)) throw new RangeError(`to must be +E.164, got '${options.to}'`);
  if (!Number.isInteger(pages) || pages < 1 || pages > MAX_INBOUND_PAGES) {
    throw new RangeError(`pages must be an integer from 1 to ${MAX_INBOUND_PAGES}, got ${pages}`);
  }
  if (options.kind !== undefined && !isFaxKindName(options.kind)) {
    throw new RangeError(`kind must be one of the sandbox's document kinds, got '${String(options.kind)}'`);
  }
  if (options.seed !== undefined && (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > MAX_SEED)) {
    throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, got ${options.seed}`);
  }
  if (options.linkTtlMs !== undefined && (!Number.isFinite(options.linkTtlMs) || options.linkTtlMs <= 0)) {
    throw new RangeError(`linkTtlMs must be a positive number of milliseconds, got ${options.linkTtlMs}`);
  }
  if (options.fail !== undefined && !FAILURE_REASON.test(options.fail)) {
    throw new RangeError(`fail must be a failure_reason such as sender_call_dropped, got '${options.fail}'`);
  }
}

function seedFromId(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0);
}

/** Seconds the call lasted: per page for a fax that arrived, part of one page for a dropped call. */
function callDuration(seed: number, pages: number, failed: boolean): number {
  const perPage = SECS_PER_PAGE.min + (seed % (SECS_PER_PAGE.max - SECS_PER_PAGE.min + 1));
  if (failed) return HANDSHAKE_SECS + (seed % perPage);
  return HANDSHAKE_SECS + pages * perPage;
}

export function injectInboundFax(context: SandboxContext, options: InboundFaxOptions): { id: string } {
  checkInboundOptions(options);
  const pages = options.pages ?? 1;
  const { store } = context;
  // The fax arrives on the connection its number is assigned to, like Telnyx routes it.
  const number = store.phoneNumbers.find((n) => n.phone_number === options.to);
  const connectionId = number?.connection_id ?? SANDBOX_FAX_APP_ID;
  const app = store.faxApplications.find((a) => a.id === connectionId);
  const nowMs = context.now();
  const id = randomUUID();
  const seed = options.seed ?? seedFromId(id);
  const fax: SandboxFax = {
    id,
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
    mediaUrlTtlMs: options.linkTtlMs,
    callDurationSecs: callDuration(seed, pages, options.fail !== undefined),
  });
  if (options.fail) {
    context.lifecycle.startInbound(record, options.fail);
  } else {
    // The pages are drawn a turn at a time while the fax is `receiving`; it moves on once they are there.
    receiveDocument(context, record, options, seed, pages);
  }
  return { id: fax.id };
}

/** Draws the scanned document (a known sender's number gets that sender's letterhead), then starts the fax's steps. */
function receiveDocument(
  context: SandboxContext,
  record: FaxRecord,
  options: InboundFaxOptions,
  seed: number,
  pages: number,
): void {
  scannedFaxInTurns({ seed, pages, kind: options.kind, fromNumber: options.from })
    .then(({ pdf }) => {
      if (context.store.attachReceivedPdf(record, pdf)) context.lifecycle.startInbound(record, undefined);
    })
    .catch((error: unknown) => {
      console.error('[sandbox] could not draw an inbound fax', error);
      context.lifecycle.startInbound(record, 'receiver_communication_error');
    });
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
