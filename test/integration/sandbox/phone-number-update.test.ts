/**
 * PATCH /v2/phone_numbers/{id}: assigning a number to a fax application (`connection_id`), as a
 * client does after creating one, and the other settings UpdatePhoneNumberRequest declares.
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_FAX_APP_ID } from '../../../main/sandbox';
import type { DataBody, ErrorBody, ListBody } from './helpers';
import { api, pollUntilFinal, postJson, useSandbox } from './helpers';

let clock = Date.parse('2026-06-02T10:00:00.000Z');
const sandbox = useSandbox({ now: () => clock });

/** The seeded numbers: two on the fax application, one on the voice connection. */
const FAX_NUMBER_ID = '1293384261075731601';
const VOICE_NUMBER_ID = '1293384261075731603';

interface PhoneNumber {
  id: string;
  phone_number: string;
  connection_id: string | null;
  connection_name: string | null;
  customer_reference: string | null;
  billing_group_id: string | null;
  external_pin: string | null;
  hd_voice_enabled: boolean;
  tags: string[];
  updated_at: string;
}
type Answer = DataBody<PhoneNumber> & ErrorBody;

const patch = (id: string, body: unknown) =>
  api<Answer>(sandbox(), `/phone_numbers/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const current = async (id: string) => (await api<DataBody<PhoneNumber>>(sandbox(), `/phone_numbers/${id}`)).body.data;

async function newApplication(name: string): Promise<string> {
  const answer = await postJson<DataBody<{ id: string }>>(sandbox(), '/fax_applications', {
    application_name: name,
    webhook_event_url: 'https://example.com/hooks',
  });
  expect(answer.status).toBe(201);
  return answer.body.data.id;
}

describe('PATCH /phone_numbers/{id}', () => {
  it('assigns the number to a new fax application, which then lists it and receives on it', async () => {
    const appId = await newApplication('Reception');
    const before = await current(VOICE_NUMBER_ID);
    clock += 60_000;
    const answer = await patch(VOICE_NUMBER_ID, { connection_id: appId });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      ...before,
      connection_id: appId,
      connection_name: 'Reception',
      updated_at: new Date(clock).toISOString(),
    });
    const listed = await api<ListBody<PhoneNumber>>(sandbox(), `/phone_numbers?filter[connection_id]=${appId}`);
    expect(listed.body.data.map((n) => n.phone_number)).toEqual(['+12025550182']);

    const { id } = await sandbox().injectInbound({ from: '+13125550199', to: '+12025550182' });
    expect((await pollUntilFinal(sandbox(), id)).fax.connection_id).toBe(appId);
  });

  it('moves a number back to the voice connection by its id', async () => {
    const answer = await patch(FAX_NUMBER_ID, { connection_id: '1293384261075731777' });
    expect(answer.body.data).toMatchObject({
      connection_id: '1293384261075731777',
      connection_name: 'Front Desk Voice',
    });
    expect((await patch(FAX_NUMBER_ID, { connection_id: SANDBOX_FAX_APP_ID })).body.data.connection_name).toBe(
      'Faxdesk Sandbox',
    );
  });

  it('changes nothing, not even updated_at, for an empty update', async () => {
    const before = await current(FAX_NUMBER_ID);
    clock += 60_000;
    const answer = await patch(FAX_NUMBER_ID, {});
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual(before);
  });

  it('keeps the other settings, and clears the nullable ones given as empty strings', async () => {
    const set = await patch(FAX_NUMBER_ID, {
      customer_reference: 'MY REF 001',
      billing_group_id: 'dc8e4d67-33a0-4cbb-af74-7b58f05bd494',
      external_pin: '1234',
      hd_voice_enabled: true,
      tags: ['front', 'fax'],
      address_id: 'dc8f39ac-953d-4520-b93b-786ae87db0da',
      id: 'ignored',
    });
    expect(set.status).toBe(200);
    expect(set.body.data).toMatchObject({
      id: FAX_NUMBER_ID,
      customer_reference: 'MY REF 001',
      billing_group_id: 'dc8e4d67-33a0-4cbb-af74-7b58f05bd494',
      external_pin: '1234',
      hd_voice_enabled: true,
      tags: ['front', 'fax'],
      connection_id: SANDBOX_FAX_APP_ID,
    });
    expect(set.body.data).not.toHaveProperty('address_id');
    const cleared = await patch(FAX_NUMBER_ID, {
      customer_reference: '',
      billing_group_id: '',
      external_pin: '',
      tags: [],
    });
    expect(cleared.body.data).toMatchObject({
      customer_reference: null,
      billing_group_id: null,
      external_pin: null,
      tags: [],
    });
  });

  it('refuses a connection the account does not have, and leaves the number alone', async () => {
    const before = await current(FAX_NUMBER_ID);
    for (const connectionId of ['1234567890123456789', '']) {
      const answer = await patch(FAX_NUMBER_ID, { connection_id: connectionId });
      expect(answer.status).toBe(422);
      expect(answer.body.errors).toEqual([
        expect.objectContaining({ code: '10017', source: { pointer: '/connection_id' } }),
      ]);
    }
    expect(await current(FAX_NUMBER_ID)).toEqual(before);
  });

  it('reports every mistyped setting at once', async () => {
    const answer = await patch(FAX_NUMBER_ID, {
      connection_id: 42,
      tags: 'front',
      hd_voice_enabled: 'yes',
      customer_reference: null,
      address_id: 7,
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors.map((e) => e.source?.pointer).sort()).toEqual([
      '/address_id',
      '/connection_id',
      '/customer_reference',
      '/hd_voice_enabled',
      '/tags',
    ]);
  });

  it('answers 404 for a number the account does not have, and 422 without a body', async () => {
    expect((await patch('1', { connection_id: SANDBOX_FAX_APP_ID })).status).toBe(404);
    expect((await api(sandbox(), `/phone_numbers/${FAX_NUMBER_ID}`, { method: 'PATCH' })).status).toBe(422);
  });
});
