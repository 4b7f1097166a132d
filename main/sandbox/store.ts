/**
 * The sandbox account's data, in memory: faxes, stored media, the fax application and the
 * phone numbers. Media past its expiry is treated as gone everywhere (404, free name).
 */
import type { FaxRecord } from './fax-record';
import { isFinal } from './fax-record';
import { isoTime } from './scheduler';
import type { FaxApplicationResource, PhoneNumberResource } from './seed';
import { seedFaxApplications, seedPhoneNumbers } from './seed';

export interface MediaRecord {
  name: string;
  contentType: string;
  bytes: Buffer;
  createdAtMs: number;
  updatedAtMs: number;
  expiresAtMs: number;
}

/** MediaResource as the spec shows it. */
export interface MediaResource {
  media_name: string;
  content_type: string;
  created_at: string;
  updated_at: string;
  expires_at: string;
}

export function mediaResource(media: MediaRecord): MediaResource {
  return {
    media_name: media.name,
    content_type: media.contentType,
    created_at: isoTime(media.createdAtMs),
    updated_at: isoTime(media.updatedAtMs),
    expires_at: isoTime(media.expiresAtMs),
  };
}

export class SandboxStore {
  readonly faxApplications: FaxApplicationResource[] = seedFaxApplications();
  readonly phoneNumbers: PhoneNumberResource[] = seedPhoneNumbers();
  /** Destinations dialled so far, for the busy-the-first-time test number. */
  readonly dialled = new Set<string>();
  private readonly faxes = new Map<string, FaxRecord>();
  private readonly media = new Map<string, MediaRecord>();
  private nextSeq = 1;

  constructor(private readonly now: () => number) {}

  addFax(record: Omit<FaxRecord, 'seq'>): FaxRecord {
    const stored: FaxRecord = { ...record, seq: this.nextSeq++ };
    this.faxes.set(stored.fax.id, stored);
    return stored;
  }

  fax(id: string): FaxRecord | undefined {
    return this.faxes.get(id);
  }

  deleteFax(id: string): boolean {
    const record = this.faxes.get(id);
    if (!record) return false;
    record.stopTimer?.();
    return this.faxes.delete(id);
  }

  /** Every fax, newest first (the order Telnyx lists them in). */
  allFaxes(): FaxRecord[] {
    return [...this.faxes.values()].sort((a, b) => b.createdAtMs - a.createdAtMs || b.seq - a.seq);
  }

  /** Outbound faxes Telnyx would still be working on: what its 2000-in-flight cap counts. */
  outboundInFlight(): number {
    let count = 0;
    for (const record of this.faxes.values()) if (record.fax.direction === 'outbound' && !isFinal(record)) count++;
    return count;
  }

  addMedia(media: MediaRecord): void {
    this.media.set(media.name, media);
  }

  /** The media named `name`, unless it never existed or has expired. */
  mediaNamed(name: string): MediaRecord | undefined {
    const media = this.media.get(name);
    if (media && media.expiresAtMs <= this.now()) {
      this.media.delete(name);
      return undefined;
    }
    return media;
  }

  deleteMedia(name: string): boolean {
    return this.mediaNamed(name) !== undefined && this.media.delete(name);
  }

  /** Live media, newest first. */
  allMedia(): MediaRecord[] {
    return [...this.media.keys()]
      .map((name) => this.mediaNamed(name))
      .filter((m): m is MediaRecord => m !== undefined)
      .sort((a, b) => b.createdAtMs - a.createdAtMs);
  }

  stopAllTimers(): void {
    for (const record of this.faxes.values()) record.stopTimer?.();
  }
}
