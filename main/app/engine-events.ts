/**
 * Forwards the engine's events to the page. Connectivity changes with every request, so it
 * is sent only when something a person would see changes: online or offline, a rate-limit
 * pause, or the minute of "last checked with Telnyx".
 */
import type { EventName, Events } from '../../preload/contract';
import type { Engine } from '../engine/engine';
import type { InboxApi } from '../engine/inbox/inbox-api';
import { toReceivedFaxSummary } from './inbox-dto';
import { toConnectivityStatus, toJobSummary } from './job-dto';

export function forwardEngineEvents(
  engine: Engine,
  emit: <E extends EventName>(event: E, payload: Events[E]) => void,
  inbox: InboxApi = engine.inbox,
): () => void {
  const offJobs = engine.jobs.onUpdated((job) => emit('job.updated', toJobSummary(job)));
  // Every change to a received fax: new, status, archived, read or unread (here or by the command line).
  const offInbox = inbox.onUpdated((fax) => emit('inbox.updated', toReceivedFaxSummary(fax)));
  const offDeleted = engine.jobs.onDeleted((id) => emit('job.deleted', { id }));
  // Saved, removed or imported here or by the command line: the address book and Send's suggestions read again.
  const offContacts = engine.contacts.onChanged(() => emit('contacts.changed', null));
  let shown = '';
  const offConnectivity = engine.connectivity.onChange((state) => {
    const status = toConnectivityStatus(state);
    const visible = JSON.stringify([
      status.online,
      status.pausedUntil,
      Math.floor((status.lastContactAt ?? 0) / 60_000),
    ]);
    if (visible === shown) return;
    shown = visible;
    emit('connectivity.changed', status);
  });
  return () => {
    offJobs();
    offInbox();
    offDeleted();
    offContacts();
    offConnectivity();
  };
}
