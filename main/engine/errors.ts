/**
 * Errors the engine raises on purpose. Each carries a stable code and a message written
 * for the person at the desk; the IPC layer passes both to the page unchanged, and the
 * CLI prints the message. Anything else that escapes is a bug and is reported as
 * `internal` without its details. The codes themselves are in domain/error-codes.ts.
 */
import type { EngineErrorCode } from '../../domain/error-codes';

export type { EngineErrorCode };

export interface FaxdeskErrorOptions {
  cause?: unknown;
  /**
   * What the person can do about it, when the error comes with advice. The message then
   * reads "<what happened> <what to do>", and views that show the two apart (the start-up
   * problem screen) take `summary` and `whatToDo`.
   */
  whatToDo?: string;
  /** Technical detail for the log and a "details" disclosure, e.g. which module failed. */
  technicalDetail?: string;
}

export class FaxdeskError extends Error {
  /** What happened, without the advice. */
  readonly summary: string;
  readonly whatToDo: string | null;
  readonly technicalDetail: string | null;

  constructor(
    readonly code: EngineErrorCode,
    summary: string,
    options: FaxdeskErrorOptions = {},
  ) {
    super(
      options.whatToDo ? `${summary} ${options.whatToDo}` : summary,
      'cause' in options ? { cause: options.cause } : {},
    );
    this.name = 'FaxdeskError';
    this.summary = summary;
    this.whatToDo = options.whatToDo ?? null;
    this.technicalDetail = options.technicalDetail ?? null;
  }
}
