/**
 * Errors the engine raises on purpose. Each carries a stable code and a message written
 * for the person at the desk; the IPC layer passes both to the page unchanged, and the
 * CLI prints the message. Anything else that escapes is a bug and is reported as
 * `internal` without its details.
 */
export type EngineErrorCode = 'keychain_unavailable';

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
