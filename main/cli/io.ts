/** What a command may touch of the outside world, so tests can run the CLI in-process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Reads a secret from the terminal without echoing it; null when there is no terminal. */
  promptSecret(question: string): Promise<string | null>;
  /** Asks a question on the terminal and reads the typed line; null when there is no terminal. */
  promptLine(question: string): Promise<string | null>;
  /** The built document reader beside the binary, run as a child process; absent in-process, where files are read inline. */
  documentReader?: URL;
}

/** A usage mistake: exit code 2 and a one-line reason. */
export class UsageError extends Error {
  override name = 'UsageError';
}
