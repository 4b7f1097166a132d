/**
 * Telnyx error bodies. Every error the sandbox answers is `{errors:[{code,title,detail,source?,meta?}]}`
 * with `code` always a string (API-NOTES §8). Fax-service errors use the HTTP status as the
 * code ("404", "422"); platform errors use the 100xx codes from Telnyx's error catalogue.
 * Handlers throw an ApiError; the server turns it into the response.
 */

export interface ErrorSource {
  pointer?: string;
  parameter?: string;
}

export interface ErrorObject {
  code: string;
  title: string;
  detail: string;
  source?: ErrorSource;
  meta?: { url: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ErrorObject[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errors.map((e) => e.detail).join('; '));
    this.name = 'ApiError';
  }

  body(): { errors: ErrorObject[] } {
    return { errors: this.errors };
  }
}

/** One entry of an errors array; the 100xx codes link to Telnyx's documentation like the real API. */
export function errorObject(code: string, title: string, detail: string, source?: ErrorSource): ErrorObject {
  const error: ErrorObject = { code, title, detail };
  if (source) error.source = source;
  if (/^1\d{4}$/.test(code)) error.meta = { url: `https://developers.telnyx.com/docs/overview/errors/${code}` };
  return error;
}

export const AUTHENTICATION_FAILED = errorObject(
  '10009',
  'Authentication failed',
  'The required authentication headers were either invalid or not included in the request.',
);

export function unauthenticated(): ApiError {
  // The exact body the brief and Telnyx's error page give (without meta, as in DOC-errors).
  return new ApiError(401, [
    { code: '10009', title: AUTHENTICATION_FAILED.title, detail: AUTHENTICATION_FAILED.detail },
  ]);
}

export function notFound(): ApiError {
  return new ApiError(404, [{ code: '404', title: 'Not Found', detail: 'The requested resource does not exist' }]);
}

export function methodNotAllowed(allowed: string[]): ApiError {
  return new ApiError(
    405,
    [{ code: '405', title: 'Method Not Allowed', detail: `This resource only supports ${allowed.join(', ')}.` }],
    { allow: allowed.join(', ') },
  );
}

/** A 422 for one field: the fax service's own style, code "422" and a pointer at the field. */
export function invalidField(pointer: string, detail: string): ErrorObject {
  return errorObject('422', 'Unprocessable Entity', detail, { pointer });
}

export function missingField(pointer: string): ErrorObject {
  const name = pointer.replace(/^\//, '');
  return errorObject('10004', 'Missing required parameter', `The '${name}' parameter is required.`, { pointer });
}

export function unprocessable(errors: ErrorObject[]): ApiError {
  return new ApiError(422, errors);
}

export function badRequest(detail: string, source?: ErrorSource): ApiError {
  return new ApiError(400, [errorObject('10015', 'Bad Request', detail, source)]);
}

export function tooManyRequests(detail: string, retryAfterSeconds: number): ApiError {
  return new ApiError(429, [{ code: '10011', title: 'Too many requests', detail }], {
    'retry-after': String(retryAfterSeconds),
  });
}

export function unexpectedError(): ApiError {
  return new ApiError(500, [errorObject('10007', 'Unexpected error', 'An unexpected error occurred.')]);
}

/** An injected status (faults.reject): a plausible Telnyx body for the common codes. */
export function injectedError(status: number): ApiError {
  const titles: Record<number, [string, string]> = {
    500: ['10007', 'Unexpected error'],
    502: ['502', 'Bad Gateway'],
    503: ['503', 'Service Unavailable'],
    504: ['10008', 'Request timeout'],
    429: ['10011', 'Too many requests'],
  };
  const [code, title] = titles[status] ?? [String(status), 'Injected error'];
  return new ApiError(status, [{ code, title, detail: `The sandbox was told to answer ${status} to this request.` }]);
}
