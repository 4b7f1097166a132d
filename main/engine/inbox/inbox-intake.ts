/**
 * Where every look at an inbound fax lands — a listing, a retrieve while it is being received,
 * the retrieve before a download: a fax never seen is kept (once, by its Telnyx id), one
 * already kept is brought up to date. Faxes to numbers this desk does not show
 * (Settings: inboxNumbers) are not kept. The signed link of a received fax is held in memory
 * for the download that follows at once; it is never written down, and it expires anyway.
 */
import type { Settings } from '../../../domain/settings';
import type { OutboxPolicy } from '../outbox/policy';
import type { ReceivedRecord } from '../store/received-records';
import type { ReceivedTable } from '../store/received-table';
import type { TelnyxFax } from '../telnyx/shapes';
import { firstRecord, observedChange, readInbound } from './received-observation';

export interface InboxIntakeDeps {
  table: ReceivedTable;
  settings: () => Settings;
  policy: Pick<OutboxPolicy, 'pollMinMs' | 'pollMaxMs'>;
  now: () => number;
  changed: (fax: ReceivedRecord) => void;
  /** The address book's name for the sender's number, kept with the fax when it is first seen. */
  nameFor?: (number: string) => string | null;
  /** The desk's time zone, kept with the fax when it is first seen (its report's times read in it). */
  timeZone?: string;
}

/** A link older than this is asked for again before downloading: Telnyx documents 10 minutes. */
const LINK_FRESH_MS = 5 * 60_000;
/** Links held at once; past it the oldest go (a download then asks Telnyx for the link again). */
const MOST_LINKS = 1_000;

export class InboxIntake {
  private readonly links = new Map<string, { url: string; at: number }>();

  constructor(private readonly deps: InboxIntakeDeps) {}

  /** Keeps or updates the fax; null when it is not one this desk keeps. */
  see(telnyxFax: TelnyxFax): ReceivedRecord | null {
    const { table, settings, now, changed } = this.deps;
    const fax = readInbound(telnyxFax);
    if (!fax) return null;
    const numbers = settings().inboxNumbers;
    const at = now();
    if (fax.mediaUrl && fax.status === 'received') this.remember(fax.telnyxFaxId, fax.mediaUrl, at);
    const kept = table.byTelnyxId(fax.telnyxFaxId);
    if (!kept) {
      if (numbers.length > 0 && !numbers.includes(fax.to)) return null;
      const first = firstRecord(fax, { now: at, nextCheckAt: at + this.deps.policy.pollMinMs }, settings().sandboxMode);
      const asItWas = { senderName: this.deps.nameFor?.(fax.from) ?? null, timeZone: this.deps.timeZone ?? null };
      const added = table.add({ ...first.record, ...asItWas }, first.detail);
      if (added) changed(added);
      return added ?? table.byTelnyxId(fax.telnyxFaxId);
    }
    const change = observedChange(kept, fax, { now: at, nextCheckAt: at + this.followDelay(kept, at) });
    if (!change) return kept;
    const updated = table.update(kept.id, change.patch, change.detail ?? undefined);
    // Only the schedule of the next check moved: nothing the inbox shows has changed.
    const shown = Object.keys(change.patch).some((field) => field !== 'nextCheckAt' && field !== 'lastConfirmedAt');
    if (shown) changed(updated);
    return updated;
  }

  /** The link last seen for a received fax, while it is fresh; taken, so it is used once. */
  takeLink(telnyxFaxId: string): string | null {
    const link = this.links.get(telnyxFaxId);
    this.links.delete(telnyxFaxId);
    return link && this.deps.now() - link.at < LINK_FRESH_MS ? link.url : null;
  }

  private remember(telnyxFaxId: string, url: string, at: number): void {
    this.links.delete(telnyxFaxId);
    this.links.set(telnyxFaxId, { url, at });
    for (const oldest of this.links.keys()) {
      if (this.links.size <= MOST_LINKS) break;
      this.links.delete(oldest);
    }
  }

  /** Soon at first, then less often the longer Telnyx takes. */
  private followDelay(fax: ReceivedRecord, at: number): number {
    const { pollMinMs, pollMaxMs } = this.deps.policy;
    return Math.min(pollMaxMs, Math.max(pollMinMs, Math.round((at - fax.createdAt) / 4)));
  }
}
