/**
 * Spec conformance of both sides (DESIGN.md §7): every request the engine's Telnyx client
 * sends, and every response the sandbox returns to it, validated against the official
 * OpenAPI excerpt (test/fixtures/telnyx/openapi-fax.yaml) by a recording proxy in between.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelnyxClient, type TelnyxClient } from '../../main/engine/telnyx/client';
import { SANDBOX_FAX_APP_ID, SANDBOX_KEYS, startSandbox, type Sandbox } from '../../main/sandbox';
import { checkExchange, type Exchange } from '../support/openapi/conformance';
import { startRecordingProxy, type RecordingProxy } from '../support/proxy/recording-proxy';

let telnyx: Sandbox;
let proxy: RecordingProxy;
let client: TelnyxClient;

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 10 });
  proxy = await startRecordingProxy(telnyx.origin);
  client = createTelnyxClient({
    credentials: { kind: 'api_key', apiKey: SANDBOX_KEYS.accepted },
    baseURL: `${proxy.url}/v2`,
    readRetries: 0,
    pageSize: 1,
  });
});

afterAll(async () => {
  await proxy.close();
  await telnyx.close();
});

const describeExchange = (e: Exchange) => `${e.method} ${e.url} -> ${e.status}`;

describe('the client and the sandbox against the OpenAPI excerpt', () => {
  it('conform on the whole connect-and-send conversation, successes and refusals alike', async () => {
    // Account discovery, paged one record at a time so pagination is exercised too.
    await client.verifyCredentials();
    await client.listFaxApplications();
    await client.listPhoneNumbers({ connectionId: SANDBOX_FAX_APP_ID, status: 'active' });

    // Upload, send, follow, list with every filter, cancel, delete the media.
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type /Page>>endobj\n%%EOF\n');
    const mediaName = await client.uploadMedia(pdf, `conformance-${Date.now()}`, 3600);
    const fax = await client.sendFax({
      connection_id: SANDBOX_FAX_APP_ID,
      from: '+12025550180',
      to: '+12025550104',
      media_name: mediaName,
      quality: 'high',
      client_state: Buffer.from('attempt-1').toString('base64'),
    });
    expect(fax.status).toBe('queued');
    await client.retrieveFax(fax.id ?? '');
    await client.listFaxes(
      {
        to: { eq: '+12025550104' },
        from: { eq: '+12025550180' },
        direction: { eq: 'outbound' },
        created_at: { gte: '2020-01-01T00:00:00Z' },
      },
      1,
      2,
    );
    await client.cancelFax(fax.id ?? '');
    await client.deleteMedia(mediaName);

    // Refusals: a missing fax, an invalid send, a fax that can no longer be cancelled.
    await expect(client.retrieveFax('6f0c2f0e-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(client.cancelFax(fax.id ?? '')).rejects.toMatchObject({ code: 'invalid_parameters' });
    await expect(
      client.sendFax({
        connection_id: SANDBOX_FAX_APP_ID,
        from: '+12025550180',
        to: '+12025550100',
        media_name: 'no-such-media',
      }),
    ).rejects.toMatchObject({ code: 'invalid_parameters' });

    expect(proxy.exchanges.length).toBe(13);
    const violations = proxy.exchanges.flatMap((exchange) =>
      checkExchange(exchange).map((v) => `${describeExchange(exchange)}: ${v.where}: ${v.message}`),
    );
    expect(violations).toEqual([]);
    // The proxy saw real paging (page size 1) and real refusals.
    expect(proxy.exchanges.some((e) => e.url.includes('page%5Bnumber%5D=2') || e.url.includes('page[number]=2'))).toBe(
      true,
    );
    expect(proxy.exchanges.map((e) => e.status)).toEqual(expect.arrayContaining([200, 201, 202, 204, 404, 422]));
  });

  it('conform on a refused key (401 from /fax_applications)', async () => {
    const start = proxy.exchanges.length;
    const refused = createTelnyxClient({
      credentials: { kind: 'api_key', apiKey: SANDBOX_KEYS.revoked },
      baseURL: `${proxy.url}/v2`,
      readRetries: 0,
    });
    await expect(refused.verifyCredentials()).rejects.toMatchObject({ code: 'bad_credentials' });
    const exchanges = proxy.exchanges.slice(start);
    expect(exchanges.map((e) => e.status)).toEqual([401]);
    expect(exchanges.flatMap((e) => checkExchange(e))).toEqual([]);
  });
});
