/**
 * Writing a file the person named on the command line (`save`, `report`): never over a file
 * that is there — it may be the only copy of something else — and failures said in words.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FaxdeskError } from '../engine/errors';
import { UsageError } from './io';

/** `FAX -o FILE`: the fax as typed, and the file to write, resolved. */
export function faxAndTarget(args: string[]): { reference: string | undefined; target: string } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' } },
  });
  if (!values.output) throw new UsageError('say where to write it: -o FILE');
  return { reference: positionals[0], target: resolve(values.output) };
}

/** Runs `write`, which must refuse to replace (COPYFILE_EXCL, flag 'wx'), turning its errors into words. */
export function writeNewFile(target: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FaxdeskError('not_possible', `${target} already exists; nothing was written.`);
    throw new FaxdeskError('not_possible', `Faxdesk could not write ${target} (${code ?? 'unknown error'}).`);
  }
}
