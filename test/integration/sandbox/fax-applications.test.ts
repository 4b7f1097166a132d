/**
 * Creating, changing and deleting fax applications (POST, PATCH, DELETE /v2/fax_applications)
 * with the spec's validation, and listing them in the spec's sort orders. Each test makes the
 * applications it needs, so the seeded one stays as it was except where a test says otherwise.
 */
import { describe, expect, it } from 'vitest';
import type { SandboxFax } from '../../../main/sandbox';
import { SANDBOX_FAX_APP_ID } from '../../../main/sandbox';
import { MAX_FAX_APPLICATIONS } from '../../../main/sandbox/routes/fax-applications';
import type { DataBody, ErrorBody, ListBody } from './helpers';
import { api, FROM, postJson, useSandbox } from './helpers';

let clock = Date.parse('2026-06-01T09:00:00.000Z');
const sandbox = useSandbox({ now: () => clock });

interface App {
  id: string;
  record_type: string;
  application_name: string;
  active: boolean;
  anchorsite_override: string;
  webhook_event_url: string;
  webhook_event_failover_url: string | null;
  webhook_timeout_secs: number | null;
  inbound: Record<string, unknown>;
  outbound: Record<string, unknown>;
  tags: string[];
  created_at: string;
  updated_at: string;
}
type Answer = DataBody<App> & ErrorBody;

