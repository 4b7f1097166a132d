/**
 * Every answer the sandbox gives, checked against the OpenAPI excerpt it simulates
 * (test/fixtures/telnyx/openapi-fax.yaml): the status must be one the operation declares (or fall
 * to its `default`), and the JSON body must validate against that response's schema.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SandboxFax } from '../../../main/sandbox';
import { SANDBOX_FAX_APP_ID } from '../../../main/sandbox';
import type { DataBody } from './helpers';
import { api, APP_ID, fakePdf, FROM, pollUntilFinal, postJson, sendFax, useSandbox } from './helpers';
import { faxSpecPath as SPEC_PATH } from '../../support/openapi/fax-spec';

interface ResponseObject {
  $ref?: string;
  content?: Record<string, { schema?: unknown }>;
}
interface Spec {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
  components: { responses: Record<string, ResponseObject> };
}

const spec = parse(readFileSync(SPEC_PATH, 'utf8')) as Spec;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, 'spec');

const pointerEscape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Checks one answer against operation `method specPath`. */
function conforms(method: string, specPath: string, status: number, body: unknown): void {
  const operation = spec.paths[specPath]?.[method.toLowerCase()];
  expect(operation, `${method} ${specPath} is in the spec`).toBeDefined();
  const declared = operation?.responses[String(status)] ? String(status) : 'default';
  const response = operation?.responses[declared];
  expect(response, `${method} ${specPath} declares ${status} or a default`).toBeDefined();
  let responsePointer = `#/paths/${pointerEscape(specPath)}/${method.toLowerCase()}/responses/${declared}`;
  let resolved = response;
  if (response?.$ref) {
    const name = response.$ref.split('/').at(-1) ?? '';
    resolved = spec.components.responses[name];
    responsePointer = `#/components/responses/${pointerEscape(name)}`;
  }
  const json = resolved?.content?.['application/json'];
  if (!json?.schema) {
    expect(body, `${method} ${specPath} ${status} has no body`).toBe('');
    return;
  }
  const validate = ajv.getSchema(`spec${responsePointer}/content/application~1json/schema`);
  expect(validate).toBeDefined();
  const valid = validate?.(body);
  expect(valid, `${method} ${specPath} ${status}: ${ajv.errorsText(validate?.errors)}`).toBe(true);
}

const sandbox = useSandbox();
const UNKNOWN_FAX = '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0';

describe('the conformance check itself', () => {
  it.each([
    ['an unknown status value', { data: { id: UNKNOWN_FAX, status: 'lost' } }],
    ['a null where the spec wants a string', { data: { id: UNKNOWN_FAX, client_state: null } }],
    ['a non-uuid fax id', { data: { id: '42' } }],
  ])('rejects a Fax with %s', (_, body) => {
    expect(() => conforms('GET', '/faxes/{id}', 200, body)).toThrow();
  });

  it('rejects an error without a code, and an undeclared status without a default', () => {
    expect(() => conforms('GET', '/faxes/{id}', 404, { errors: [{ title: 'Not Found' }] })).toThrow();
    expect(() => conforms('GET', '/fax_applications', 429, { errors: [] })).toThrow();
  });
});

