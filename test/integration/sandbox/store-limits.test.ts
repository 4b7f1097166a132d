/**
 * A sandbox left running (the app's "Try without an account") cannot grow without bound:
 * finished faxes are forgotten after their lifetime, and past a count or a number of bytes the
 * oldest faxes (finished ones first) and the oldest media make room. The rules are checked on
 * the store itself, then once over HTTP as a client sees them.
 */
import { describe, expect, it } from 'vitest';
import { startSandbox, type FaxStatus } from '../../../main/sandbox';
import type { FaxRecord } from '../../../main/sandbox/fax-record';
import { SandboxStore, type MediaRecord, type SandboxLimits } from '../../../main/sandbox/store';
import type { DataBody, ListBody } from './helpers';
import { api, fakePdf, pollUntilFinal, sendFax, STEP_MS } from './helpers';

const DAY = 24 * 60 * 60 * 1000;

function store(limits: Partial<SandboxLimits>, clock = { now: 1_000_000 }): SandboxStore {
  return new SandboxStore(() => clock.now, limits);
}

function fax(id: string, status: FaxStatus, createdAtMs = 1_000_000, pdfBytes = 0): Omit<FaxRecord, 'seq'> {
  return {
    fax: {
      id,
      record_type: 'fax',
      connection_id: 'app',
      direction: pdfBytes > 0 ? 'inbound' : 'outbound',
      from: '+12025550180',
      to: '+12025550100',
      quality: 'high',
      status,
      store_media: false,
      created_at: new Date(createdAtMs).toISOString(),
      updated_at: new Date(createdAtMs).toISOString(),
      failure_reason: null,
      internal_failure_reason: null,
    },
    createdAtMs,
    pageCount: 1,
    readable: true,
    ...(pdfBytes > 0 ? { receivedPdf: Buffer.alloc(pdfBytes) } : {}),
  };
}

function media(name: string, bytes: number, expiresAtMs = 1_000_000 + DAY): MediaRecord {
  return {
    name,
    contentType: 'application/pdf',
    bytes: Buffer.alloc(bytes),
    createdAtMs: 1_000_000,
    updatedAtMs: 1_000_000,
    expiresAtMs,
  };
}

const ids = (s: SandboxStore) => s.allFaxes().map((record) => record.fax.id);

describe('faxes in the store', () => {
  it('past the count, lets the oldest finished fax go before any in progress', () => {
    const s = store({ maxFaxes: 3 });
    s.addFax(fax('f1', 'delivered'));
    s.addFax(fax('f2', 'sending'));
    s.addFax(fax('f3', 'failed'));
    s.addFax(fax('f4', 'delivered'));
    expect(ids(s).sort()).toEqual(['f2', 'f3', 'f4']);
    s.addFax(fax('f5', 'queued'));
    expect(ids(s).sort()).toEqual(['f2', 'f4', 'f5']);
    expect(s.fax('f1')).toBeUndefined();
  });

  it('when every fax is in progress, lets the oldest go and stops its timer', () => {
    const s = store({ maxFaxes: 2 });
    let stopped = 0;
    for (const id of ['f1', 'f2', 'f3']) s.addFax({ ...fax(id, 'sending'), stopTimer: () => void stopped++ });
    expect(ids(s).sort()).toEqual(['f2', 'f3']);
    expect(stopped).toBe(1);
  });

  it('past the bytes of received documents, lets the oldest go, never the one just added', () => {
    const s = store({ maxFaxBytes: 100 });
    s.addFax(fax('in1', 'received', 1_000_000, 60));
    s.addFax(fax('in2', 'received', 1_000_000, 60));
    expect(ids(s)).toEqual(['in2']);
    s.addFax(fax('huge', 'received', 1_000_000, 150));
    expect(ids(s)).toEqual(['huge']);
  });

  it('forgets a finished fax after its lifetime, and keeps one still in progress', () => {
    const clock = { now: 1_000_000 };
    const s = store({ finishedFaxLifetimeMs: 7 * DAY }, clock);
    s.addFax(fax('old-done', 'delivered', clock.now));
    s.addFax(fax('old-busy', 'sending', clock.now));
    clock.now += 7 * DAY - 1;
    expect(ids(s).sort()).toEqual(['old-busy', 'old-done']);
    clock.now += 1;
    expect(s.fax('old-done')).toBeUndefined();
    expect(ids(s)).toEqual(['old-busy']);
  });

  it('has a bound by default, and once over it makes room for a tenth more at once', () => {
    const s = store({});
    for (let i = 0; i < 10_000; i++) s.addFax(fax(`f${i}`, 'delivered'));
    expect(s.allFaxes()).toHaveLength(10_000);
    s.addFax(fax('f10000', 'delivered'));
    expect(s.allFaxes()).toHaveLength(9_000);
    expect(s.fax('f1000')).toBeUndefined();
    expect(s.fax('f1001')).toBeDefined();
    expect(s.fax('f10000')).toBeDefined();
  });
});

