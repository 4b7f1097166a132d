/**
 * What the tray and the dock or taskbar badge say: the unread received faxes, and the sent faxes
 * that need the person — failed since Faxdesk started, or unconfirmed (those wait for a person
 * whenever they began). The tally follows the engine's changes; the label and the badge number
 * follow from its counts. Plain TypeScript, tested without Electron.
 */
import type { JobOrigin } from '../../../domain/job-origin';
import type { JobStatus } from '../../../domain/job-status';

export interface TrayCounts {
  unread: number;
  failed: number;
  unconfirmed: number;
}

interface SentFax {
  id: string;
  status: JobStatus;
  origin: JobOrigin;
}

/** The sent faxes that need the person, by id. */
export class AttentionTally {
  private readonly failed = new Set<string>();
  private readonly unconfirmed = new Set<string>();

  /** A fax changed (or was open at start): it counts while it is failed or unconfirmed. */
  apply(job: SentFax): void {
    this.forget(job.id);
    if (job.origin !== 'desk') return;
    if (job.status === 'failed') this.failed.add(job.id);
    if (job.status === 'unconfirmed') this.unconfirmed.add(job.id);
  }

  forget(id: string): void {
    this.failed.delete(id);
    this.unconfirmed.delete(id);
  }

  counts(unread: number): TrayCounts {
    return { unread, failed: this.failed.size, unconfirmed: this.unconfirmed.size };
  }
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The tray's tooltip, and the first line of its menu. */
export function trayLabel(counts: TrayCounts): string {
  const parts = [
    counts.unread > 0 ? plural(counts.unread, 'unread fax', 'unread faxes') : null,
    counts.failed > 0 ? plural(counts.failed, 'fax not delivered', 'faxes not delivered') : null,
    counts.unconfirmed > 0 ? plural(counts.unconfirmed, 'fax unconfirmed', 'faxes unconfirmed') : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? 'Faxdesk: nothing needs you' : `Faxdesk: ${parts.join(', ')}`;
}

/** The dock or taskbar number: everything that asks for the person; 0 shows none. */
export function badgeCount(counts: TrayCounts): number {
  return counts.unread + counts.failed + counts.unconfirmed;
}