describe('responses conform to the OpenAPI excerpt', () => {
  let delivered: SandboxFax;
  let failed: SandboxFax;
  let received: SandboxFax;

  beforeAll(async () => {
    delivered = (
      await pollUntilFinal(sandbox(), (await sendFax(sandbox(), '+12025550100', { client_state: 'YQ==' })).id)
    ).fax;
    failed = (await pollUntilFinal(sandbox(), (await sendFax(sandbox(), '+12025550101')).id)).fax;
    const { id } = await sandbox().injectInbound({ from: '+13125550199', to: '+12025550180', pages: 2 });
    received = (await pollUntilFinal(sandbox(), id)).fax;
  });

  it('faxes', async () => {
    // This fax must still be cancellable further down: hold the clock of the lifecycle still.
    sandbox().setStepMs(60_000);
    const sent = await postJson(sandbox(), '/faxes', {
      connection_id: APP_ID,
      from: FROM,
      to: '+12025550100',
      media_url: 'https://example.com/a.pdf',
    });
    sandbox().setStepMs(20);
    conforms('POST', '/faxes', sent.status, sent.body);
    const invalid = await postJson(sandbox(), '/faxes', { to: 'x', client_state: '!' });
    expect(invalid.status).toBe(422);
    conforms('POST', '/faxes', invalid.status, invalid.body);
    const badJson = await api(sandbox(), '/faxes', {
      method: 'POST',
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    conforms('POST', '/faxes', badJson.status, badJson.body);

    const list = await api(sandbox(), '/faxes?page[size]=50');
    conforms('GET', '/faxes', list.status, list.body);
    const badPage = await api(sandbox(), '/faxes?page[size]=999');
    conforms('GET', '/faxes', badPage.status, badPage.body);

    for (const fax of [delivered, failed, received]) {
      const one = await api(sandbox(), `/faxes/${fax.id}`);
      conforms('GET', '/faxes/{id}', one.status, one.body);
    }
    const missing = await api(sandbox(), `/faxes/${UNKNOWN_FAX}`);
    conforms('GET', '/faxes/{id}', missing.status, missing.body);

    const queued = (sent.body as DataBody<SandboxFax>).data;
    const cancel = await api(sandbox(), `/faxes/${queued.id}/actions/cancel`, { method: 'POST' });
    expect(cancel.status).toBe(202);
    conforms('POST', '/faxes/{id}/actions/cancel', cancel.status, cancel.body);
    const cancelAgain = await api(sandbox(), `/faxes/${queued.id}/actions/cancel`, { method: 'POST' });
    expect(cancelAgain.status).toBe(422);
    conforms('POST', '/faxes/{id}/actions/cancel', cancelAgain.status, cancelAgain.body);
    const cancelMissing = await api(sandbox(), `/faxes/${UNKNOWN_FAX}/actions/cancel`, { method: 'POST' });
    conforms('POST', '/faxes/{id}/actions/cancel', cancelMissing.status, cancelMissing.body);

    const refresh = await api(sandbox(), `/faxes/${received.id}/actions/refresh`, { method: 'POST' });
    expect(refresh.status).toBe(200);
    conforms('POST', '/faxes/{id}/actions/refresh', refresh.status, refresh.body);
    const refreshOutbound = await api(sandbox(), `/faxes/${delivered.id}/actions/refresh`, { method: 'POST' });
    conforms('POST', '/faxes/{id}/actions/refresh', refreshOutbound.status, refreshOutbound.body);

    const deleted = await api(sandbox(), `/faxes/${failed.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    conforms('DELETE', '/faxes/{id}', deleted.status, deleted.body);
    const deletedAgain = await api(sandbox(), `/faxes/${failed.id}`, { method: 'DELETE' });
    conforms('DELETE', '/faxes/{id}', deletedAgain.status, deletedAgain.body);
  });

  it('media', async () => {
    const form = new FormData();
    form.append('media', new Blob([fakePdf(1)], { type: 'application/pdf' }), 'a.pdf');
    form.append('media_name', 'conformance');
    const created = await api(sandbox(), '/media', { method: 'POST', body: form });
    expect(created.status).toBe(201);
    conforms('POST', '/media', created.status, created.body);
    const duplicate = await api(sandbox(), '/media', { method: 'POST', body: form });
    expect(duplicate.status).toBe(422);
    conforms('POST', '/media', duplicate.status, duplicate.body);
    const anonymous = await fetch(`${sandbox().baseUrl}/media`, { method: 'POST', body: form });
    conforms('POST', '/media', anonymous.status, await anonymous.json());

    const list = await api(sandbox(), '/media');
    conforms('GET', '/media', list.status, list.body);
    const one = await api(sandbox(), '/media/conformance');
    conforms('GET', '/media/{media_name}', one.status, one.body);
    const missing = await api(sandbox(), '/media/nothing');
    conforms('GET', '/media/{media_name}', missing.status, missing.body);
    const download = await fetch(`${sandbox().baseUrl}/media/conformance/download`, {
      headers: { authorization: 'Bearer KEY_X' },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    const downloadMissing = await api(sandbox(), '/media/nothing/download');
    conforms('GET', '/media/{media_name}/download', downloadMissing.status, downloadMissing.body);
    const deleted = await api(sandbox(), '/media/conformance', { method: 'DELETE' });
    conforms('DELETE', '/media/{media_name}', deleted.status, deleted.body);
    const deletedAgain = await api(sandbox(), '/media/conformance', { method: 'DELETE' });
    conforms('DELETE', '/media/{media_name}', deletedAgain.status, deletedAgain.body);
  });

  it('fax applications and phone numbers', async () => {
    for (const path of ['/fax_applications', '/fax_applications?filter[application_name][contains]=fax']) {
      const list = await api(sandbox(), path);
      conforms('GET', '/fax_applications', list.status, list.body);
    }
    const badPage = await api(sandbox(), '/fax_applications?page[number]=0');
    expect(badPage.status).toBe(400);
    conforms('GET', '/fax_applications', badPage.status, badPage.body);
    const anonymous = await fetch(`${sandbox().baseUrl}/fax_applications`);
    conforms('GET', '/fax_applications', anonymous.status, await anonymous.json());
    const app = await api(sandbox(), `/fax_applications/${SANDBOX_FAX_APP_ID}`);
    conforms('GET', '/fax_applications/{id}', app.status, app.body);
    const noApp = await api(sandbox(), '/fax_applications/42');
    conforms('GET', '/fax_applications/{id}', noApp.status, noApp.body);

    const numbers = await api(sandbox(), '/phone_numbers');
    conforms('GET', '/phone_numbers', numbers.status, numbers.body);
    const filtered = await api(
      sandbox(),
      `/phone_numbers?filter[connection_id]=${SANDBOX_FAX_APP_ID}&filter[status]=active`,
    );
    conforms('GET', '/phone_numbers', filtered.status, filtered.body);
    const badFilter = await api(sandbox(), '/phone_numbers?filter[phone_number]=1');
    conforms('GET', '/phone_numbers', badFilter.status, badFilter.body);
    const one = await api(sandbox(), '/phone_numbers/1293384261075731603');
    conforms('GET', '/phone_numbers/{id}', one.status, one.body);
    const noNumber = await api(sandbox(), '/phone_numbers/1');
    conforms('GET', '/phone_numbers/{id}', noNumber.status, noNumber.body);
  });
});
