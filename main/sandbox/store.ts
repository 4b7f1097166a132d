/**
 * The sandbox account's data, in memory: faxes, stored media, the fax application and the
 * phone numbers. Media past its expiry is treated as gone everywhere (404, free name).
 *
 * The app keeps its sandbox running for as long as "Try without an account" is on, so what it
 * holds is bounded (SandboxLimits): finished faxes are forgotten after a while, and past a count
 * or a number of bytes the oldest faxes (finished ones first) and the oldest media make room.
 * Telnyx keeps more for longer; a client of the sandbox sees an old fax or file go as a 404.
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

export interface SandboxLimits {
  /** Faxes kept; past it the oldest go, finished ones first. */
  maxFaxes: number;
  /** Bytes of received documents kept with inbound faxes; past it the oldest faxes go likewise. */
  maxFaxBytes: number;
  /** A finished fax created longer ago than this is forgotten. Faxes in progress always stay. */
  finishedFaxLifetimeMs: number;
  /** Media files kept (they expire by their ttl_secs as well); past it the oldest go. */
  maxMedia: number;
  /** Bytes of media kept; past it the oldest files go. */
  maxMediaBytes: number;
  /** Destinations remembered for the busy-the-first-time test number. */
  maxDialled: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_SANDBOX_LIMITS: SandboxLimits = {
  maxFaxes: 10_000,
  maxFaxBytes: 256 * MIB,
  finishedFaxLifetimeMs: 7 * 24 * 60 * 60 * 1000,
  maxMedia: 1_000,
  // Room for several files of the largest size an upload may have (20 MiB).
  maxMediaBytes: 512 * MIB,
  maxDialled: 10_000,
};

/** A Set that forgets its oldest entries past `max`. */
class RecentSet<T> extends Set<T> {
  constructor(private readonly max: number) {
    super();
  }

  override add(value: T): this {
    this.delete(value);
    super.add(value);
    for (const oldest of this) {
      if (this.size <= this.max) break;
      this.delete(oldest);
    }
    return this;
  }
}

export class SandboxStore {
  readonly faxApplications: FaxApplicationResource[] = seedFaxApplications();
  readonly phoneNumbers: PhoneNumberResource[] = seedPhoneNumbers();
  /** Destinations dialled so far, for the busy-the-first-time test number. */
  readonly dialled: Set<string>;
  private readonly limits: SandboxLimits;
  /** In creation order: the first entries are the oldest. */
  private readonly faxes = new Map<string, FaxRecord>();
  private readonly media = new Map<string, MediaRecord>();
  /** Bytes of received documents held by `faxes`, kept as they come and go. */
  private faxBytes = 0;
  private nextSeq = 1;

  constructor(
    private readonly now: () => number,
    limits: Partial<SandboxLimits> = {},
  ) {
    this.limits = { ...DEFAULT_SANDBOX_LIMITS, ...limits };
    this.dialled = new RecentSet<string>(this.limits.maxDialled);
  }

  addFax(record: Omit<FaxRecord, 'seq'>): FaxRecord {
    const stored: FaxRecord = { ...record, seq: this.nextSeq++ };
    this.deleteFax(stored.fax.id);
    this.faxes.set(stored.fax.id, stored);
    this.faxBytes += stored.receivedPdf?.length ?? 0;
    this.forgetOldFaxes();
    this.makeRoomForFaxes(stored);
    return stored;
  }

  /** Gives an inbound fax the document it received, once drawn; false when the fax has gone meanwhile. */
  attachReceivedPdf(record: FaxRecord, pdf: Buffer): boolean {
    if (this.faxes.get(record.fax.id) !== record) return false;
    this.faxBytes += pdf.length - (record.receivedPdf?.length ?? 0);
    record.receivedPdf = pdf;
    this.makeRoomForFaxes(record);
    return true;
  }

  fax(id: string): FaxRecord | undefined {
    const record = this.faxes.get(id);
    if (record && this.isForgotten(record)) {
      this.deleteFax(id);
      return undefined;
    }
    return record;
  }

  deleteFax(id: string): boolean {
    const record = this.faxes.get(id);
    if (!record) return false;
    record.stopTimer?.();
    this.faxBytes -= record.receivedPdf?.length ?? 0;
    return this.faxes.delete(id);
  }

  /** Every fax, newest first (the order Telnyx lists them in). */
  allFaxes(): FaxRecord[] {
    this.forgetOldFaxes();
    return [...this.faxes.values()].sort((a, b) => b.createdAtMs - a.createdAtMs || b.seq - a.seq);
  }

  /** Outbound faxes Telnyx would still be working on: what its 2000-in-flight cap counts. */
  outboundInFlight(): number {
    let count = 0;
    for (const record of this.faxes.values()) if (record.fax.direction === 'outbound' && !isFinal(record)) count++;
    return count;
  }

  /** Adds or replaces media by name, then lets expired and, past the limits, the oldest files go. */
  addMedia(media: MediaRecord): void {
    this.media.set(media.name, media);
    for (const [name, stored] of this.media) if (stored.expiresAtMs <= this.now()) this.media.delete(name);
    let bytes = 0;
    for (const stored of this.media.values()) bytes += stored.bytes.length;
    for (const [name, oldest] of this.media) {
      if (this.media.size <= this.limits.maxMedia && bytes <= this.limits.maxMediaBytes) break;
      if (oldest === media) continue;
      this.media.delete(name);
      bytes -= oldest.bytes.length;
    }
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

  private isForgotten(record: FaxRecord): boolean {
    return isFinal(record) && record.createdAtMs <= this.now() - this.limits.finishedFaxLifetimeMs;
  }

  /**
   * Faxes are held in creation order, so the scan stops at the first one young enough to keep:
   * it only ever passes the old ones (forgotten now, or still in progress).
   */
  private forgetOldFaxes(): void {
    const cutoff = this.now() - this.limits.finishedFaxLifetimeMs;
    for (const [id, record] of this.faxes) {
      if (record.createdAtMs > cutoff) return;
      if (isFinal(record)) this.deleteFax(id);
    }
  }

  /**
   * Past the count or bytes, the oldest finished faxes go, then the oldest of all; never `kept`.
   * Once over, it makes room for a tenth more, so the scan past faxes still in progress (at
   * the front, being the oldest) runs once per many faxes rather than on every one.
   */
  private makeRoomForFaxes(kept: FaxRecord): void {
    const { maxFaxes, maxFaxBytes } = this.limits;
    if (this.faxes.size <= maxFaxes && this.faxBytes <= maxFaxBytes) return;
    const [count, bytes] = [lowWater(maxFaxes), lowWater(maxFaxBytes)];
    const over = () => this.faxes.size > count || this.faxBytes > bytes;
    for (const finishedOnly of [true, false]) {
      for (const [id, record] of this.faxes) {
        if (!over()) return;
        if (record === kept || (finishedOnly && !isFinal(record))) continue;
        this.deleteFax(id);
      }
    }
  }
}

/** A limit less a tenth of it: where making room stops. */
function lowWater(limit: number): number {
  return Number.isFinite(limit) ? limit - Math.floor(limit / 10) : limit;
}
