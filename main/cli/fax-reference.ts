/**
 * A fax named on the command line for `show` and `save`, in either direction: a sent job or a
 * received fax, by its full id or the first characters shown by `list` or `inbox`.
 */
import type { Engine } from '../engine/engine';
import type { ReceivedFax } from '../engine/inbox/inbox-api';
import type { JobRecord } from '../engine/store/job-records';
import { UsageError } from './io';

export type FaxReference = { kind: 'sent'; job: JobRecord } | { kind: 'received'; fax: ReceivedFax };

/** What the lookup needs: the history's jobs and, when Faxdesk receives, the inbox. */
export interface FaxLookup {
  job(id: string): JobRecord | null;
  jobsWithPrefix(prefix: string): JobRecord[];
  received(idOrPrefix: string): ReceivedFax | null;
}

export function findFax(lookup: FaxLookup, reference: string | undefined): FaxReference {
  if (!reference) {
    throw new UsageError('name the fax: its id, or the first 8 characters shown by `faxdesk list` or `faxdesk inbox`');
  }
  const exact = lookup.job(reference);
  if (exact) return { kind: 'sent', job: exact };
  const typed = reference.length >= 4 && /^[0-9a-f-]+$/i.test(reference);
  const sent = typed ? lookup.jobsWithPrefix(reference) : [];
  const received = lookup.received(reference);
  if (sent.length + (received ? 1 : 0) > 1) {
    throw new UsageError(`"${reference}" matches more than one fax; give more characters`);
  }
  if (sent[0]) return { kind: 'sent', job: sent[0] };
  if (received) return { kind: 'received', fax: received };
  throw new UsageError(`no fax "${reference}" sent or received (see \`faxdesk list\` and \`faxdesk inbox\`)`);
}

/** The engine's sent and received faxes, as findFax looks them up. */
export function faxLookupOf(engine: Engine): FaxLookup {
  return {
    job: (id) => engine.jobs.get(id),
    jobsWithPrefix: (prefix) => engine.jobs.withIdPrefix(prefix),
    received: (idOrPrefix) => engine.inbox.get(idOrPrefix),
  };
}
