/** The jobs channels' schemas: what a misbehaving page can and cannot push into the engine. */
import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Handlers } from '../../../main/app/ipc-dispatch';
import { contract } from '../../../preload/contract';
import { MAX_FILE_BYTES } from '../../../domain/send-limits';

function dispatchWith<C extends 'jobs:create' | 'documents:stage'>(channel: C, handler: Handlers[C]) {
  const unused = () => Promise.reject(new Error('not used'));
  const handlers = Object.fromEntries(Object.keys(contract).map((c) => [c, unused])) as unknown as Handlers;
  return createDispatch({ ...handlers, [channel]: handler }, () => undefined);
}

const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
const file = { name: 'a.pdf', bytes: pdf };
const token = 'q3Fz0yV6aX1Zp8Lr4Wk2Tn9Bc5Hd7Mj0Ge6Su3Ov1Ax';
const valid = { documents: [token], recipients: [{ number: '+13125550100' }] };

describe('documents:stage', () => {
  it('passes the file to the engine with the bytes intact', async () => {
    const stage = vi.fn(() => Promise.resolve({ kind: 'pdf' as const, pages: 1, token }));
    await expect(dispatchWith('documents:stage', stage)('documents:stage', file)).resolves.toMatchObject({ ok: true });
    expect(stage).toHaveBeenCalledWith({ name: 'a.pdf', bytes: pdf });
  });

  it.each([
    ['bytes as a string', { name: 'a.pdf', bytes: 'JVBERi0=' }, /bytes/],
    ['a file over 50 MB', { name: 'big.pdf', bytes: new Uint8Array(MAX_FILE_BYTES + 1) }, /larger than 50 MB/],
  ])('refuses %s before the engine sees it', async (_what, payload, message) => {
    const stage = vi.fn(() => Promise.resolve({ kind: 'pdf' as const, pages: 1, token }));
    const result = await dispatchWith('documents:stage', stage)('documents:stage', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(!result.ok && result.error.message).toMatch(message);
    expect(stage).not.toHaveBeenCalled();
  });
});

describe('jobs:create', () => {
  it('passes a valid request to the engine with the staged tokens intact', async () => {
    const create = vi.fn(() => Promise.resolve([]));
    await expect(dispatchWith('jobs:create', create)('jobs:create', valid)).resolves.toEqual({ ok: true, value: [] });
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ documents: [token] }));
  });

  it.each([
    ['no documents', { ...valid, documents: [] }, /add at least one document/],
    ['no recipients', { ...valid, recipients: [] }, /add at least one fax number/],
    ['a file instead of a token', { ...valid, documents: [file] }, /documents\.0/],
    ['a token that documents:stage never gives', { ...valid, documents: ['../../faxdesk.db'] }, /documents\.0/],
    ['an unknown field', { ...valid, sendTwice: true }, /sendTwice|Unrecognized/],
    ['a bad quality', { ...valid, quality: 'ultra' }, /quality/],
    ['a 500-character number', { ...valid, recipients: [{ number: '1'.repeat(500) }] }, /recipients\.0\.number/],
  ])('refuses %s before the engine sees it', async (_what, payload, message) => {
    const create = vi.fn(() => Promise.resolve([]));
    const result = await dispatchWith('jobs:create', create)('jobs:create', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(!result.ok && result.error.message).toMatch(message);
    expect(create).not.toHaveBeenCalled();
  });
});

describe('the other jobs channels', () => {
  const unused = () => Promise.reject(new Error('not used'));
  const handlers = Object.fromEntries(Object.keys(contract).map((c) => [c, unused])) as unknown as Handlers;

  it.each([
    ['jobs:list', { before: '0b5e7c1e-2a52-4c9e-9d47-5b1f2f0a7e11', offset: 10 }, /before or offset/],
    ['jobs:list', { offset: -1 }, /offset/],
    ['jobs:list', { offset: 1.5 }, /offset/],
    ['jobs:delete', { id: '../../faxdesk.db' }, /id/],
    ['jobs:delete', {}, /id/],
    ['jobs:openDocument', { id: '0b5e7c1e-2a52-4c9e-9d47-5b1f2f0a7e11', path: '/etc/passwd' }, /path|Unrecognized/],
  ] as const)('%s refuses %j before the engine sees it', async (channel, payload, message) => {
    const handler = vi.fn(() => Promise.resolve(null));
    const dispatch = createDispatch({ ...handlers, [channel]: handler }, () => undefined);
    const result = await dispatch(channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(!result.ok && result.error.message).toMatch(message);
    expect(handler).not.toHaveBeenCalled();
  });
});