const create = (body: unknown) => postJson<Answer>(sandbox(), '/fax_applications', body);
const patch = (id: string, body: unknown) =>
  api<Answer>(sandbox(), `/fax_applications/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const remove = (id: string) => api<Answer>(sandbox(), `/fax_applications/${id}`, { method: 'DELETE' });
const pointers = (answer: { body: ErrorBody }) => answer.body.errors.map((e) => e.source?.pointer).sort();

async function made(name: string, extra: Record<string, unknown> = {}): Promise<App> {
  const answer = await create({ application_name: name, webhook_event_url: 'https://example.com/hooks', ...extra });
  expect(answer.status).toBe(201);
  return answer.body.data;
}

describe('POST /fax_applications', () => {
  it('creates an application with the spec defaults, listed and retrievable by its new id', async () => {
    const answer = await create({ application_name: 'Front office', webhook_event_url: 'https://example.com/hooks' });
    expect(answer.status).toBe(201);
    const app = answer.body.data;
    expect(app).toEqual({
      id: expect.stringMatching(/^[1-9]\d{18}$/),
      record_type: 'fax_application',
      application_name: 'Front office',
      active: true,
      anchorsite_override: 'Latency',
      webhook_event_url: 'https://example.com/hooks',
      webhook_event_failover_url: null,
      webhook_timeout_secs: null,
      inbound: { sip_subdomain_receive_settings: 'from_anyone' },
      outbound: {},
      tags: [],
      created_at: '2026-06-01T09:00:00.000Z',
      updated_at: '2026-06-01T09:00:00.000Z',
    });
    expect((await api<DataBody<App>>(sandbox(), `/fax_applications/${app.id}`)).body.data).toEqual(app);
    const listed = await api<ListBody<App>>(sandbox(), '/fax_applications?filter[application_name][contains]=front');
    expect(listed.body.data.map((a) => a.id)).toEqual([app.id]);
  });

  it('keeps every optional setting it is given', async () => {
    const settings = {
      application_name: 'fax-router',
      webhook_event_url: 'https://example.com',
      active: false,
      anchorsite_override: 'Amsterdam, Netherlands',
      inbound: { channel_limit: 10, sip_subdomain: 'example', sip_subdomain_receive_settings: 'only_my_connections' },
      outbound: { channel_limit: 10, outbound_voice_profile_id: '1293384261075731499' },
      tags: ['tag1', 'tag2'],
      webhook_event_failover_url: 'https://failover.example.com',
      webhook_timeout_secs: 25,
    };
    const app = await made(settings.application_name, settings);
    expect(app).toMatchObject(settings);
  });

  it('lets a fax go out on the new application', async () => {
    const app = await made('Sender');
    const sent = await postJson<DataBody<SandboxFax>>(sandbox(), '/faxes', {
      connection_id: app.id,
      from: FROM,
      to: '+12025550100',
      media_url: 'https://example.com/a.pdf',
    });
    expect(sent.status).toBe(202);
    expect(sent.body.data).toMatchObject({ connection_id: app.id, webhook_url: 'https://example.com/hooks' });
  });

  it('requires application_name and webhook_event_url', async () => {
    for (const body of [{}, { application_name: ' ', webhook_event_url: null }]) {
      const answer = await create(body);
      expect(answer.status).toBe(422);
      expect(answer.body.errors.map((e) => [e.code, e.source?.pointer])).toEqual([
        ['10004', '/application_name'],
        ['10004', '/webhook_event_url'],
      ]);
    }
  });

  it('reports every invalid setting at once', async () => {
    const answer = await create({
      application_name: 'Broken',
      webhook_event_url: 'example.com/hooks',
      webhook_event_failover_url: 'ftp://example.com',
      webhook_timeout_secs: 31,
      active: 'yes',
      anchorsite_override: 'Mars',
      tags: [1],
      inbound: { channel_limit: 0, sip_subdomain: 'not_a_label', sip_subdomain_receive_settings: 'everyone' },
      outbound: { channel_limit: '10', outbound_voice_profile_id: 7 },
    });
    expect(answer.status).toBe(422);
    expect(pointers(answer)).toEqual([
      '/active',
      '/anchorsite_override',
      '/inbound/channel_limit',
      '/inbound/sip_subdomain',
      '/inbound/sip_subdomain_receive_settings',
      '/outbound/channel_limit',
      '/outbound/outbound_voice_profile_id',
      '/tags',
      '/webhook_event_failover_url',
      '/webhook_event_url',
      '/webhook_timeout_secs',
    ]);
    const urlErrors = answer.body.errors.filter((e) => e.source?.pointer?.startsWith('/webhook_event'));
    expect(urlErrors.map((e) => e.code)).toEqual(['10003', '10003']);
  });

  it('refuses a SIP subdomain another application uses, in any case', async () => {
    const answer = await create({
      application_name: 'Copy',
      webhook_event_url: 'https://example.com',
      inbound: { sip_subdomain: 'Faxdesk-Sandbox' },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0]).toMatchObject({ code: '10012', source: { pointer: '/inbound/sip_subdomain' } });
  });

  it('answers 400 to malformed JSON, 415 to a form and 422 to JSON that is not an object', async () => {
    const broken = await api(sandbox(), '/fax_applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"application_name":',
    });
    expect(broken.status).toBe(400);
    const form = new FormData();
    form.append('application_name', 'x');
    expect((await api(sandbox(), '/fax_applications', { method: 'POST', body: form })).status).toBe(415);
    expect((await create(['x'])).status).toBe(422);
  });
});

describe('PATCH /fax_applications/{id}', () => {
  it('changes what it names, one nested setting at a time, and clears what is null', async () => {
    const app = await made('Billing', {
      webhook_timeout_secs: 10,
      inbound: { channel_limit: 4, sip_subdomain: 'billing' },
      outbound: { channel_limit: 2, outbound_voice_profile_id: '1293384261075731500' },
      tags: ['a'],
    });
    clock += 60_000;
    const answer = await patch(app.id, {
      application_name: 'Billing desk',
      webhook_event_url: 'https://example.com/billing',
      webhook_timeout_secs: null,
      inbound: { channel_limit: 8 },
      outbound: { outbound_voice_profile_id: null },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      ...app,
      application_name: 'Billing desk',
      webhook_event_url: 'https://example.com/billing',
      webhook_timeout_secs: null,
      inbound: { channel_limit: 8, sip_subdomain: 'billing', sip_subdomain_receive_settings: 'from_anyone' },
      outbound: { channel_limit: 2 },
      updated_at: new Date(clock).toISOString(),
    });
    expect((await api<DataBody<App>>(sandbox(), `/fax_applications/${app.id}`)).body.data).toEqual(answer.body.data);
  });

  it('keeps its own SIP subdomain, and accepts then hides fax_email_recipient', async () => {
    const app = await made('Mailer', { inbound: { sip_subdomain: 'mailer' } });
    const answer = await patch(app.id, {
      application_name: 'Mailer',
      webhook_event_url: 'https://example.com/hooks',
      inbound: { sip_subdomain: 'mailer' },
      fax_email_recipient: 'desk@example.com',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).not.toHaveProperty('fax_email_recipient');
    const bad = await patch(app.id, {
      application_name: 'Mailer',
      webhook_event_url: 'https://example.com',
      fax_email_recipient: 'nope',
    });
    expect(pointers(bad)).toEqual(['/fax_email_recipient']);
  });

  it('requires application_name and webhook_event_url, as the spec says, and leaves the application alone', async () => {
    const app = await made('Strict');
    const answer = await patch(app.id, { active: false });
    expect(answer.status).toBe(422);
    expect(pointers(answer)).toEqual(['/application_name', '/webhook_event_url']);
    expect((await api<DataBody<App>>(sandbox(), `/fax_applications/${app.id}`)).body.data).toEqual(app);
  });

  it('renames the connection its numbers show', async () => {
    const answer = await patch(SANDBOX_FAX_APP_ID, {
      application_name: 'Faxdesk Sandbox (renamed)',
      webhook_event_url: 'https://example.com/webhooks',
    });
    expect(answer.status).toBe(200);
    const numbers = await api<ListBody<{ connection_name: string }>>(
      sandbox(),
      `/phone_numbers?filter[connection_id]=${SANDBOX_FAX_APP_ID}`,
    );
    expect(numbers.body.data.map((n) => n.connection_name)).toEqual([
      'Faxdesk Sandbox (renamed)',
      'Faxdesk Sandbox (renamed)',
    ]);
    await patch(SANDBOX_FAX_APP_ID, {
      application_name: 'Faxdesk Sandbox',
      webhook_event_url: 'https://example.com/webhooks',
    });
  });

  it('answers 404 for an application that does not exist', async () => {
    expect((await patch('1', { application_name: 'x', webhook_event_url: 'https://example.com' })).status).toBe(404);
  });
});

describe('DELETE /fax_applications/{id}', () => {
  it('deletes an unused application and answers with it; it is gone afterwards', async () => {
    const app = await made('Short-lived');
    const answer = await remove(app.id);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual(app);
    expect((await api(sandbox(), `/fax_applications/${app.id}`)).status).toBe(404);
    expect((await remove(app.id)).status).toBe(404);
    const sent = await postJson<ErrorBody>(sandbox(), '/faxes', {
      connection_id: app.id,
      from: FROM,
      to: '+12025550100',
      media_url: 'https://example.com/a.pdf',
    });
    expect(sent.status).toBe(422);
    expect(pointers(sent)).toEqual(['/connection_id']);
  });

  it('refuses to delete an application numbers are assigned to, naming them', async () => {
    const answer = await remove(SANDBOX_FAX_APP_ID);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toMatchObject({ code: '10015', source: { parameter: 'id' } });
    expect(answer.body.errors[0]?.detail).toMatch(/\+12025550180, \+12025550181.*PATCH \/phone_numbers/);
    expect((await api(sandbox(), `/fax_applications/${SANDBOX_FAX_APP_ID}`)).status).toBe(200);
  });
});

describe('GET /fax_applications sorting', () => {
  it('lists newest first by default and sorts by the spec fields either way', async () => {
    clock += 60_000;
    const zulu = await made('Zulu sort', { active: false });
    clock += 60_000;
    const alpha = await made('Alpha sort');
    const order = async (query: string) =>
      (
        await api<ListBody<App>>(sandbox(), `/fax_applications?filter[application_name][contains]=sort${query}`)
      ).body.data.map((a) => a.application_name);
    expect(await order('')).toEqual([alpha.application_name, zulu.application_name]);
    expect(await order('&sort=created_at')).toEqual([zulu.application_name, alpha.application_name]);
    expect(await order('&sort=application_name')).toEqual(['Alpha sort', 'Zulu sort']);
    expect(await order('&sort=-application_name')).toEqual(['Zulu sort', 'Alpha sort']);
    expect(await order('&sort=active')).toEqual(['Zulu sort', 'Alpha sort']);
    const bad = await api<ErrorBody>(sandbox(), '/fax_applications?sort=name');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ code: '10015', source: { parameter: 'sort' } });
  });
});

describe('the number of fax applications', () => {
  it(`stops at ${MAX_FAX_APPLICATIONS}, saying what to do, and makes room when one is deleted`, async () => {
    const all = await api<ListBody<App>>(sandbox(), '/fax_applications?page[size]=250');
    const fillers: App[] = [];
    for (let i = all.body.meta.total_results; i < MAX_FAX_APPLICATIONS; i++) fillers.push(await made(`Filler ${i}`));
    const refused = await create({ application_name: 'One too many', webhook_event_url: 'https://example.com' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]?.detail).toMatch(/already has 100 fax applications.*delete one/);
    expect((await remove(fillers[0]?.id ?? '')).status).toBe(200);
    expect((await create({ application_name: 'Now fits', webhook_event_url: 'https://example.com' })).status).toBe(201);
  });
});
