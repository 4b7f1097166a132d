/**
 * Turns whatever the Telnyx SDK (or the network under it) throws into a TelnyxApiError with
 * a plain-language message. The outbox also needs to know whether a failed request may still
 * have reached Telnyx (`mayHaveReachedTelnyx`): only then must a fax be reconciled rather
 * than retried (DESIGN.md §3).
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from 'telnyx';
import { FaxdeskError, type EngineErrorCode } from '../errors';

export class TelnyxApiError extends FaxdeskError {
  constructor(
    code: EngineErrorCode,
    message: string,
    readonly details: {
      status: number | null;
      /** The request may have been processed by Telnyx even though we got no clear answer. */
      mayHaveReachedTelnyx: boolean;
      /** How long Telnyx asked us to wait, when it said. */
      retryAfterMs: number | null;
      /** The request field Telnyx objected to, when it named one. */
      field: string | null;
    },
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'TelnyxApiError';
  }
}

interface TelnyxErrorEntry {
  code?: unknown;
  title?: unknown;
  detail?: unknown;
  source?: { pointer?: unknown; parameter?: unknown };
}

/** Network errors that mean the request never left this machine. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);

export function toTelnyxApiError(error: unknown): TelnyxApiError {
  if (error instanceof TelnyxApiError) return error;
  const none = { status: null, mayHaveReachedTelnyx: false, retryAfterMs: null, field: null };

  if (error instanceof APIConnectionTimeoutError) {
    return new TelnyxApiError(
      'telnyx_unavailable',
      'Telnyx did not answer in time. Faxdesk will check again shortly.',
      { ...none, mayHaveReachedTelnyx: true },
      { cause: error },
    );
  }
  if (error instanceof APIUserAbortError) {
    return new TelnyxApiError('offline', 'The request to Telnyx was stopped.', { ...none, mayHaveReachedTelnyx: true });
  }
  if (error instanceof APIConnectionError) {
    const code = networkErrorCode(error);
    const neverSent = code !== null && NEVER_SENT.has(code);
    return new TelnyxApiError(
      'offline',
      neverSent
        ? 'Faxdesk cannot reach Telnyx. Check the internet connection; nothing was sent.'
        : 'The connection to Telnyx was lost before it answered. Faxdesk will check what happened.',
      { ...none, mayHaveReachedTelnyx: !neverSent },
      { cause: error },
    );
  }
  if (!(error instanceof APIError)) {
    // Not from the SDK: a bug in our own code, not something to explain as a Telnyx problem.
    throw error;
  }

  const status = typeof error.status === 'number' ? error.status : null;
  const entry = firstErrorEntry(error.error);
  const field = fieldOf(entry);
  const detail = typeof entry?.detail === 'string' ? entry.detail : null;
  const base = { status, mayHaveReachedTelnyx: false, retryAfterMs: null, field };

  if (error instanceof AuthenticationError) {
    return new TelnyxApiError(
      'bad_credentials',
      'Telnyx did not accept this key. Check that it is a current API key from the Telnyx portal.',
      base,
      { cause: error },
    );
  }
  if (error instanceof PermissionDeniedError) {
    return new TelnyxApiError(
      'no_permission',
      'This Telnyx key is not allowed to do that. Check its permissions in the Telnyx portal.',
      base,
      { cause: error },
    );
  }
  if (error instanceof NotFoundError) {
    return new TelnyxApiError('not_found', 'Telnyx has no record of that item.', base, { cause: error });
  }
  if (error instanceof UnprocessableEntityError || status === 400) {
    const what = field ? ` (${field})` : '';
    return new TelnyxApiError(
      'invalid_parameters',
      `Telnyx refused the request${what}: ${detail ?? 'some details were not valid'}.`.replace(/\.\.$/, '.'),
      base,
      { cause: error },
    );
  }
  if (error instanceof RateLimitError) {
    const retryAfterMs = retryAfterFrom(error.headers);
    return new TelnyxApiError(
      'rate_limited',
      'Telnyx asked Faxdesk to slow down. Waiting faxes will go out automatically.',
      { ...base, retryAfterMs },
      { cause: error },
    );
  }
  if (status !== null && status >= 500) {
    return new TelnyxApiError(
      'telnyx_unavailable',
      'Telnyx is having trouble right now. Faxdesk will try again.',
      { ...base, mayHaveReachedTelnyx: true, retryAfterMs: retryAfterFrom(error.headers as Headers | undefined) },
      { cause: error },
    );
  }
  return new TelnyxApiError(
    'invalid_parameters',
    `Telnyx answered with an unexpected error (${status ?? 'no status'}).`,
    base,
    { cause: error },
  );
}

function firstErrorEntry(body: unknown): TelnyxErrorEntry | null {
  if (typeof body !== 'object' || body === null) return null;
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const first: unknown = errors[0];
  return typeof first === 'object' && first !== null ? first : null;
}

/** "/to" -> "to"; a query parameter name as given. */
function fieldOf(entry: TelnyxErrorEntry | null): string | null {
  const pointer = entry?.source?.pointer;
  if (typeof pointer === 'string' && pointer.length > 1) return pointer.replace(/^\//, '').replaceAll('/', '.');
  const parameter = entry?.source?.parameter;
  return typeof parameter === 'string' && parameter ? parameter : null;
}

function networkErrorCode(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Retry-After (seconds or an HTTP date), then retry-after-ms, then x-ratelimit-reset (seconds). */
export function retryAfterFrom(headers: Headers | undefined, now = Date.now()): number | null {
  if (!headers) return null;
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (headers.get('x-ratelimit-reset') !== null && Number.isFinite(reset) && reset >= 0) return reset * 1000;
  return null;
}
