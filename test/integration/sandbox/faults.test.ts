import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxFax } from '../../../main/sandbox';
import type { DataBody, ErrorBody } from './helpers';
import { api, APP_ID, FROM, postJson, useSandbox } from './helpers';

const sandbox = useSandbox();
afterEach(() => sandbox().faults.clear());

const SEND = { method: 'POST', path: '/v2/faxes' };

function send(clientState: string) {
  return postJson<DataBody<SandboxFax> & ErrorBody>(sandbox(), '/faxes', {
    connection_id: APP_ID,
    from: FROM,
    to: '+12025550100',
    media_url: 'https://example.com/a.pdf',
    client_state: clientState,
  });
}

const withState = (state: string) =>
  sandbox()
    .faxes()
    .filter((f) => f.client_state === state);

describe('faults', () => {
  it('dropAfterCreate: the fax exists but the client gets no answer', async () => {
    sandbox().faults.dropAfterCreate(SEND);
    await expect(send('ZHJvcDE=')).rejects.toThrow();
    expect(withState('ZHJvcDE=')).toHaveLength(1);
    // Armed once: the next send is answered normally.
    expect((await send('ZHJvcDI=')).status).toBe(202);
    expect(withState('ZHJvcDI=')).toHaveLength(1);
  });

  it('errorAfterCreate: 500 with a Telnyx error body, and the fax exists', async () => {
    sandbox().faults.errorAfterCreate(SEND);
    const result = await send('ZXJyMQ==');
    expect(result.status).toBe(500);
    expect(result.body.errors[0]).toMatchObject({ code: '10007', title: 'Unexpected error' });
    expect(withState('ZXJyMQ==')).toHaveLength(1);
    // The fax is real: the client can find it by listing.
    const list = await api<{ data: SandboxFax[] }>(sandbox(), '/faxes?filter[to][eq]=%2B12025550100');
    expect(list.body.data.some((f) => f.client_state === 'ZXJyMQ==')).toBe(true);
  });

  it('resetBeforeHandling: the client gets no answer and nothing was created', async () => {
    sandbox().faults.resetBeforeHandling(SEND);
    await expect(send('cmVzZXQ=')).rejects.toThrow();
    expect(withState('cmVzZXQ=')).toHaveLength(0);
  });

  it('reject: answers the given status with an error body and creates nothing', async () => {
    sandbox().faults.reject(SEND, 503, 2);
    for (const state of ['cmVqMQ==', 'cmVqMg==']) {
      const result = await send(state);
      expect(result.status).toBe(503);
      expect(result.headers.get('content-type')).toBe('application/json');
      expect(result.body.errors[0]?.code).toBe('503');
      expect(withState(state)).toHaveLength(0);
    }
    expect((await send('cmVqMw==')).status).toBe(202);
  });

  it('delay: waits before handling', async () => {
    sandbox().faults.delay(SEND, 500);
    const started = Date.now();
    const result = await send('ZGVsYXk=');
    const delayed = Date.now() - started;
    expect(result.status).toBe(202);
    expect(delayed).toBeGreaterThanOrEqual(490);
    // Armed once: the next request is not held back.
    const next = Date.now();
    await send('ZGVsYXky');
    expect(Date.now() - next).toBeLessThan(delayed - 250);
  });

  it('matches by method and path prefix only', async () => {
    sandbox().faults.reject({ method: 'POST', path: '/v2/faxes' }, 503, 1);
    // A GET on the same path is not affected, and the fault is still armed afterwards.
    expect((await api(sandbox(), '/faxes')).status).toBe(200);
    expect((await api(sandbox(), '/media')).status).toBe(200);
    expect((await send('bWF0Y2g=')).status).toBe(503);
  });

  it('matches any method when none is given, and clear() disarms everything', async () => {
    sandbox().faults.reject({ path: '/v2/phone_numbers' }, 502, 5);
    expect((await api(sandbox(), '/phone_numbers')).status).toBe(502);
    sandbox().faults.clear();
    expect((await api(sandbox(), '/phone_numbers')).status).toBe(200);
  });

  it('a delay and an after-fault combine on one request', async () => {
    sandbox().faults.delay(SEND, 100);
    sandbox().faults.errorAfterCreate(SEND);
    const started = Date.now();
    const result = await send('Y29tYm8=');
    expect(result.status).toBe(500);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(withState('Y29tYm8=')).toHaveLength(1);
  });
});
