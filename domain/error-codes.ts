/**
 * Every code an error can carry across IPC or out of the command line. Each comes with a
 * message written for the person at the desk; the code is for the program that shows it.
 */

/** What the engine raises on purpose (main/engine/errors.ts). */
export const ENGINE_ERROR_CODES = [
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
export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

/** What only the IPC layer says: about the call itself, not the job it asked for. */
export const IPC_ONLY_ERROR_CODES = [
  'untrusted_sender',
  'invalid_payload',
  'unknown_channel',
  /** Anything that was not raised on purpose: a bug, reported without its details. */
  'internal',
  /** Faxdesk could not start (see AppInfo.startupProblems); every channel but app:info answers this. */
  'startup_failed',
] as const;

export const IPC_ERROR_CODES = [...IPC_ONLY_ERROR_CODES, ...ENGINE_ERROR_CODES] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];
