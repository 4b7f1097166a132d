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
  BadRequestError,
  InternalServerError,
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

/** What one SDK error says, read once for whichever row of the table explains it. */
interface SdkErrorFacts {
  status: number | null;
  /** The request field Telnyx objected to, when it named one. */
  field: string | null;
  /** What Telnyx said was wrong, when it said. */
  detail: string | null;
  /** The network error code under a connection error (ECONNREFUSED…), when there is one. */
  networkCode: string | null;
}

/** How one kind of SDK error is told to the person, and what it means for the request. */
interface Explanation {
  code: EngineErrorCode;
  message: string | ((facts: SdkErrorFacts) => string);
  mayHaveReachedTelnyx: boolean | ((facts: SdkErrorFacts) => boolean);
  /** Telnyx may say how long to wait (Retry-After and kin). */
  saysWhenToRetry?: true;
}

type SdkErrorClass = abstract new (...args: never[]) => APIError;

/** Network errors that mean the request never left this machine. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);
const neverSent = (facts: SdkErrorFacts) => facts.networkCode !== null && NEVER_SENT.has(facts.networkCode);

const refusedRequest = (facts: SdkErrorFacts) => {
  const what = facts.field ? ` (${facts.field})` : '';
  return `Telnyx refused the request${what}: ${facts.detail ?? 'some details were not valid'}.`.replace(/\.\.$/, '.');
};

/**
 * Each SDK error class and how it is explained. Subclasses come before the classes they
 * extend (a timeout is a connection error; every one of them is an APIError): the first row
 * the error is an instance of explains it, and APIError, last, catches any status the SDK
 * has no class for.
 */
const EXPLANATIONS: ReadonlyArray<readonly [SdkErrorClass, Explanation]> = [
  [
    APIConnectionTimeoutError,
    {
      code: 'telnyx_unavailable',
      message: 'Telnyx did not answer in time. Faxdesk will check again shortly.',
      mayHaveReachedTelnyx: true,
    },
  ],
  [APIUserAbortError, { code: 'offline', message: 'The request to Telnyx was stopped.', mayHaveReachedTelnyx: true }],
  [
    APIConnectionError,
    {
      code: 'offline',
      message: (facts) =>
        neverSent(facts)
          ? 'Faxdesk cannot reach Telnyx. Check the internet connection; nothing was sent.'
          : 'The connection to Telnyx was lost before it answered. Faxdesk will check what happened.',
      mayHaveReachedTelnyx: (facts) => !neverSent(facts),
    },
  ],
  [
    AuthenticationError,
    {
      code: 'bad_credentials',
      message: 'Telnyx did not accept this key. Check that it is a current API key from the Telnyx portal.',
      mayHaveReachedTelnyx: false,
    },
  ],
  [
    PermissionDeniedError,
    {
      code: 'no_permission',
      message: 'This Telnyx key is not allowed to do that. Check its permissions in the Telnyx portal.',
      mayHaveReachedTelnyx: false,
    },
  ],
  [NotFoundError, { code: 'not_found', message: 'Telnyx has no record of that item.', mayHaveReachedTelnyx: false }],
  [UnprocessableEntityError, { code: 'invalid_parameters', message: refusedRequest, mayHaveReachedTelnyx: false }],
  [BadRequestError, { code: 'invalid_parameters', message: refusedRequest, mayHaveReachedTelnyx: false }],
  [
    RateLimitError,
    {
      code: 'rate_limited',
      message: 'Telnyx asked Faxdesk to slow down. Waiting faxes will go out automatically.',
      mayHaveReachedTelnyx: false,
      saysWhenToRetry: true,
    },
  ],
  [
    InternalServerError,
    {
      code: 'telnyx_unavailable',
      message: 'Telnyx is having trouble right now. Faxdesk will try again.',
      mayHaveReachedTelnyx: true,
      saysWhenToRetry: true,
    },
  ],
  [
    APIError,
    {
      code: 'invalid_parameters',
      message: (facts) => `Telnyx answered with an unexpected error (${facts.status ?? 'no status'}).`,
      mayHaveReachedTelnyx: false,
    },
  ],
];

/**
 * The TelnyxApiError for an error the SDK threw (one already translated is returned as it
 * is); null for anything else — a bug in our own code is not something to explain as a
 * Telnyx problem, and the caller lets it through.
 */
export function telnyxApiErrorFrom(error: unknown): TelnyxApiError | null {
  if (error instanceof TelnyxApiError) return error;
  if (!isSdkError(error)) return null;
  const explanation = EXPLANATIONS.find(([sdkClass]) => error instanceof sdkClass)?.[1];
  if (!explanation) return null;
  const facts = factsOf(error);
  const decide = <T>(rule: T | ((facts: SdkErrorFacts) => T)) =>
    typeof rule === 'function' ? (rule as (facts: SdkErrorFacts) => T)(facts) : rule;
  return new TelnyxApiError(
    explanation.code,
    decide(explanation.message),
    {
      status: facts.status,
      mayHaveReachedTelnyx: decide(explanation.mayHaveReachedTelnyx),
      retryAfterMs: explanation.saysWhenToRetry ? retryAfterFrom(error.headers) : null,
      field: facts.field,
    },
    { cause: error },
  );
}

/** Every error the SDK throws is an APIError (connection errors and timeouts too). */
function isSdkError(error: unknown): error is APIError {
  return error instanceof APIError;
}

function factsOf(error: APIError): SdkErrorFacts {
  const entry = firstErrorEntry(error.error);
  return {
    status: typeof error.status === 'number' ? error.status : null,
    field: fieldOf(entry),
    detail: typeof entry?.detail === 'string' ? entry.detail : null,
    networkCode: error instanceof APIConnectionError ? networkErrorCode(error) : null,
  };
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
