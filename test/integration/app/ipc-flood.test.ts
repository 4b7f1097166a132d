/**
 * A page flooding the costly channels, through handle(), the dispatch and the real handlers and
 * engine: the calls past the limits are refused at once with a typed `busy`, the others are
 * answered as usual, and nothing escapes as an untyped error. How much memory this saves is
 * the benchmark's business (test/bench), not this test's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BYTES_IN_FLIGHT } from '../../../main/app/channel-limits';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { openIpcDesk, type IpcDesk } from '../../support/ipc-desk';

const MB = 1024 * 1024;
let telnyx: Sandbox;
let desk: IpcDesk;

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
  desk = await openIpcDesk({ apiBase: telnyx.baseUrl, apiKey: SANDBOX_KEYS.accepted });
});
afterAll(async () => {
  await desk.close();
  await telnyx.close();
});

describe('a flood of costly calls', () => {
  it('documents:stage with 50 MB payloads: the ones past the budget are told Faxdesk is busy', async () => {
    // Each call carries its own 50 MB, as each IPC message would.
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        desk.invoke('documents:stage', { name: 'flood.pdf', bytes: new Uint8Array(50 * MB) }),
      ),
    );
    const codes = results.map((result) => (result.ok ? 'ok' : result.error.code));
    const admitted = Math.floor(MAX_BYTES_IN_FLIGHT / (50 * MB));
    // Admitted calls are read, and refused as not a document: 50 MB of zeros is no PDF.
    expect(codes.filter((code) => code === 'invalid_document')).toHaveLength(admitted);
    expect(codes.filter((code) => code === 'busy')).toHaveLength(40 - admitted);
    expect(desk.unexpected).toEqual([]);
  });

  it('account:discover from a page in a loop: past four at once, busy; the rest answered', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => desk.invoke('account:discover', undefined)));
    const codes = results.map((result) => (result.ok ? 'ok' : result.error.code));
    expect(codes.filter((code) => code === 'ok')).toHaveLength(4);
    expect(codes.filter((code) => code === 'busy')).toHaveLength(26);
    // Once those are answered, there is room again.
    await expect(desk.invoke('account:discover', undefined)).resolves.toMatchObject({ ok: true });
  });
});
