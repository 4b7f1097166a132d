import { describe, expect, it } from 'vitest';
import type { SandboxFax } from '../../../main/sandbox';
import { SANDBOX_TEST_NUMBERS } from '../../../main/sandbox';
import type { DataBody, ErrorBody } from './helpers';
import { api, APP_ID, fakePdf, FROM, pollUntilFinal, postJson, sendFax, sleep, useSandbox } from './helpers';

// Long enough steps that a poller sees every state even on a busy machine; the sequences run
// concurrently, so the length costs little.
const sandbox = useSandbox({ stepMs: 100 });

const UP_TO_ORIGINATED = ['queued', 'media.processed', 'originated'];
const UP_TO_SENDING = [...UP_TO_ORIGINATED, 'sending'];

describe('outbound lifecycle by test number', () => {
  it.concurrent.for([
    ['+12025550100', [...UP_TO_SENDING, 'delivered'], null],
    ['+12025550101', [...UP_TO_ORIGINATED, 'failed'], 'user_busy'],
    ['+12025550102', [...UP_TO_ORIGINATED, 'failed'], 'receiver_no_answer'],
    ['+12025550103', [...UP_TO_ORIGINATED, 'failed'], 'receiver_unallocated_number'],
    ['+12025550105', [...UP_TO_SENDING, 'failed'], 'receiver_call_dropped'],
    ['+13125550199', [...UP_TO_SENDING, 'delivered'], null],
  ] as const)('%s goes %j and ends with failure_reason %s', async ([to, statuses, reason], { expect }) => {
    const sent = await sendFax(sandbox(), to);
    const { fax, seen } = await pollUntilFinal(sandbox(), sent.id);
    expect(seen).toEqual(statuses);
    expect(fax.failure_reason).toBe(reason);
    expect(fax.internal_failure_reason).toBe(reason);
    expect(fax.page_count).toBe(1);
    expect(Date.parse(fax.updated_at)).toBeGreaterThan(Date.parse(fax.created_at));
  });

  it('exports the same table it runs on', () => {
    expect(SANDBOX_TEST_NUMBERS.map((t) => t.number)).toEqual([
      '+12025550100',
      '+12025550101',
      '+12025550102',
      '+12025550103',
      '+12025550104',
      '+12025550105',
      '+12025550106',
    ]);
    for (const entry of SANDBOX_TEST_NUMBERS) expect(entry.outcome.length).toBeGreaterThan(5);
  });

  it('+12025550106 is busy on the first fax and free on the next', async () => {
    const first = await pollUntilFinal(sandbox(), (await sendFax(sandbox(), '+12025550106')).id);
    expect(first.fax).toMatchObject({ status: 'failed', failure_reason: 'user_busy' });
    const second = await pollUntilFinal(sandbox(), (await sendFax(sandbox(), '+12025550106')).id);
    expect(second.fax).toMatchObject({ status: 'delivered', failure_reason: null });
  });

  it('moves updated_at on every step', async () => {
    const sent = await sendFax(sandbox(), '+12025550100');
    const stamps = new Set<string>([sent.updated_at]);
    for (let i = 0; i < 200; i++) {
      const { body } = await api<DataBody<SandboxFax>>(sandbox(), `/faxes/${sent.id}`);
      stamps.add(body.data.updated_at);
      if (body.data.status === 'delivered') break;
      await sleep(2);
    }
    expect(stamps.size).toBe(5);
  });

  it('fails a PDF over 350 pages with page_count_limit_exceeded right after queued', async () => {
    const form = new FormData();
    form.append('connection_id', APP_ID);
    form.append('from', FROM);
    form.append('to', '+12025550100');
    form.append('contents', new Blob([fakePdf(351)], { type: 'application/pdf' }), 'long.pdf');
    const sent = await api<DataBody<SandboxFax>>(sandbox(), '/faxes', { method: 'POST', body: form });
    expect(sent.status).toBe(202);
    const { fax, seen } = await pollUntilFinal(sandbox(), sent.body.data.id);
    expect(seen).toEqual(['queued', 'failed']);
    expect(fax).toMatchObject({ failure_reason: 'page_count_limit_exceeded', page_count: 351 });
  });

  it('delivers a PDF of exactly 350 pages', async () => {
    const form = new FormData();
    form.append('media', new Blob([fakePdf(350)], { type: 'application/pdf' }), 'long.pdf');
    form.append('media_name', 'three-fifty');
    expect((await api(sandbox(), '/media', { method: 'POST', body: form })).status).toBe(201);
    const sent = await sendFax(sandbox(), '+12025550100', { media_url: undefined, media_name: 'three-fifty' });
    const { fax } = await pollUntilFinal(sandbox(), sent.id);
    expect(fax).toMatchObject({ status: 'delivered', page_count: 350, media_name: 'three-fifty' });
  });

  it('fails a document it cannot read with file_format_invalid', async () => {
    const form = new FormData();
    form.append('media', new Blob([Buffer.from('PK\x03\x04 not a pdf')], { type: 'application/pdf' }), 'fake.pdf');
    form.append('media_name', 'not-a-pdf');
    expect((await api(sandbox(), '/media', { method: 'POST', body: form })).status).toBe(201);
    const sent = await sendFax(sandbox(), '+12025550100', { media_url: undefined, media_name: 'not-a-pdf' });
    const { fax, seen } = await pollUntilFinal(sandbox(), sent.id);
    expect(seen).toEqual(['queued', 'failed']);
    expect(fax.failure_reason).toBe('file_format_invalid');
  });
});

