/** faxdesk report: a sent or received fax's report (a one-page PDF made from the records) written to a file. */
import { writeFileSync } from 'node:fs';
import { withContext } from '../context';
import { faxLookupOf, findFax } from '../fax-reference';
import { faxAndTarget, writeNewFile } from '../new-file';
import type { CliIo } from '../io';

export const reportHelp = `Usage: faxdesk report FAX -o FILE
  Writes the fax's transmission report (sent) or reception report (received) to FILE as a PDF:
  the result, who it went from and to, its ids, times, pages, attempts, and the SHA-256 of the
  exact PDF sent or received. Made from this desk's records, so it works offline. An existing
  FILE is not replaced.
  FAX: its id, or the first characters shown by \`list\` or \`inbox\`.`;

export function report(args: string[], io: CliIo): Promise<number> {
  const { reference, target } = faxAndTarget(args);
  return withContext(io, async ({ engine }) => {
    const found = findFax(faxLookupOf(engine), reference);
    const made = await engine.reports.make(found.kind === 'sent' ? found.job.id : found.fax.id);
    writeNewFile(target, () => writeFileSync(target, made.pdf, { flag: 'wx' }));
    io.out(`Saved ${target}`);
    return 0;
  });
}