describe('media in the store', () => {
  it('past the count, lets the oldest file go', () => {
    const s = store({ maxMedia: 2 });
    for (const name of ['m1', 'm2', 'm3']) s.addMedia(media(name, 10));
    expect(s.mediaNamed('m1')).toBeUndefined();
    expect(
      s
        .allMedia()
        .map((m) => m.name)
        .sort(),
    ).toEqual(['m2', 'm3']);
  });

  it('past the bytes, lets the oldest files go; a file replaced by name counts once', () => {
    const s = store({ maxMediaBytes: 100 });
    s.addMedia(media('a', 60));
    s.addMedia(media('a', 60));
    expect(s.mediaNamed('a')).toBeDefined();
    s.addMedia(media('b', 30));
    expect(
      s
        .allMedia()
        .map((m) => m.name)
        .sort(),
    ).toEqual(['a', 'b']);
    s.addMedia(media('c', 30));
    expect(
      s
        .allMedia()
        .map((m) => m.name)
        .sort(),
    ).toEqual(['b', 'c']);
  });

  it('clears expired files before counting, so they do not push live ones out', () => {
    const clock = { now: 1_000_000 };
    const s = store({ maxMedia: 2 }, clock);
    s.addMedia(media('live', 10, clock.now + DAY));
    s.addMedia(media('short', 10, clock.now + 1000));
    clock.now += 1000;
    s.addMedia(media('new', 10, clock.now + DAY));
    expect(
      s
        .allMedia()
        .map((m) => m.name)
        .sort(),
    ).toEqual(['live', 'new']);
  });
});

describe('numbers dialled', () => {
  it('remembers only the most recent destinations', () => {
    const s = store({ maxDialled: 2 });
    for (const number of ['+1', '+2', '+1', '+3']) s.dialled.add(number);
    expect([...s.dialled]).toEqual(['+1', '+3']);
  });
});

describe('over HTTP', () => {
  it('a client sees the oldest finished fax and file go as 404s', async () => {
    const sandbox = await startSandbox({ stepMs: STEP_MS, limits: { maxFaxes: 2, maxMedia: 1 } });
    try {
      const sent: string[] = [];
      for (let i = 0; i < 3; i++) {
        const created = await sendFax(sandbox, '+12025550100');
        await pollUntilFinal(sandbox, created.id);
        sent.push(created.id);
      }
      const list = await api<ListBody<{ id: string }>>(sandbox, '/faxes');
      expect(list.body.data.map((f) => f.id)).toEqual([sent[2], sent[1]]);
      expect((await api(sandbox, `/faxes/${sent[0]}`)).status).toBe(404);

      for (const name of ['first', 'second']) {
        const form = new FormData();
        form.append('media', new Blob([fakePdf(1)], { type: 'application/pdf' }), `${name}.pdf`);
        form.append('media_name', name);
        const uploaded = await api<DataBody<{ media_name: string }>>(sandbox, '/media', { method: 'POST', body: form });
        expect(uploaded.status).toBe(201);
      }
      expect((await api(sandbox, '/media/first')).status).toBe(404);
      expect((await api(sandbox, '/media/second')).status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });
});
