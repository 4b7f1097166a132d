import { beforeAll, describe, expect, it } from 'vitest';
import type { SandboxFax } from '../../../main/sandbox';
import { SANDBOX_FAX_APP_ID } from '../../../main/sandbox';
import type { DataBody, ErrorBody, ListBody } from './helpers';
import { api, sendFax, useSandbox } from './helpers';

let clock = Date.parse('2026-05-01T12:00:00.000Z');
const sandbox = useSandbox({ now: () => clock, stepMs: 60_000 });

const minute = 60_000;
const at = (minutes: number) => new Date(Date.parse('2026-05-01T12:00:00.000Z') + minutes * minute).toISOString();

/** Faxes created one minute apart: 0→+12025550100, 1→…101, 2→…100, 3→…102, then one inbound. */
const sent: SandboxFax[] = [];
beforeAll(async () => {
  for (const to of ['+12025550100', '+12025550101', '+12025550100', '+12025550102']) {
    sent.push(await sendFax(sandbox(), to, { from: '+12025550181' }));
    clock += minute;
  }
  await sandbox().injectInbound({ from: '+13125550199', to: '+12025550180' });
  clock += minute;
});

async function list(query: string): Promise<ListBody<SandboxFax>> {
  const result = await api<ListBody<SandboxFax>>(sandbox(), `/faxes?${query}`);
  expect(result.status).toBe(200);
  return result.body;
}

const ids = (body: ListBody<SandboxFax>) => body.data.map((f) => f.id);

describe('GET /faxes', () => {
  it('lists newest first with pagination meta', async () => {
    const body = await list('');
    expect(body.data).toHaveLength(5);
    expect(body.data[0]?.direction).toBe('inbound');
    expect(ids(body).slice(1)).toEqual(sent.map((f) => f.id).reverse());
    expect(body.meta).toEqual({ page_number: 1, page_size: 20, total_pages: 1, total_results: 5 });
  });

  it.each([
    ['raw brackets', 'filter[to][eq]=%2B12025550100'],
    ['encoded brackets', 'filter%5Bto%5D%5Beq%5D=%2B12025550100'],
    ['an unencoded plus', 'filter[to][eq]=+12025550100'],
  ])('filters by to with %s', async (_, query) => {
    const body = await list(query);
    expect(ids(body)).toEqual([sent[2]?.id, sent[0]?.id]);
    expect(body.meta.total_results).toBe(2);
  });

  it('filters by from and direction', async () => {
    expect(ids(await list('filter[from][eq]=%2B12025550181'))).toHaveLength(4);
    expect(ids(await list('filter%5Bfrom%5D%5Beq%5D=%2B13125550199'))).toHaveLength(1);
    expect((await list('filter[direction][eq]=inbound')).data.map((f) => f.direction)).toEqual(['inbound']);
    expect(await list('filter%5Bdirection%5D%5Beq%5D=outbound')).toMatchObject({ meta: { total_results: 4 } });
  });

  it('filters by created_at bounds, inclusive and exclusive', async () => {
    expect(ids(await list(`filter[created_at][gte]=${at(1)}`))).toHaveLength(4);
    expect(ids(await list(`filter[created_at][gt]=${at(1)}`))).toHaveLength(3);
    expect(ids(await list(`filter[created_at][lte]=${at(1)}`))).toEqual([sent[1]?.id, sent[0]?.id]);
    expect(ids(await list(`filter[created_at][lt]=${at(1)}`))).toEqual([sent[0]?.id]);
    const encoded = encodeURIComponent('filter[created_at][gte]') + '=' + encodeURIComponent(at(3));
    expect(ids(await list(`${encoded}&filter[direction][eq]=outbound`))).toEqual([sent[3]?.id]);
  });

  it('accepts created_at with microseconds, as Telnyx examples have', async () => {
    expect(ids(await list('filter[created_at][gte]=2026-05-01T12:00:59.999999Z'))).toHaveLength(4);
  });

  it('combines filters (the reconciliation query)', async () => {
    const body = await list(
      `filter[to][eq]=%2B12025550100&filter[created_at][gte]=${at(1)}&filter[from][eq]=%2B12025550181`,
    );
    expect(ids(body)).toEqual([sent[2]?.id]);
  });

  it('ignores unknown filter keys', async () => {
    expect((await list('filter[status][eq]=delivered&sort=-created_at')).meta.total_results).toBe(5);
  });

  it('pages with page[number] and page[size]', async () => {
    const second = await list('page[number]=2&page[size]=2');
    expect(second.meta).toEqual({ page_number: 2, page_size: 2, total_pages: 3, total_results: 5 });
    expect(ids(second)).toEqual([sent[2]?.id, sent[1]?.id]);
    const last = await list('page%5Bnumber%5D=3&page%5Bsize%5D=2');
    expect(ids(last)).toEqual([sent[0]?.id]);
    const beyond = await list('page[number]=9&page[size]=2');
    expect(beyond.data).toEqual([]);
  });

  it.each(['page[size]=0', 'page[size]=251', 'page[number]=0', 'page[size]=abc', 'filter[created_at][gte]=yesterday'])(
    'answers 400 for %s, naming the parameter',
    async (query) => {
      const result = await api<ErrorBody>(sandbox(), `/faxes?${query}`);
      expect(result.status).toBe(400);
      expect(result.body.errors[0]).toMatchObject({ code: '10015', source: { parameter: query.split('=')[0] } });
    },
  );

  it('accepts the maximum page size', async () => {
    expect((await list('page[size]=250')).meta.page_size).toBe(250);
  });
});

