/**
 * GET /v2/media?filter[content_type]…: the spec's `filter[content_type][]` (repeatable), the
 * indexed spelling, and the official SDK's comma-joined `filter[content_type]=a,b` all select
 * the same media, every value counted, not only the last one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ListBody } from './helpers';
import { api, fakePdf, useSandbox } from './helpers';

const sandbox = useSandbox();

interface Media {
  media_name: string;
  content_type: string;
}

async function store(name: string, bytes: Buffer, type: string, filename: string): Promise<void> {
  const form = new FormData();
  form.append('media', new Blob([bytes], { type }), filename);
  form.append('media_name', name);
  const result = await api(sandbox(), '/media', { method: 'POST', body: form });
  expect(result.status).toBe(201);
}

async function names(query: string): Promise<string[]> {
  const result = await api<ListBody<Media>>(sandbox(), `/media${query}`);
  expect(result.status).toBe(200);
  expect(result.body.meta.total_results).toBe(result.body.data.length);
  return result.body.data.map((m) => m.media_name).sort();
}

beforeAll(async () => {
  await store('letter', fakePdf(1), 'application/pdf', 'letter.pdf');
  await store('scan', Buffer.from('II*\0 fake tiff'), 'image/tiff', 'scan.tif');
  await store('note', Buffer.from('hello'), 'text/plain', 'note.txt');
});

describe('GET /media filtered by content type', () => {
  it('lists everything without a filter', async () => {
    expect(await names('')).toEqual(['letter', 'note', 'scan']);
  });

  it.each([
    ['one value, as the SDK sends it', '?filter[content_type]=application%2Fpdf', ['letter']],
    ['the SDK comma-joined list', '?filter%5Bcontent_type%5D=application%2Fpdf%2Cimage%2Ftiff', ['letter', 'scan']],
    ['one value in the spec spelling', '?filter[content_type][]=image/tiff', ['scan']],
    [
      'repeated values in the spec spelling',
      '?filter[content_type][]=image/tiff&filter%5Bcontent_type%5D%5B%5D=text/plain',
      ['note', 'scan'],
    ],
    [
      'indexed values',
      '?filter[content_type][0]=text/plain&filter[content_type][1]=application/pdf',
      ['letter', 'note'],
    ],
    ['a type in capitals with parameters', '?filter[content_type]=Text%2FPlain%3B%20charset%3Dutf-8', ['note']],
    ['a type nothing has', '?filter[content_type]=image/png', []],
  ])('with %s', async (_, query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('treats an empty filter as no filter', async () => {
    expect(await names('?filter[content_type]=')).toEqual(['letter', 'note', 'scan']);
  });
});
