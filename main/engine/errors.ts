/**
 * Errors the engine raises on purpose. Each carries a stable code and a message written
 * for the person at the desk; the IPC layer passes both to the page unchanged, and the
 * CLI prints the message. Anything else that escapes is a bug and is reported as
 * `internal` without its details.
 */
export const engineErrorCodes = [
  'keychain_unavailable',
  'not_connected',
  'bad_credentials',
  'no_permission',
  'not_found',
  'invalid_parameters',
  'rate_limited',
  'telnyx_unavailable',
  'offline',
  'invalid_settings',
  'database_unreadable',
  'database_too_new',
  'invalid_document',
  'invalid_number',
  'job_not_found',
  'not_possible',
] as const;
export type EngineErrorCode = (typeof engineErrorCodes)[number];

export class FaxdeskError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FaxdeskError';
  }
}
