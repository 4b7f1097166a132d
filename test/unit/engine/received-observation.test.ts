/**
 * What a look at an inbound fax means for its record (inbox/received-observation.ts), and how a
 * received document's link is held to what a fax can be (inbox/media-download.ts).
 */
import { describe, expect, it } from 'vitest';
import { downloadDocument, DownloadProblem } from '../../../main/engine/inbox/media-download';
import { firstRecord, observedChange, readInbound } from '../../../main/engine/inbox/received-observation';
import type { ReceivedRecord } from '../../../main/engine/store/received-records';
import type { TelnyxFax } from '../../../main/engine/telnyx/shapes';

const timing = { now: 1_000, nextCheckAt: 4_000 };

function inbound(patch: Partial<TelnyxFax> & Record<string, unknown> = {}): TelnyxFax {
  return {
    id: 'fax-1',
    direction: 'inbound',
    from: '+13125550100',
    to: '+12025550180',
    status: 'receiving',
    created_at: '2026-11-30T12:00:00Z',
    ...patch,
  };
}

function kept(fax: TelnyxFax): ReceivedRecord {
  const view = readInbound(fax);
  if (!view) throw new Error('not inbound');
  const { record } = firstRecord(view, timing, false);
  return {
    ...record,
    senderName: null,
    timeZone: null,
    id: 'r',
    documentId: null,
    documentProblem: null,
    downloadProblem: null,
    downloadFailures: 0,
    readAt: null,
    telnyxDeleteAt: null,
    deletedAtTelnyx: null,
    lastConfirmedAt: null,
    createdAt: 0,
    updatedAt: 0,
    textIndexed: false,
  };
}

describe('a look at an inbound fax', () => {
  it('reads what Telnyx tells of a received fax, and ignores outbound ones', () => {
    const view = readInbound(
      inbound({
        status: 'received',
        page_count: 3,
        caller_id: '+13125550101',
        call_duration_secs: 50,
        partial_content: true,
      }),
    );
    expect(view).toMatchObject({
      status: 'received',
      pages: 3,
      callerId: '+13125550101',
      callDurationSecs: 50,
      partial: true,
    });
    expect(readInbound(inbound({ direction: 'outbound' }))).toBeNull();
  });

  it('downloads a fax first seen received at once, follows one still coming in, and expects nothing of a failed call', () => {
    const received = firstRecord(readInbound(inbound({ status: 'received' }))!, timing, false).record;
    expect(received).toMatchObject({ archiveState: 'downloading', nextDownloadAt: 1_000, nextCheckAt: null });
    const coming = firstRecord(readInbound(inbound())!, timing, false).record;
    expect(coming).toMatchObject({ archiveState: 'awaiting', nextCheckAt: 4_000 });
    const failed = firstRecord(
      readInbound(inbound({ status: 'failed', failure_reason: 'sender_call_dropped' }))!,
      timing,
      true,
    );
    expect(failed.record).toMatchObject({ archiveState: 'none', sandbox: true });
    expect(failed.detail).toBe("The call failed: The sender's call dropped before the fax was through.");
  });

  it('moves a fax on when Telnyx has received it, and never back from a final status', () => {
    const change = observedChange(
      kept(inbound()),
      readInbound(inbound({ status: 'received', page_count: 2 }))!,
      timing,
    );
    expect(change?.patch).toMatchObject({ status: 'received', archiveState: 'downloading', pages: 2 });
    expect(change?.detail).toBe('Received from +13125550100 (2 pages).');
    const final = kept(inbound({ status: 'received' }));
    expect(observedChange(final, readInbound(inbound({ status: 'receiving' }))!, timing)).toBeNull();
  });
});

describe('downloading a received document', () => {
  const ok =
    (bytes: Uint8Array, status = 200): typeof fetch =>
    () =>
      Promise.resolve(new Response(bytes, { status }));
  const options = { apiBase: 'https://api.telnyx.com/v2', timeoutMs: 1_000 };

  it('takes https links, and plain http only on this computer when the API is there too', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4');
    await expect(downloadDocument('https://s3.example/f.pdf', { ...options, fetch: ok(pdf) })).resolves.toEqual(pdf);
    await expect(downloadDocument('http://s3.example/f.pdf', { ...options, fetch: ok(pdf) })).rejects.toMatchObject({
      kind: 'refused',
    });
    await expect(downloadDocument('http://127.0.0.1:9/f.pdf', { ...options, fetch: ok(pdf) })).rejects.toMatchObject({
      kind: 'refused',
    });
    await expect(
      downloadDocument('http://127.0.0.1:9/f.pdf', { ...options, apiBase: 'http://127.0.0.1:8/v2', fetch: ok(pdf) }),
    ).resolves.toEqual(pdf);
  });

  it('sends no credentials, reads an expired link as one to renew, and stops past the size cap', async () => {
    let headers: RequestInit['headers'];
    const spy: typeof fetch = (_url, init) => {
      headers = init?.headers;
      return Promise.resolve(new Response(new Uint8Array(10)));
    };
    await downloadDocument('https://s3.example/f.pdf', { ...options, fetch: spy });
    expect(headers).toBeUndefined();
    await expect(
      downloadDocument('https://s3.example/f.pdf', { ...options, fetch: ok(new Uint8Array(1), 403) }),
    ).rejects.toMatchObject({ kind: 'expired' });
    const big = downloadDocument('https://s3.example/f.pdf', {
      ...options,
      maxBytes: 5,
      fetch: ok(new Uint8Array(10)),
    });
    await expect(big).rejects.toBeInstanceOf(DownloadProblem);
    await expect(big).rejects.toMatchObject({ kind: 'refused' });
  });
});
