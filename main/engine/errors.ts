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
  /** The records file is damaged or is not a Faxdesk database (SQLite says so). */
  'database_unreadable',
  'database_too_new',
  /** This user account may not open or change the records file or its folder. */
  'database_no_permission',
  /** The records are on a drive or in a file that can only be read. */
  'database_read_only',
  /** Another program holds the records file locked. */
  'database_busy',
  /** The records could not be opened for another reason (missing folder, a disk error). */
  'database_cannot_open',
  'disk_full',
  /** A native module of Faxdesk itself would not load: a broken or mismatched installation. */
  'installation_incomplete',
  'invalid_document',
  'invalid_number',
  'job_not_found',
  'not_possible',
  /** A premium-rate or satellite number while the person has not allowed them (numbers/costly-numbers.ts). */
  'number_not_allowed',
  /** A large send the person did not confirm, or that no one was there to confirm (outbox/volume-guard.ts). */
  'not_confirmed',
  /** Faxdesk is already doing as much of this as it takes at once; try again shortly. */
  'busy',
] as const;
export type EngineErrorCode = (typeof engineErrorCodes)[number];

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
