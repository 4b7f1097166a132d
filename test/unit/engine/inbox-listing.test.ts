/**
 * Listing the account's received faxes (inbox/inbox-listing.ts) against a fake Telnyx whose
 * list a test controls: the cursor and its overlap, the first listing's history read over
 * several passes, paging, repeats known by their id, the throttle, and the number filter.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InboxIntake } from '../../../main/engine/inbox/inbox-intake';
import { InboxListing } from '../../../main/engine/inbox/inbox-listing';
import { defaultOutboxPolicy, type OutboxPolicy } from '../../../main/engine/outbox/policy';
import { openDatabase, type Db } from '../../../main/engine/store/database';
import { ReceivedHistory } from '../../../main/engine/store/received-history';
import { ReceivedList } from '../../../main/engine/store/received-list';
import { ReceivedTable } from '../../../main/engine/store/received-table';
import { SyncCursors } from '../../../main/engine/store/sync-cursors';
import type { ListFaxesFilter, TelnyxClient } from '../../../main/engine/telnyx/client';
import type { TelnyxFax } from '../../../main/engine/telnyx/shapes';
import { defaultSettings, type Settings } from '../../../domain/settings';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.parse('2026-11-30T12:00:00Z');

/** A fake account: faxes with a created_at, each visible in the list from `listedAt` on. */
class FakeAccount {
  faxes: Array<TelnyxFax & { listedAt: number }> = [];
  now = T0;
  requests: ListFaxesFilter[] = [];

  add(id: string, createdAt: number, options: { listedAt?: number; to?: string } = {}): void {
    this.faxes.push({
      id,
      direction: 'inbound',
      from: '+13125550100',
      to: options.to ?? '+12025550180',
      status: 'received',
      created_at: new Date(createdAt).toISOString(),
      listedAt: options.listedAt ?? createdAt,
    });
  }

  client(): TelnyxClient {
    const listFaxes = (filter: ListFaxesFilter, page: number, size: number) => {
      this.requests.push(filter);
      const at = (fax: TelnyxFax) => Date.parse(fax.created_at ?? '');
      const { gt, lte } = filter.created_at ?? {};
      const matching = this.faxes
        .filter((fax) => fax.listedAt <= this.now)
        .filter(
          (fax) => (gt === undefined || at(fax) > Date.parse(gt)) && (lte === undefined || at(fax) <= Date.parse(lte)),
        )
        .sort((a, b) => at(b) - at(a));
      const totalPages = Math.max(1, Math.ceil(matching.length / size));
      return Promise.resolve({ faxes: matching.slice((page - 1) * size, page * size), totalPages });
    };
    return { listFaxes } as unknown as TelnyxClient;
  }
}

let dir: string;
let db: Db;
let account: FakeAccount;
let settings: Settings;
let table: ReceivedTable;
let listing: InboxListing;
let monotonic = 0;

function build(policy: Partial<OutboxPolicy> = {}) {
  const now = () => account.now;
  const full = { ...defaultOutboxPolicy, inboxPageSize: 3, inboxHistoryPagesPerPass: 2, ...policy };
  table = new ReceivedTable(db, now);
  const intake = new InboxIntake({ table, settings: () => settings, policy: full, now, changed: () => undefined });
  listing = new InboxListing({
    cursors: new SyncCursors(db, now),
    history: new ReceivedHistory(db, now),
    intake,
    policy: full,
    monotonic: () => monotonic,
    random: () => 0,
  });
}

const kept = () =>
  new ReceivedList(db)
    .list({ limit: 1000 })
    .map((fax) => fax.telnyxFaxId)
    .sort();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-inbox-listing-'));
  db = openDatabase(join(dir, 'faxdesk.db'));
  account = new FakeAccount();
  settings = { ...defaultSettings };
  monotonic = 0;
  build();
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('listing received faxes', () => {
  it('reads the whole history a few pages per pass, newest first, and then only what is new', async () => {
    for (let i = 0; i < 10; i++) account.add(`old-${i}`, T0 - (i + 1) * HOUR);
    const client = account.client();
    // 10 faxes, 3 a page, 2 pages a pass: the history takes two passes.
    expect(await listing.list(client, true)).toBe(2);
    expect(kept()).toHaveLength(6);
    expect(new SyncCursors(db, () => 0).get('inbound')).toBe(T0 - HOUR);
    await listing.list(client, true);
    expect(kept()).toHaveLength(10);
    expect(new ReceivedHistory(db, () => 0).get().finished).toBe(true);
    // From now on one request a listing: the new faxes after the cursor less the overlap.
    account.requests = [];
    account.add('new-1', T0 + MINUTE);
    account.now = T0 + 2 * MINUTE;
    expect(await listing.list(client, true)).toBe(1);
    expect(account.requests[0]?.created_at?.gt).toBe(new Date(T0 - HOUR - 10 * MINUTE).toISOString());
    expect(kept()).toContain('new-1');
  });

  it('goes on with the history after a restart from the oldest fax it reached', async () => {
    for (let i = 0; i < 8; i++) account.add(`old-${i}`, T0 - (i + 1) * MINUTE);
    await listing.list(account.client(), true);
    build(); // a new process on the same records
    await listing.list(account.client(), true);
    expect(kept()).toHaveLength(8);
  });

  it('takes a fax Telnyx lists late when it is inside the overlap, and knows repeats by their id', async () => {
    account.add('first', T0);
    await listing.list(account.client(), true);
    // Created before the newest seen, but listed only now: inside the 10-minute overlap.
    account.add('late', T0 - 5 * MINUTE, { listedAt: T0 + MINUTE });
    account.add('second', T0 + 30_000);
    account.now = T0 + MINUTE;
    await listing.list(account.client(), true);
    expect(kept()).toEqual(['first', 'late', 'second']);
    await listing.list(account.client(), true);
    expect(new ReceivedList(db).count({})).toBe(3);
    expect(table.events(table.byTelnyxId('first')?.id ?? '')).toHaveLength(1);
  });

  it('takes a fax created after one listing, but not listed yet, at the next', async () => {
    account.add('first', T0);
    await listing.list(account.client(), true);
    account.add('between', T0 + 10_000, { listedAt: T0 + 3 * MINUTE });
    account.now = T0 + MINUTE;
    await listing.list(account.client(), true);
    expect(kept()).toEqual(['first']);
    account.now = T0 + 3 * MINUTE;
    await listing.list(account.client(), true);
    expect(kept()).toEqual(['between', 'first']);
  });

  it('lists no more often than the policy says unless asked', async () => {
    build({ inboxListEveryMs: 20_000 });
    const client = account.client();
    await listing.list(client, false);
    monotonic += 5_000;
    expect(await listing.list(client, false)).toBe(0);
    expect(await listing.list(client, true)).toBe(1);
    monotonic += 20_000;
    expect(await listing.list(client, false)).toBe(1);
  });

  it('keeps only faxes to the numbers this desk shows', async () => {
    settings = { ...settings, inboxNumbers: ['+12025550181'] };
    account.add('to-mine', T0, { to: '+12025550181' });
    account.add('to-another', T0 - MINUTE, { to: '+12025550180' });
    await listing.list(account.client(), true);
    expect(kept()).toEqual(['to-mine']);
  });
});