interface App {
  id: string;
  application_name: string;
}
interface PhoneNumber {
  id: string;
  phone_number: string;
  connection_id: string | null;
  status: string;
}

describe('GET /fax_applications', () => {
  it('lists the sandbox fax application', async () => {
    const result = await api<ListBody<App>>(sandbox(), '/fax_applications');
    expect(result.status).toBe(200);
    expect(result.body.data).toHaveLength(1);
    expect(result.body.data[0]).toMatchObject({
      id: SANDBOX_FAX_APP_ID,
      record_type: 'fax_application',
      application_name: 'Faxdesk Sandbox',
      active: true,
      webhook_event_url: 'https://example.com/webhooks',
      inbound: expect.any(Object),
      outbound: expect.any(Object),
    });
    expect(result.body.meta).toEqual({ page_number: 1, page_size: 20, total_pages: 1, total_results: 1 });
  });

  it('filters by application_name, case-insensitively', async () => {
    const hit = await api<ListBody<App>>(sandbox(), '/fax_applications?filter[application_name][contains]=SANDBOX');
    expect(hit.body.data).toHaveLength(1);
    const miss = await api<ListBody<App>>(
      sandbox(),
      '/fax_applications?filter%5Bapplication_name%5D%5Bcontains%5D=ringo',
    );
    expect(miss.body).toMatchObject({ data: [], meta: { total_results: 0 } });
  });

  it('retrieves one application, and 404s an unknown one', async () => {
    const one = await api<DataBody<App>>(sandbox(), `/fax_applications/${SANDBOX_FAX_APP_ID}`);
    expect(one.body.data.id).toBe(SANDBOX_FAX_APP_ID);
    expect((await api(sandbox(), '/fax_applications/1')).status).toBe(404);
  });
});

describe('GET /phone_numbers', () => {
  async function numbers(query: string): Promise<string[]> {
    const result = await api<ListBody<PhoneNumber>>(sandbox(), `/phone_numbers?${query}`);
    expect(result.status).toBe(200);
    return result.body.data.map((n) => n.phone_number).sort();
  }

  it('lists all three numbers of the account', async () => {
    expect(await numbers('')).toEqual(['+12025550180', '+12025550181', '+12025550182']);
  });

  it('filters by connection_id (only the fax application numbers) and status', async () => {
    const faxNumbers = ['+12025550180', '+12025550181'];
    expect(await numbers(`filter[connection_id]=${SANDBOX_FAX_APP_ID}&filter[status]=active`)).toEqual(faxNumbers);
    expect(await numbers(`filter%5Bconnection_id%5D=${SANDBOX_FAX_APP_ID}`)).toEqual(faxNumbers);
    expect(await numbers('filter[status]=deleted')).toEqual([]);
  });

  it('filters by phone_number digits', async () => {
    expect(await numbers('filter[phone_number]=%2B12025550181')).toEqual(['+12025550181']);
    expect(await numbers('filter[phone_number]=+12025550182')).toEqual(['+12025550182']);
    expect(await numbers('filter[phone_number]=555018')).toHaveLength(3);
    expect(await numbers('filter[phone_number]=abc')).toEqual([]);
    expect((await api(sandbox(), '/phone_numbers?filter[phone_number]=12')).status).toBe(400);
  });

  it('pages', async () => {
    const result = await api<ListBody<PhoneNumber>>(sandbox(), '/phone_numbers?page[size]=2&page[number]=2');
    expect(result.body.data).toHaveLength(1);
    expect(result.body.meta).toEqual({ page_number: 2, page_size: 2, total_pages: 2, total_results: 3 });
    expect((await api(sandbox(), '/phone_numbers?page[size]=251')).status).toBe(400);
  });

  it('carries the PhoneNumberDetailed fields a client uses', async () => {
    const result = await api<ListBody<PhoneNumber>>(
      sandbox(),
      `/phone_numbers?filter[connection_id]=${SANDBOX_FAX_APP_ID}`,
    );
    for (const number of result.body.data) {
      expect(number).toMatchObject({
        id: expect.stringMatching(/^\d+$/),
        record_type: 'phone_number',
        status: 'active',
        connection_id: SANDBOX_FAX_APP_ID,
        connection_name: 'Faxdesk Sandbox',
        tags: [],
        country_iso_alpha2: 'US',
        phone_number_type: 'local',
        t38_fax_gateway_enabled: true,
      });
    }
    const one = await api<DataBody<PhoneNumber>>(sandbox(), `/phone_numbers/${result.body.data[0]?.id}`);
    expect(one.body.data.phone_number).toBe(result.body.data[0]?.phone_number);
  });
});
