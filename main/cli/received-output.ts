/**
 * How received faxes look on the command line: one line each for people, stable objects for
 * --json (field names are part of the CLI's contract with scripts, beside the sent ones).
 */
import type { ReceivedFax, ReceivedFaxEvent } from '../engine/inbox/inbox-api';
import { shortId } from './job-output';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** `archived`: the document is on disk here. `read` is this desk's own: read/unread is not shared through Telnyx. */
export function receivedJson(fax: ReceivedFax) {
  return {
    ...fax,
    receivedAt: iso(fax.receivedAt),
    nextDownloadAt: iso(fax.nextDownloadAt),
    createdAt: iso(fax.createdAt),
    updatedAt: iso(fax.updatedAt),
    archived: fax.archiveState === 'archived',
  };
}

export function receivedTimelineJson(events: ReceivedFaxEvent[]) {
  return events.map((event) => ({ at: iso(event.at), status: event.status, detail: event.detail }));
}

/** `3f2a9c1d  2026-11-30 14:02  from +13125550100  2p  received  unread`, with what is missing said in words. */
export function receivedLine(fax: ReceivedFax): string {
  const when = new Date(fax.receivedAt).toISOString().replace('T', ' ').slice(0, 16);
  const pages = fax.pages === null ? '  –' : String(fax.pages).padStart(3);
  const read = fax.read ? '' : '  unread';
  const sandbox = fax.sandbox ? '  [sandbox — nothing was faxed]' : '';
  const from = fax.senderName ? `${fax.from} (${fax.senderName})` : fax.from;
  return `${shortId(fax.id)}  ${when}  from ${from.padEnd(16)} ${pages}p  ${fax.status}${read}${documentNote(fax)}${sandbox}`;
}

function documentNote(fax: ReceivedFax): string {
  if (fax.failureText) return ` — ${fax.failureText}`;
  switch (fax.archiveState) {
    case 'downloading':
      return ' — document not downloaded yet, will retry';
    case 'none':
      return ' — no document';
    default:
      return fax.partial ? ' — only part of the fax arrived' : '';
  }
}
