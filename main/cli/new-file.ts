/**
 * Writing a file the person named on the command line (`save`, `report`): never over a file
 * that is there — it may be the only copy of something else — and failures said in words.
 */
import { FaxdeskError } from '../engine/errors';

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
