/**
 * The listing of the account's outbound faxes: this desk's own are recognised by client_state
 * (even listed before the attempt heard its fax id), others become jobs sent from elsewhere with
 * Telnyx's status in ours, deleted ones stay deleted, the cursor only moves when a listing
 * finishes, and a document is kept only when downloaded from a link Faxdesk may fetch and read as a PDF.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineProcessor } from '../../../main/engine/documents/processor';
import { OutboundElsewhere } from '../../../main/engine/inbox/outbound-elsewhere';
import { clientStateFor } from '../../../main/engine/outbox/submitter';
import { openDatabase, type Db } from '../../../main/engine/store/database';
import { DocumentArchive } from '../../../main/engine/store/document-archive';
import type { JobRecord } from '../../../main/engine/store/job-records';
import { JobStore } from '../../../main/engine/store/job-store';
import { SyncCursors } from '../../../main/engine/store/sync-cursors';
import type { TelnyxClient } from '../../../main/engine/telnyx/client';
import type { TelnyxFax } from '../../../main/engine/telnyx/shapes';
import { newJob } from '../../support/new-job';
import { textPdf } from '../../support/pdf-samples';

let dir: string;
let db: Db;
let store: JobStore;
let listed: TelnyxFax[];
let requests: number;
let changed: JobRecord[];
const NOW = Date.parse('2026-11-30T12:00:00Z');
let clock: number;
/** What GET /v2/faxes/{id} answers, by id. */
let retrieved: Map<string, TelnyxFax>;

const fakeClient = {
  // The sandbox's place: on this computer, so plain http links on this computer are fetched too.
  apiBase: 'http://127.0.0.1:1/v2',
  listFaxes: (_filter: unknown, page: number) => {
    requests++;
    return Promise.resolve({ faxes: page === 1 ? listed : [], totalPages: 1 });
  },
  retrieveFax: (id: string) => {
    const found = retrieved.get(id);
    return found ? Promise.resolve(found) : Promise.reject(new Error('not found'));
  },
} as unknown as TelnyxClient;

function listing() {
  return new OutboundElsewhere(
    {
      store,
      cursors: new SyncCursors(db, () => NOW),
      archive: new DocumentArchive(dir),
      client: () => Promise.resolve(fakeClient),
      inspect: (file) => inlineProcessor().inspect(file),
      sandbox: () => false,
      now: () => clock,
      log: () => undefined,
      changed: (job) => changed.push(job),
    },
    { everyMs: 30_000 },
  );
}

