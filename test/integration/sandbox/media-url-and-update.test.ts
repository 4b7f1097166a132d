/**
 * Media Storage writes beyond the multipart upload: POST /media from a `media_url` (what the
 * official SDK's typed `media.upload` sends) and PUT /media/{media_name}, each with the spec's
 * validation. The sandbox stores a one-page stand-in for a URL instead of fetching it.
 */
import { describe, expect, it } from 'vitest';
import type { SandboxFax } from '../../../main/sandbox';
import type { DataBody, ErrorBody } from './helpers';
import { api, APP_ID, fakePdf, FROM, pollUntilFinal, postJson, useSandbox } from './helpers';

let clock = Date.parse('2026-04-10T08:00:00.000Z');
const sandbox = useSandbox({ now: () => clock });
const DAY_MS = 24 * 3600 * 1000;

interface Media {
  media_name: string;
  content_type: string;
  created_at: string;
  updated_at: string;
  expires_at: string;
}
type Answer = DataBody<Media> & ErrorBody;

const uploadJson = (body: unknown) => postJson<Answer>(sandbox(), '/media', body);

function put(name: string, body: unknown) {
  const init: RequestInit =
    body instanceof FormData
      ? { method: 'PUT', body }
      : { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  return api<Answer>(sandbox(), `/media/${name}`, init);
}

async function download(name: string): Promise<Buffer> {
  const response = await fetch(`${sandbox().baseUrl}/media/${name}/download`, {
    headers: { authorization: 'Bearer KEY_FAXDESK_SANDBOX' },
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

const pointers = (answer: { body: ErrorBody }) => answer.body.errors.map((e) => e.source?.pointer).sort();

describe('POST /media with a media_url', () => {
  it('stores a stand-in under the given name, for the given time', async () => {
    const created = await uploadJson({
      media_url: 'https://example.com/contract.pdf',
      media_name: 'contract',
      ttl_secs: 600,
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toEqual({
      media_name: 'contract',
      content_type: 'application/pdf',
      created_at: '2026-04-10T08:00:00.000Z',
      updated_at: '2026-04-10T08:00:00.000Z',
      expires_at: '2026-04-10T08:10:00.000Z',
    });
    const pdf = (await download('contract')).toString('latin1');
    expect(pdf).toMatch(/^%PDF-1\.\d/);
    expect(pdf).toContain('(https://example.com/contract.pdf)');
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('names an unnamed upload with a UUID and keeps it two days', async () => {
    const created = await uploadJson({ media_url: 'http://example.com/x.pdf' });
    expect(created.status).toBe(201);
    expect(created.body.data.media_name).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(Date.parse(created.body.data.expires_at) - clock).toBe(2 * DAY_MS);
  });

  it('makes a document a fax can be sent from by media_name, one page long', async () => {
    await uploadJson({ media_url: 'https://example.com/one.pdf', media_name: 'one-pager' });
    const sent = await postJson<DataBody<SandboxFax>>(sandbox(), '/faxes', {
      connection_id: APP_ID,
      from: FROM,
      to: '+12025550100',
      media_name: 'one-pager',
    });
    expect(sent.status).toBe(202);
    const { fax } = await pollUntilFinal(sandbox(), sent.body.data.id);
    expect(fax).toMatchObject({ status: 'delivered', page_count: 1, media_name: 'one-pager' });
  });

  it.each([
    ['no media_url', {}, ['/media_url'], '10004'],
    ['a media_url that is not http(s)', { media_url: 'ftp://example.com/a.pdf' }, ['/media_url'], '10003'],
    [
      'a media_url over 2000 characters',
      { media_url: `https://example.com/${'a'.repeat(1990)}` },
      ['/media_url'],
      '10003',
    ],
    ['a media_url that is not a string', { media_url: ['https://example.com/a.pdf'] }, ['/media_url'], '422'],
    ['ttl_secs as a string', { media_url: 'https://example.com/a.pdf', ttl_secs: '600' }, ['/ttl_secs'], '422'],
    ['ttl_secs of zero', { media_url: 'https://example.com/a.pdf', ttl_secs: 0 }, ['/ttl_secs'], '422'],
    ['a fractional ttl_secs', { media_url: 'https://example.com/a.pdf', ttl_secs: 1.5 }, ['/ttl_secs'], '422'],
  ])('answers 422 for %s', async (_, body, expected, code) => {
    const answer = await uploadJson(body);
    expect(answer.status).toBe(422);
    expect(pointers(answer)).toEqual(expected);
    expect(answer.body.errors[0]?.code).toBe(code);
  });

  it('reports every problem at once', async () => {
    const answer = await uploadJson({ media_url: 'mailto:a@b.c', media_name: 'a/b', ttl_secs: -1 });
    expect(answer.status).toBe(422);
    expect(pointers(answer)).toEqual(['/media_name', '/media_url', '/ttl_secs']);
  });

  it('refuses a name already taken, and a body that is not an object', async () => {
    await uploadJson({ media_url: 'https://example.com/a.pdf', media_name: 'taken' });
    const again = await uploadJson({ media_url: 'https://example.com/b.pdf', media_name: 'taken' });
    expect(again.body.errors[0]).toMatchObject({ code: '10012', source: { pointer: '/media_name' } });
    expect((await uploadJson(['https://example.com/a.pdf'])).status).toBe(422);
  });

  it('answers 422 to an empty body, saying what to send', async () => {
    const answer = await api<ErrorBody>(sandbox(), '/media', { method: 'POST' });
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0]).toMatchObject({ code: '10004', source: { pointer: '/' } });
    expect(answer.body.errors[0]?.detail).toMatch(/media_url.*media/);
  });
});

describe('PUT /media/{media_name}', () => {
  async function stored(name: string, bytes: Buffer, type = 'application/pdf'): Promise<Media> {
    const form = new FormData();
    form.append('media', new Blob([bytes], { type }), 'file.bin');
    form.append('media_name', name);
    form.append('ttl_secs', '3600');
    const answer = await api<DataBody<Media>>(sandbox(), '/media', { method: 'POST', body: form });
    expect(answer.status).toBe(201);
    return answer.body.data;
  }

  it('sets a new lifetime from now, keeping the file and its creation time', async () => {
    const before = await stored('ttl-only', fakePdf(2));
    clock += 60_000;
    const answer = await put('ttl-only', { ttl_secs: 120 });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      ...before,
      updated_at: new Date(clock).toISOString(),
      expires_at: new Date(clock + 120_000).toISOString(),
    });
    expect((await download('ttl-only')).equals(fakePdf(2))).toBe(true);
    clock += 120_000;
    expect((await api(sandbox(), '/media/ttl-only')).status).toBe(404);
  });

  it('restarts the documented two-day default when ttl_secs is left out', async () => {
    await stored('default-ttl', fakePdf(1));
    const answer = await put('default-ttl', {});
    expect(answer.status).toBe(200);
    expect(Date.parse(answer.body.data.expires_at) - clock).toBe(2 * DAY_MS);
  });

  it('replaces the file with a multipart media part', async () => {
    await stored('replace-file', fakePdf(1));
    const form = new FormData();
    form.append('media', new Blob(['plain words'], { type: 'text/plain' }), 'note.txt');
    form.append('ttl_secs', '900');
    const answer = await put('replace-file', form);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({
      media_name: 'replace-file',
      content_type: 'text/plain',
      expires_at: new Date(clock + 900_000).toISOString(),
    });
    expect((await download('replace-file')).toString()).toBe('plain words');
  });

  it('replaces the file with a stand-in for a media_url', async () => {
    await stored('replace-url', Buffer.from('old'), 'text/plain');
    const answer = await put('replace-url', { media_url: 'https://example.com/new.pdf' });
    expect(answer.status).toBe(200);
    expect(answer.body.data.content_type).toBe('application/pdf');
    expect((await download('replace-url')).toString('latin1')).toContain('(https://example.com/new.pdf)');
  });

  it('answers 404 for media that does not exist or has expired', async () => {
    expect((await put('never-stored', { ttl_secs: 60 })).status).toBe(404);
    await stored('expiring', fakePdf(1));
    clock += 3600_000;
    expect((await put('expiring', { ttl_secs: 60 })).status).toBe(404);
  });

  it.each([
    ['a bad ttl_secs', { ttl_secs: 630_720_001 }, ['/ttl_secs']],
    ['a bad media_url', { media_url: 'not a url' }, ['/media_url']],
    ['both at once', { media_url: 'javascript:alert(1)', ttl_secs: 'soon' }, ['/media_url', '/ttl_secs']],
  ])('answers 422 for %s and leaves the media as it was', async (label, body, expected) => {
    const before = await stored(`unchanged-${label.replace(/\W+/g, '-')}`, fakePdf(1));
    const answer = await put(before.media_name, body);
    expect(answer.status).toBe(422);
    expect(pointers(answer)).toEqual(expected);
    expect((await api<DataBody<Media>>(sandbox(), `/media/${before.media_name}`)).body.data).toEqual(before);
  });

  it('answers 422 for a media part without a filename, and for no body', async () => {
    await stored('no-filename', fakePdf(1));
    const form = new FormData();
    form.append('media', 'just text');
    expect(pointers(await put('no-filename', form))).toEqual(['/media']);
    const empty = await api<ErrorBody>(sandbox(), '/media/no-filename', { method: 'PUT' });
    expect(empty.status).toBe(422);
  });
});
