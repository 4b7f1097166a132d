import { describe, expect, it } from 'vitest';
import type { SandboxFax } from '../../../main/sandbox';
import type { DataBody, ErrorBody } from './helpers';
import { api, APP_ID, fakePdf, FROM, pollUntilFinal, postJson, useSandbox } from './helpers';

const sandbox = useSandbox();

const valid = { connection_id: APP_ID, from: FROM, to: '+12025550100', media_url: 'https://example.com/a.pdf' };

async function expect422(body: unknown, pointer: string, code = '422'): Promise<ErrorBody> {
  const before = sandbox().faxes().length;
  const result = await postJson<ErrorBody>(sandbox(), '/faxes', body);
  expect(result.status).toBe(422);
  expect(result.headers.get('content-type')).toBe('application/json');
  expect(result.body.errors).toContainEqual(expect.objectContaining({ code, source: { pointer } }));
  for (const error of result.body.errors) {
    expect(typeof error.code).toBe('string');
    expect(error.title.length).toBeGreaterThan(0);
  }
  expect(sandbox().faxes()).toHaveLength(before);
  return result.body;
}

async function uploadMedia(name: string): Promise<void> {
  const form = new FormData();
  form.append('media', new Blob([fakePdf(1)], { type: 'application/pdf' }), 'a.pdf');
  form.append('media_name', name);
  expect((await api(sandbox(), '/media', { method: 'POST', body: form })).status).toBe(201);
}

describe('POST /faxes validation (JSON)', () => {
  it.each(['connection_id', 'from', 'to'])('names a missing %s with code 10004', async (field) => {
    const body: Record<string, unknown> = { ...valid };
    delete body[field];
    const result = await expect422(body, `/${field}`, '10004');
    expect(result.errors.find((e) => e.source?.pointer === `/${field}`)?.detail).toContain(field);
  });

  it('reports every missing field at once', async () => {
    const result = await expect422({ media_url: valid.media_url }, '/to', '10004');
    expect(result.errors.map((e) => e.source?.pointer).sort()).toEqual(['/connection_id', '/from', '/to']);
  });

  it('refuses a connection_id that is not a fax application of the account', async () => {
    await expect422({ ...valid, connection_id: '999' }, '/connection_id');
  });

  it.each(['2025550100', '+0123456789', '+1 202 555 0100', 'sip:nobody', '+1234567890123456'])(
    'refuses to=%s with code 10016',
    async (to) => {
      await expect422({ ...valid, to }, '/to', '10016');
    },
  );

  it('accepts a SIP URI as destination', async () => {
    const result = await postJson(sandbox(), '/faxes', { ...valid, to: 'sip:fax@example.sip.telnyx.com' });
    expect(result.status).toBe(202);
  });

  it.each(['2025550180', 'sip:me@example.com'])('refuses from=%s with code 10016', async (from) => {
    await expect422({ ...valid, from }, '/from', '10016');
  });

  it('refuses a non-string field', async () => {
    await expect422({ ...valid, to: 12025550100 }, '/to');
  });

  it('needs a document: media_url, media_name or contents', async () => {
    const { media_url: _, ...noDocument } = valid;
    await expect422(noDocument, '/media_url', '10004');
  });

  it('refuses media_url together with media_name', async () => {
    await uploadMedia('both');
    const result = await expect422({ ...valid, media_name: 'both' }, '/media_name');
    expect(result.errors[0]?.detail).toMatch(/mutually exclusive/);
  });

  it('refuses a media_name that does not exist', async () => {
    const { media_url: _, ...rest } = valid;
    await expect422({ ...rest, media_name: 'never-uploaded' }, '/media_name');
  });

  it('refuses store_media with media_name', async () => {
    await uploadMedia('stored');
    const { media_url: _, ...rest } = valid;
    await expect422({ ...rest, media_name: 'stored', store_media: true }, '/store_media');
  });

  it.each(['data:application/pdf;base64,JVBERi0=', 'ftp://example.com/a.pdf', 'not a url'])(
    'refuses media_url=%s with code 10003',
    async (mediaUrl) => {
      await expect422({ ...valid, media_url: mediaUrl }, '/media_url', '10003');
    },
  );

  it.each(['best', 'HIGH', 'ultra'])('refuses quality=%s', async (quality) => {
    await expect422({ ...valid, quality }, '/quality');
  });

  it.each(['', 'abc', 'ab$=', 'YWJj=', '=YWJ', 'YW Jj', 'YWJj===='])('refuses client_state=%j', async (state) => {
    await expect422({ ...valid, client_state: state }, '/client_state');
  });

  it.each([0, 101, 50.5, '50'])('refuses black_threshold=%j', async (threshold) => {
    await expect422({ ...valid, black_threshold: threshold }, '/black_threshold');
  });

  it('refuses preview_format other than pdf or tiff', async () => {
    await expect422({ ...valid, preview_format: 'png' }, '/preview_format');
  });

  it.each(['x'.repeat(129), 'Acme <Sales>'])('refuses from_display_name %j', async (name) => {
    await expect422({ ...valid, from_display_name: name }, '/from_display_name');
  });

  it.each(['monochrome', 't38_enabled', 'store_media', 'store_preview'])('refuses a non-boolean %s', async (key) => {
    await expect422({ ...valid, [key]: 'yes' }, `/${key}`);
  });

  it('accepts every option at its limits and echoes what the Fax resource carries', async () => {
    const result = await postJson<DataBody<SandboxFax>>(sandbox(), '/faxes', {
      ...valid,
      quality: 'ultra_dark',
      client_state: 'am9iLTE=',
      black_threshold: 100,
      monochrome: true,
      preview_format: 'pdf',
      store_preview: true,
      t38_enabled: false,
      from_display_name: 'Dr. Jane Doe-Smith ~ Clinic!+',
      webhook_url: 'https://hooks.example.com/fax',
    });
    expect(result.status).toBe(202);
    expect(result.body.data).toMatchObject({
      status: 'queued',
      direction: 'outbound',
      record_type: 'fax',
      quality: 'ultra_dark',
      client_state: 'am9iLTE=',
      from_display_name: 'Dr. Jane Doe-Smith ~ Clinic!+',
      webhook_url: 'https://hooks.example.com/fax',
      media_url: valid.media_url,
      store_media: false,
      failure_reason: null,
      internal_failure_reason: null,
    });
  });

  it('answers 400 for a body that is not JSON, and 422 for JSON that is not an object', async () => {
    const broken = await api<ErrorBody>(sandbox(), '/faxes', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"to":',
    });
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0]?.code).toBe('10015');
    await expect422([valid], '/');
  });
});

