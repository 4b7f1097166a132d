import { describe, expect, it } from 'vitest';
import type { DataBody, ErrorBody, ListBody } from './helpers';
import { api, fakePdf, useSandbox } from './helpers';

let clock = Date.parse('2026-03-02T10:00:00.000Z');
const sandbox = useSandbox({ now: () => clock });

interface Media {
  media_name: string;
  content_type: string;
  created_at: string;
  updated_at: string;
  expires_at: string;
}

function upload(fields: Record<string, string | { bytes: Buffer; filename?: string; type?: string }>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.append(key, value);
    else if (value.filename === undefined) form.append(key, value.bytes.toString('latin1'));
    else form.append(key, new Blob([value.bytes], { type: value.type ?? '' }), value.filename);
  }
  return api<DataBody<Media> & ErrorBody>(sandbox(), '/media', { method: 'POST', body: form });
}

describe('media storage', () => {
  it('uploads, retrieves, downloads and deletes a document', async () => {
    const pdf = fakePdf(2);
    const created = await upload({
      media: { bytes: pdf, filename: 'letter.pdf', type: 'application/pdf' },
      media_name: 'letter-1',
      ttl_secs: '3600',
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toEqual({
      media_name: 'letter-1',
      content_type: 'application/pdf',
      created_at: '2026-03-02T10:00:00.000Z',
      updated_at: '2026-03-02T10:00:00.000Z',
      expires_at: '2026-03-02T11:00:00.000Z',
    });

    const fetched = await api<DataBody<Media>>(sandbox(), '/media/letter-1');
    expect(fetched.status).toBe(200);
    expect(fetched.body.data).toEqual(created.body.data);

    const download = await fetch(`${sandbox().baseUrl}/media/letter-1/download`, {
      headers: { authorization: 'Bearer KEY_FAXDESK_SANDBOX' },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

    const list = await api<ListBody<Media>>(sandbox(), '/media');
    expect(list.body.data.map((m) => m.media_name)).toContain('letter-1');

    const deleted = await api(sandbox(), '/media/letter-1', { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBe('');
    expect((await api(sandbox(), '/media/letter-1')).status).toBe(404);
    expect((await api(sandbox(), '/media/letter-1/download')).status).toBe(404);
    expect((await api(sandbox(), '/media/letter-1', { method: 'DELETE' })).status).toBe(404);
  });

  it('names unnamed uploads with a UUID, defaults the TTL to two days and sniffs PDFs', async () => {
    const created = await upload({
      media: { bytes: fakePdf(1), filename: 'scan.bin', type: 'application/octet-stream' },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.media_name).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(created.body.data.content_type).toBe('application/pdf');
    expect(Date.parse(created.body.data.expires_at) - clock).toBe(2 * 24 * 3600 * 1000);
  });

  it('keeps the declared type of other files', async () => {
    const created = await upload({ media: { bytes: Buffer.from('hello'), filename: 'note.txt', type: 'text/plain' } });
    expect(created.body.data.content_type).toBe('text/plain');
  });

  it('treats media past its TTL as gone, and frees its name', async () => {
    const created = await upload({
      media: { bytes: fakePdf(1), filename: 'a.pdf' },
      media_name: 'short',
      ttl_secs: '60',
    });
    expect(created.status).toBe(201);
    clock += 59_000;
    expect((await api(sandbox(), '/media/short')).status).toBe(200);
    clock += 1_000;
    expect((await api(sandbox(), '/media/short')).status).toBe(404);
    expect((await api(sandbox(), '/media/short/download')).status).toBe(404);
    const again = await upload({ media: { bytes: fakePdf(1), filename: 'a.pdf' }, media_name: 'short' });
    expect(again.status).toBe(201);
  });

  it('refuses a duplicate media_name', async () => {
    await upload({ media: { bytes: fakePdf(1), filename: 'a.pdf' }, media_name: 'dup' });
    const second = await upload({ media: { bytes: fakePdf(1), filename: 'b.pdf' }, media_name: 'dup' });
    expect(second.status).toBe(422);
    expect(second.body.errors[0]).toMatchObject({ code: '10012', source: { pointer: '/media_name' } });
  });

  it.each([
    ['no media part', { media_name: 'x1' }, '/media'],
    ['a media part without a filename', { media: { bytes: fakePdf(1) } }, '/media'],
    [
      'a ttl_secs that is not an integer',
      { media: { bytes: fakePdf(1), filename: 'a.pdf' }, ttl_secs: '1.5' },
      '/ttl_secs',
    ],
    [
      'a ttl_secs over 20 years',
      { media: { bytes: fakePdf(1), filename: 'a.pdf' }, ttl_secs: '630720001' },
      '/ttl_secs',
    ],
    [
      'a media_name with a slash',
      { media: { bytes: fakePdf(1), filename: 'a.pdf' }, media_name: 'a/b' },
      '/media_name',
    ],
  ] as const)('answers 422 for %s', async (_, fields, pointer) => {
    const result = await upload(fields);
    expect(result.status).toBe(422);
    expect(result.body.errors.map((e) => e.source?.pointer)).toContain(pointer);
  });

  it('accepts a file of exactly 20 MB and refuses one byte more with 422', async () => {
    const cap = 20 * 1024 * 1024;
    const atCap = await upload({ media: { bytes: Buffer.alloc(cap, 0x20), filename: 'big.txt', type: 'text/plain' } });
    expect(atCap.status).toBe(201);
    const over = await upload({
      media: { bytes: Buffer.alloc(cap + 1, 0x20), filename: 'big.txt', type: 'text/plain' },
    });
    expect(over.status).toBe(422);
    expect(over.body.errors[0]?.detail).toMatch(/20 MB/);
  });

  it('refuses a huge upload early, from its declared length, and stays usable', async () => {
    const over = await upload({ media: { bytes: Buffer.alloc(40 * 1024 * 1024), filename: 'huge.pdf' } });
    expect(over.status).toBe(422);
    expect((await api(sandbox(), '/media')).status).toBe(200);
  });

  it('stores a one-page stand-in PDF for an upload from a media_url, which it does not fetch', async () => {
    const result = await api<DataBody<Media>>(sandbox(), '/media', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ media_url: 'https://example.com/a.pdf', media_name: 'from-url' }),
    });
    expect(result.status).toBe(201);
    expect(result.body.data).toMatchObject({ media_name: 'from-url', content_type: 'application/pdf' });
    const download = await fetch(`${sandbox().baseUrl}/media/from-url/download`, {
      headers: { authorization: 'Bearer KEY_FAXDESK_SANDBOX' },
    });
    const text = Buffer.from(await download.arrayBuffer()).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('https://example.com/a.pdf');
  });
});