const fax = (id: string, patch: Partial<TelnyxFax> = {}): TelnyxFax => ({
  id,
  direction: 'outbound',
  to: '+13125550199',
  from: '+12025550181',
  connection_id: 'c-other',
  quality: 'high',
  status: 'delivered',
  page_count: 2,
  created_at: new Date(NOW - 60_000).toISOString(),
  failure_reason: undefined,
  ...patch,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faxdesk-elsewhere-'));
  db = openDatabase(join(dir, 'faxdesk.db'));
  store = new JobStore(db, () => NOW);
  listed = [];
  retrieved = new Map();
  clock = NOW;
  requests = 0;
  changed = [];
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function ownFaxInFlight(): { job: JobRecord; attemptId: string } {
  const documentId = store.addDocument({ sha256: 'a', path: 'p', pages: 1, bytes: 1, sourceNames: [] });
  const [job] = store.createJobs([newJob(documentId)]);
  if (!job) throw new Error('no job');
  // The attempt is written before the fax is created; it has not heard the fax id yet.
  const attempt = store.startAttempt(job.id, { status: 'submitting' }, { detail: 'Sending to Telnyx.' });
  store.updateAttempt(attempt.id, { phase: 'posting' });
  return { job, attemptId: attempt.id };
}

describe('faxes sent from elsewhere', () => {
  it('never shows this desk’s own fax twice, even listed before its attempt knows the fax id', async () => {
    const { attemptId } = ownFaxInFlight();
    listed = [fax('own-fax', { status: 'queued', client_state: clientStateFor(attemptId) })];
    expect(await listing().run(true)).toEqual([]);
    // Once the attempt has its id, the same fax without client_state is still recognised.
    store.updateAttempt(attemptId, { phase: 'submitted', telnyxFaxId: 'own-fax' });
    listed = [fax('own-fax')];
    expect(await listing().run(true)).toEqual([]);
    expect(store.count({})).toBe(1);
  });

  it('adds the others once, with Telnyx’s status in Faxdesk’s words, however often the overlap lists them', async () => {
    listed = [
      fax('delivered-one', { client_state: clientStateFor('9b2f3c1e-0000-4000-8000-000000000000') }),
      fax('failed-one', { status: 'failed', failure_reason: 'user_busy', page_count: undefined }),
      fax('in-flight', { status: 'originated', page_count: undefined }),
    ];
    const pass = listing();
    const added = await pass.run(true);
    expect(added.map((job) => [job.telnyxFaxId, job.origin, job.status, job.pages, job.documentId])).toEqual([
      ['delivered-one', 'elsewhere', 'delivered', 2, null],
      ['failed-one', 'elsewhere', 'failed', null, null],
      ['in-flight', 'elsewhere', 'sending', null, null],
    ]);
    const failed = added[1];
    expect(failed?.failureReason).toBe('user_busy');
    expect(store.events(failed?.id ?? '').map((e) => e.detail)).toEqual([
      'Sent from elsewhere on your Telnyx account (another desk, a script or the portal). The line was busy.',
      'Telnyx gave no copy of its document, so Faxdesk has none to show.',
    ]);
    // The in-flight one is the Tracker's to follow, now.
    expect(store.inFlight().map((job) => job.telnyxFaxId)).toEqual(['in-flight']);

    // The throttle holds back an unforced pass; a forced one sees them again and adds nothing.
    expect(await pass.run(false)).toEqual([]);
    expect(requests).toBe(1);
    expect(await pass.run(true)).toEqual([]);
    expect(store.count({})).toBe(3);
    expect(new SyncCursors(db, () => NOW).get('outbound')).toBe(NOW - 60_000);
  });

  it('does not bring back a fax deleted from the history, from elsewhere or this desk’s own', async () => {
    listed = [fax('theirs')];
    const [theirs] = await listing().run(true);
    store.deleteJob(theirs?.id ?? '');

    const { job, attemptId } = ownFaxInFlight();
    store.updateAttempt(attemptId, { phase: 'final', telnyxFaxId: 'mine' });
    store.deleteJob(job.id);

    listed = [fax('theirs'), fax('mine', { client_state: clientStateFor(attemptId) })];
    expect(await listing().run(true)).toEqual([]);
    expect(store.count({})).toBe(0);
  });

  it('keeps a document it may fetch and read, and says when there is none', async () => {
    const pdf = await textPdf(3);
    const server: Server = createServer((_request, response) => response.end(Buffer.from(pdf)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      listed = [
        fax('with-document', { stored_media_url: `http://127.0.0.1:${port}/signed/doc.pdf` }),
        fax('insecure-link', { media_url: 'http://files.example.com/doc.pdf' }),
      ];
      const [kept, refused] = await listing().run(true);
      expect(kept).toMatchObject({ pages: 3, origin: 'elsewhere' });
      expect(kept?.documentId).not.toBeNull();
      expect(store.events(kept?.id ?? '').at(-1)?.detail).toBe('Its document was kept (3 pages).');
      expect(refused?.documentId).toBeNull();
      expect(store.events(refused?.id ?? '').at(-1)?.detail).toMatch(
        /^Faxdesk could not keep its document\. .*only over https/,
      );
      expect(changed.filter((job) => job.telnyxFaxId === 'with-document').at(-1)?.documentId).not.toBeNull();
    } finally {
      server.close();
    }
  });

  it('refuses a download that is not a readable PDF', async () => {
    const server: Server = createServer((_request, response) => response.end('<html>not a fax</html>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      listed = [fax('not-a-pdf', { stored_media_url: `http://127.0.0.1:${port}/x.pdf` })];
      const [job] = await listing().run(true);
      expect(job?.documentId).toBeNull();
      expect(store.events(job?.id ?? '').at(-1)?.detail).toBe(
        'Faxdesk could not keep its document. It could not be read as a fax document.',
      );
    } finally {
      server.close();
    }
  });

  it('looks again for the document of a fax that was still going out, once it has ended', async () => {
    const pdf = await textPdf(2);
    const server: Server = createServer((_request, response) => response.end(Buffer.from(pdf)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      listed = [fax('going-out', { status: 'sending', page_count: undefined })];
      const pass = listing();
      const [job] = await pass.run(true);
      expect(job?.documentId).toBeNull();
      expect(store.events(job?.id ?? '').at(-1)?.detail).toBe(
        'Telnyx gives no copy of its document yet; Faxdesk will look again.',
      );

      // Still going out a minute later: looked at, not counted as a try.
      retrieved.set('going-out', fax('going-out', { status: 'sending' }));
      clock += 60_000;
      await pass.run(true);
      expect(store.require(job?.id ?? '').documentId).toBeNull();

      // Delivered, with its document: kept.
      retrieved.set('going-out', fax('going-out', { stored_media_url: `http://127.0.0.1:${port}/signed/doc.pdf` }));
      clock += 60_000;
      await pass.run(true);
      expect(store.require(job?.id ?? '').documentId).not.toBeNull();
      expect(store.events(job?.id ?? '').at(-1)?.detail).toBe('Its document was kept (2 pages).');
    } finally {
      server.close();
    }
  });

  it('gives up on a document Telnyx never offers, and says so once', async () => {
    listed = [fax('never', { status: 'sending', page_count: undefined })];
    const pass = listing();
    const [job] = await pass.run(true);
    retrieved.set('never', fax('never'));
    for (let i = 0; i < 5; i++) {
      clock += 60 * 60_000;
      await pass.run(true);
    }
    const notes = store.events(job?.id ?? '').map((e) => e.detail);
    expect(notes.filter((d) => d.startsWith('Telnyx gave no copy'))).toHaveLength(1);
    expect(notes.filter((d) => d.includes('will look again'))).toHaveLength(1);
  });

  it('reads a window too full for one listing over several, and moves the cursor only when all is read', async () => {
    // 600 faxes a minute apart, listed newest first and filtered by created_at as Telnyx does.
    const all = Array.from({ length: 600 }, (_, n) =>
      fax(`busy-${n}`, { created_at: new Date(NOW - (600 - n) * 60_000).toISOString() }),
    );
    const filtered = {
      ...fakeClient,
      listFaxes: (filter: { created_at: { gt: string; lte?: string } }, page: number, size: number) => {
        requests++;
        const gt = Date.parse(filter.created_at.gt);
        const lte = filter.created_at.lte ? Date.parse(filter.created_at.lte) : Infinity;
        const window = all
          .filter((f) => Date.parse(f.created_at ?? '') > gt && Date.parse(f.created_at ?? '') <= lte)
          .reverse();
        return Promise.resolve({
          faxes: window.slice((page - 1) * size, page * size),
          totalPages: Math.max(1, Math.ceil(window.length / size)),
        });
      },
    } as unknown as TelnyxClient;
    const cursors = new SyncCursors(db, () => NOW);
    const pass = new OutboundElsewhere(
      {
        store,
        cursors,
        archive: new DocumentArchive(dir),
        client: () => Promise.resolve(filtered),
        inspect: (file) => inlineProcessor().inspect(file),
        sandbox: () => false,
        now: () => clock,
        log: () => undefined,
        changed: () => undefined,
      },
      { everyMs: 30_000, maxPages: 1 },
    );
    await pass.run(true);
    expect(store.count({})).toBe(250);
    expect(cursors.get('outbound')).toBeNull();
    await pass.run(true);
    expect(store.count({})).toBe(499);
    await pass.run(true);
    expect(store.count({})).toBe(600);
    expect(cursors.get('outbound')).toBe(NOW - 60_000);
  });
});