describe('POST /faxes validation (multipart)', () => {
  function form(fields: Record<string, string>, contents?: { bytes: Buffer; filename?: string }): FormData {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.append(key, value);
    if (contents?.filename)
      data.append('contents', new Blob([contents.bytes], { type: 'application/pdf' }), contents.filename);
    else if (contents) data.append('contents', contents.bytes.toString('latin1'));
    return data;
  }
  const fields = { connection_id: APP_ID, from: FROM, to: '+12025550100' };

  it('sends a PDF given as contents and counts its pages', async () => {
    const result = await api<DataBody<SandboxFax>>(sandbox(), '/faxes', {
      method: 'POST',
      body: form({ ...fields, client_state: 'YWJj' }, { bytes: fakePdf(3), filename: 'doc.pdf' }),
    });
    expect(result.status).toBe(202);
    expect(result.body.data).toMatchObject({ status: 'queued', client_state: 'YWJj' });
    expect(result.body.data.page_count).toBeUndefined();
    const { fax } = await pollUntilFinal(sandbox(), result.body.data.id);
    expect(fax).toMatchObject({ status: 'delivered', page_count: 3 });
  });

  it('refuses contents without a filename', async () => {
    const result = await api<ErrorBody>(sandbox(), '/faxes', {
      method: 'POST',
      body: form(fields, { bytes: fakePdf(1) }),
    });
    expect(result.status).toBe(422);
    expect(result.body.errors[0]).toMatchObject({ source: { pointer: '/contents' } });
    expect(result.body.errors[0]?.detail).toMatch(/filename/);
  });

  it('refuses contents together with media_url', async () => {
    const result = await api<ErrorBody>(sandbox(), '/faxes', {
      method: 'POST',
      body: form({ ...fields, media_url: 'https://example.com/a.pdf' }, { bytes: fakePdf(1), filename: 'a.pdf' }),
    });
    expect(result.status).toBe(422);
    expect(result.body.errors[0]?.detail).toMatch(/mutually exclusive/);
  });

  it('refuses contents over 20 MB', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    const result = await api<ErrorBody>(sandbox(), '/faxes', {
      method: 'POST',
      body: form(fields, { bytes: big, filename: 'big.pdf' }),
    });
    expect(result.status).toBe(422);
    expect(result.body.errors[0]).toMatchObject({ source: { pointer: '/contents' } });
  });

  it('validates multipart fields like JSON ones', async () => {
    const result = await api<ErrorBody>(sandbox(), '/faxes', {
      method: 'POST',
      body: form({ connection_id: APP_ID, to: '12', quality: 'best' }, { bytes: fakePdf(1), filename: 'a.pdf' }),
    });
    expect(result.status).toBe(422);
    expect(result.body.errors.map((e) => e.source?.pointer).sort()).toEqual(['/from', '/quality', '/to']);
  });
});
