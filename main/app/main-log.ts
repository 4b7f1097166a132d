/**
 * The main process's log: every line goes to the console and to `<data folder>/logs/main.log`,
 * so a start-up that failed on an office PC can be read afterwards by whoever supports it.
 * The folder is private (0700) and the file too (0600), like the rest of the data folder
 * (DESIGN.md §5). Writing the log never throws: a log that cannot be written (a full disk, a
 * folder it may not use) must not become a second failure; the console still has the line.
 */
import { appendFileSync, chmodSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeError } from './error-text';

export type Log = (message: string, error?: unknown) => void;

export interface MainLogOptions {
  /** Where lines also go; the console by default. */
  console?: Pick<Console, 'error'>;
  /** Past this size at start, the log is moved to `main.old.log` and a new one begun. */
  maxBytes?: number;
  now?: () => Date;
}

export function createMainLog(path: string, options: MainLogOptions = {}): Log {
  const out = options.console ?? console;
  const now = options.now ?? (() => new Date());
  let prepared = false;
  let broken = false;

  const prepare = () => {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    chmodSync(dirname(path), 0o700);
    const size = sizeOf(path);
    if (size !== null && size > (options.maxBytes ?? 1024 * 1024)) {
      renameSync(path, path.replace(/(\.log)?$/, '.old.log'));
    }
    appendFileSync(path, '', { mode: 0o600 });
    chmodSync(path, 0o600);
    prepared = true;
  };

  return (message, error) => {
    if (error === undefined) out.error(message);
    else out.error(message, error);
    if (broken) return;
    try {
      if (!prepared) prepare();
      const detail = error === undefined ? '' : `\n${indent(describeError(error, { stack: true }))}`;
      appendFileSync(path, `${now().toISOString()} ${message}${detail}\n`);
    } catch (failure) {
      broken = true;
      out.error(`Faxdesk could not write its log file ${path}; the log continues on the console only.`, failure);
    }
  };
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
