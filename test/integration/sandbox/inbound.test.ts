import { describe, expect, it } from 'vitest';
import type { SandboxFax } from '../../../main/sandbox';
import { SANDBOX_FAX_APP_ID } from '../../../main/sandbox';
import { scannedFax } from '../../../main/sandbox/scan/scanned-fax';
import type { DataBody } from './helpers';
import { api, pollUntilFinal, useSandbox } from './helpers';

let clock = Date.parse('2026-06-10T08:00:00.000Z');
const TTL_MS = 5_000;
// Steps long enough that polling sees every state even on a busy machine.
const STEP_MS = 100;
const sandbox = useSandbox({ now: () => clock, mediaUrlTtlMs: TTL_MS, stepMs: STEP_MS });

async function download(url: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  // Deliberately without Authorization: the link itself is the credential.
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

async function receive(pages = 2): Promise<SandboxFax> {
  const { id } = await sandbox().injectInbound({ from: '+13125550199', to: '+12025550181', pages });
  const { fax, seen } = await pollUntilFinal(sandbox(), id);
  expect(seen.at(-1)).toBe('received');
  return fax;
}

describe('inbound faxes', () => {
  it('move receiving → media.processing → received, with page_count and a media_url', async () => {
    const { id } = await sandbox().injectInbound({ from: '+13125550199', to: '+12025550181', pages: 3 });
    expect(
      sandbox()
        .faxes()
        .find((f) => f.id === id),
    ).toMatchObject({
      direction: 'inbound',
      status: 'receiving',
      from: '+13125550199',
      to: '+12025550181',
      connection_id: SANDBOX_FAX_APP_ID,
      record_type: 'fax',
      failure_reason: null,
    });
    const { fax, seen } = await pollUntilFinal(sandbox(), id);
    expect(['receiving', ...seen].filter((status, i, all) => all[i - 1] !== status)).toEqual([
      'receiving',
      'media.processing',
      'received',
    ]);
    expect(fax.page_count).toBe(3);
    expect(fax.media_url).toMatch(
      new RegExp(`^${sandbox().origin}/sandbox-media/inbound/${id}\\.pdf\\?expires=\\d+&signature=[0-9a-f]{64}$`),
    );
  });

  it('show no media_url and no page_count before their document is processed', async () => {
    sandbox().setStepMs(60_000);
    try {
      const { id } = await sandbox().injectInbound({ from: '+13125550199', to: '+12025550181' });
      const { body } = await api<DataBody<SandboxFax>>(sandbox(), `/faxes/${id}`);
      expect(body.data.status).toBe('receiving');
      expect(body.data.media_url).toBeUndefined();
      expect(body.data.page_count).toBeUndefined();
    } finally {
      sandbox().setStepMs(STEP_MS);
    }
  });

  it('serve a real PDF at the media_url without authentication', async () => {
    const fax = await receive(2);
    const file = await download(fax.media_url ?? '');
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/pdf');
    const text = file.bytes.toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text.match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(2);
    // A scanned fax: each page is one image, the words are only pixels.
    expect(text.match(/\/Subtype \/Image/g)).toHaveLength(2);
    expect(text).not.toContain('/Font');
  });

  it('deliver the scanned document the seed and kind describe, from the sender who dialled', async () => {
    const { id } = await sandbox().injectInbound({
      from: '+13125550199',
      to: '+12025550181',
      kind: 'invoice',
      seed: 0,
    });
    const { fax } = await pollUntilFinal(sandbox(), id);
    const file = await download(fax.media_url ?? '');
    const expected = scannedFax({ seed: 0, kind: 'invoice', fromNumber: '+13125550199' });
    expect(expected.sender.fax).toBe('+13125550199');
    expect(file.bytes.equals(expected.pdf)).toBe(true);
  });

  it('show a plausible call_duration_secs once the call has ended', async () => {
    const { id } = await sandbox().injectInbound({ from: '+13125550199', to: '+12025550181', pages: 3 });
    const during = sandbox()
      .faxes()
      .find((f) => f.id === id);
    expect(during?.status).toBe('receiving');
    expect(during?.call_duration_secs).toBeUndefined();
    const { fax } = await pollUntilFinal(sandbox(), id);
    expect(fax.call_duration_secs).toBeGreaterThanOrEqual(6 + 3 * 18);
    expect(fax.call_duration_secs).toBeLessThanOrEqual(6 + 3 * 40);
  });

  it('give one fax a short-lived link of its own when asked (linkTtlMs), for refreshes too', async () => {
    const { id } = await sandbox().injectInbound({ from: '+13125550199', to: '+12025550181', linkTtlMs: 1_000 });
    const { fax } = await pollUntilFinal(sandbox(), id);
    const url = fax.media_url ?? '';
    expect(Number(new URL(url).searchParams.get('expires'))).toBe(clock + 1_000);
    clock += 1_000;
    expect((await download(url)).status).toBe(403);
    expect((await api(sandbox(), `/faxes/${id}/actions/refresh`, { method: 'POST' })).status).toBe(200);
    const { body } = await api<DataBody<SandboxFax>>(sandbox(), `/faxes/${id}`);
    expect(Number(new URL(body.data.media_url ?? '').searchParams.get('expires'))).toBe(clock + 1_000);
    expect((await download(body.data.media_url ?? '')).status).toBe(200);
  });

  it('end in failed with the given failure_reason, and no media', async () => {
    const { id } = await sandbox().injectInbound({
      from: '+13125550199',
      to: '+12025550180',
      fail: 'sender_call_dropped',
    });
    const { fax, seen } = await pollUntilFinal(sandbox(), id);
    expect(seen).toEqual(['receiving', 'media.processing', 'failed']);
    expect(fax).toMatchObject({
      failure_reason: 'sender_call_dropped',
      internal_failure_reason: 'sender_call_dropped',
    });
    expect(fax.media_url).toBeUndefined();
    expect((await api(sandbox(), `/faxes/${id}/actions/refresh`, { method: 'POST' })).status).toBe(422);
  });

  it('refuse a tampered link with 403', async () => {
    const fax = await receive();
    const url = new URL(fax.media_url ?? '');
    const signature = url.searchParams.get('signature') ?? '';
    url.searchParams.set('signature', `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`);
    expect((await download(url.href)).status).toBe(403);
    const later = new URL(fax.media_url ?? '');
    later.searchParams.set('expires', String(Number(later.searchParams.get('expires')) + 60_000));
    expect((await download(later.href)).status).toBe(403);
    const unsigned = new URL(fax.media_url ?? '');
    unsigned.search = '';
    expect((await download(unsigned.href)).status).toBe(403);
  });

  it('expire their link after mediaUrlTtlMs; refresh issues a new one that works', async () => {
    const fax = await receive();
    const oldUrl = fax.media_url ?? '';
    clock += TTL_MS - 1;
    expect((await download(oldUrl)).status).toBe(200);
    clock += 1;
    const expired = await download(oldUrl);
    expect(expired.status).toBe(403);
    expect(expired.bytes.toString()).toContain('Request has expired');

    const refresh = await api(sandbox(), `/faxes/${fax.id}/actions/refresh`, { method: 'POST' });
    expect(refresh.status).toBe(200);
    expect(refresh.body).toEqual({ data: { result: 'ok' } });
    const { body } = await api<DataBody<SandboxFax>>(sandbox(), `/faxes/${fax.id}`);
    const newUrl = body.data.media_url ?? '';
    expect(newUrl).not.toBe(oldUrl);
    const file = await download(newUrl);
    expect(file.status).toBe(200);
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await download(oldUrl)).status).toBe(403);
  });

  it('refresh answers 404 for an unknown fax', async () => {
    const result = await api(sandbox(), '/faxes/0ccc7b54-4df3-4bca-a65a-3da1ecc777f0/actions/refresh', {
      method: 'POST',
    });
    expect(result.status).toBe(404);
  });

  it('cannot be canceled', async () => {
    const fax = await receive();
    expect((await api(sandbox(), `/faxes/${fax.id}/actions/cancel`, { method: 'POST' })).status).toBe(422);
  });

  it('lose their document when the fax record is deleted', async () => {
    const fax = await receive();
    expect((await api(sandbox(), `/faxes/${fax.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await download(fax.media_url ?? '')).status).toBe(404);
  });

  it('refuse bad injection arguments', async () => {
    await expect(sandbox().injectInbound({ from: 'anonymous', to: '+12025550180' })).rejects.toThrow(/from/);
    await expect(sandbox().injectInbound({ from: '+13125550199', to: '2025550180' })).rejects.toThrow(/to/);
    await expect(sandbox().injectInbound({ from: '+13125550199', to: '+12025550180', pages: 0 })).rejects.toThrow(
      /pages/,
    );
    const base = { from: '+13125550199', to: '+12025550180' };
    await expect(sandbox().injectInbound({ ...base, kind: 'novel' as never })).rejects.toThrow(/kind/);
    await expect(sandbox().injectInbound({ ...base, seed: -1 })).rejects.toThrow(/seed/);
    await expect(sandbox().injectInbound({ ...base, linkTtlMs: 0 })).rejects.toThrow(/linkTtlMs/);
  });
});
