/** A job named on the command line: its full id, or the first characters shown by `list`. */
import type { Engine } from '../engine/engine';
import type { JobRecord } from '../engine/store/job-records';
import { UsageError } from './io';

export function findJob(engine: Engine, reference: string | undefined): JobRecord {
  if (!reference) throw new UsageError('name the fax: its id, or the first 8 characters shown by `faxdesk list`');
  const exact = engine.jobs.get(reference);
  if (exact) return exact;
  if (reference.length >= 4 && /^[0-9a-f-]+$/i.test(reference)) {
    const matches = engine.jobs.withIdPrefix(reference);
    if (matches.length === 1 && matches[0]) return matches[0];
    if (matches.length > 1) throw new UsageError(`"${reference}" matches more than one fax; give more characters`);
  }
  throw new UsageError(`no fax "${reference}" in the history (see \`faxdesk list\`)`);
}