describe('the slow number', () => {
  const quick = useSandbox({ stepMs: 20 });

  it('+12025550104 stays in sending for about a minute (scaled to the step), then delivers', async () => {
    // 60 s at the default 1.5 s step; 60_000 * 20 / 1500 = 800 ms at a 20 ms step.
    const sent = await sendFax(quick(), '+12025550104');
    let sendingSeenAt: number | undefined;
    let lastSendingAt = 0;
    for (const deadline = Date.now() + 5000; Date.now() < deadline; await sleep(5)) {
      const { body } = await api<DataBody<SandboxFax>>(quick(), `/faxes/${sent.id}`);
      if (body.data.status === 'sending') {
        sendingSeenAt ??= Date.now();
        lastSendingAt = Date.now();
      }
      if (body.data.status === 'delivered') break;
    }
    expect(sendingSeenAt).toBeDefined();
    // Other states last 20 ms; observing `sending` for most of its 800 ms shows it is the slow one.
    expect(lastSendingAt - (sendingSeenAt ?? 0)).toBeGreaterThanOrEqual(500);
    const { fax } = await pollUntilFinal(quick(), sent.id);
    expect(fax.status).toBe('delivered');
  });
});

describe('cancel', () => {
  // Each state lasts 300 ms here: time to see it and cancel in it.
  const slow = useSandbox({ stepMs: 300 });

  async function waitFor(id: string, status: string): Promise<void> {
    for (const deadline = Date.now() + 3000; Date.now() < deadline; await sleep(2)) {
      const { body } = await api<DataBody<SandboxFax>>(slow(), `/faxes/${id}`);
      if (body.data.status === status) return;
    }
    throw new Error(`fax ${id} never reached ${status}`);
  }

  it.concurrent.for(['queued', 'media.processed', 'originated', 'sending'])(
    'cancels a fax in %s: 202, then failed with sender_canceled, and it stays failed',
    async (state, { expect }) => {
      const sent = await sendFax(slow(), '+12025550104');
      await waitFor(sent.id, state);
      const cancel = await api(slow(), `/faxes/${sent.id}/actions/cancel`, { method: 'POST' });
      expect(cancel.status).toBe(202);
      expect(cancel.body).toEqual({ data: { result: 'ok' } });
      const { body } = await api<DataBody<SandboxFax>>(slow(), `/faxes/${sent.id}`);
      expect(body.data).toMatchObject({ status: 'failed', failure_reason: 'sender_canceled' });
      await sleep(450);
      const later = await api<DataBody<SandboxFax>>(slow(), `/faxes/${sent.id}`);
      expect(later.body.data).toMatchObject({ status: 'failed', failure_reason: 'sender_canceled' });
    },
  );

  it('refuses to cancel a fax that is already final, with 422', async () => {
    const sent = await sendFax(sandbox(), '+12025550100');
    await pollUntilFinal(sandbox(), sent.id);
    const cancel = await api<ErrorBody>(sandbox(), `/faxes/${sent.id}/actions/cancel`, { method: 'POST' });
    expect(cancel.status).toBe(422);
    expect(cancel.body.errors[0]?.detail).toMatch(/delivered/);
  });

  it('answers 404 for an unknown fax', async () => {
    const cancel = await api<ErrorBody>(sandbox(), '/faxes/0ccc7b54-4df3-4bca-a65a-3da1ecc777f0/actions/cancel', {
      method: 'POST',
    });
    expect(cancel.status).toBe(404);
    expect(cancel.body.errors[0]).toEqual({
      code: '404',
      title: 'Not Found',
      detail: 'The requested resource does not exist',
    });
  });
});

describe('view and delete', () => {
  it('deletes a fax record: 204, then 404', async () => {
    const sent = await sendFax(sandbox(), '+12025550100');
    const deleted = await api(sandbox(), `/faxes/${sent.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBe('');
    expect((await api(sandbox(), `/faxes/${sent.id}`)).status).toBe(404);
    expect((await api(sandbox(), `/faxes/${sent.id}`, { method: 'DELETE' })).status).toBe(404);
    expect(
      sandbox()
        .faxes()
        .some((f) => f.id === sent.id),
    ).toBe(false);
  });

  it('refuses to refresh an outbound fax', async () => {
    const sent = await sendFax(sandbox(), '+12025550100');
    expect((await api(sandbox(), `/faxes/${sent.id}/actions/refresh`, { method: 'POST' })).status).toBe(422);
  });

  it('answers 405 with an Allow header for a method the path does not support', async () => {
    const result = await postJson<ErrorBody>(sandbox(), '/faxes/0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', {});
    expect(result.status).toBe(405);
    expect(result.headers.get('allow')).toBe('GET, DELETE');
    expect(result.body.errors[0]?.code).toBe('405');
  });
});
