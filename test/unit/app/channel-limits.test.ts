/**
 * The in-flight limits of the costly channels: past a channel's call limit, or the shared budget
 * of file bytes, a call is refused at once with a typed `busy`; finished or failed calls give
 * their room back.
 */
import { describe, expect, it } from 'vitest';
import { CHANNEL_LIMITS, fileBytes, limitInFlight, MAX_BYTES_IN_FLIGHT } from '../../../main/app/channel-limits';
import type { Handlers } from '../../../main/app/ipc-dispatch';
import { FaxdeskError } from '../../../main/engine/errors';
import { contract } from '../../../preload/contract';

const MB = 1024 * 1024;

/** Handlers whose calls stay open until the test lets them finish (or fail). */
function heldHandlers() {
  const open: Array<{ finish: () => void; fail: () => void }> = [];
  const hold = () =>
    new Promise((resolve, reject) => {
      open.push({ finish: () => resolve(null), fail: () => reject(new FaxdeskError('offline', 'no network')) });
    });
  const handlers = Object.fromEntries(Object.keys(contract).map((channel) => [channel, hold])) as unknown as Handlers;
  return { handlers: limitInFlight(handlers), open };
}

const inspect = (handlers: Handlers, bytes: Uint8Array<ArrayBuffer>) =>
  handlers['documents:stage']({ name: 'scan.pdf', bytes }).then(
    () => 'done' as const,
    (error: unknown) => (error instanceof FaxdeskError ? error.code : 'untyped'),
  );

describe('limitInFlight()', () => {
  it('refuses documents:stage as busy past the shared byte budget, with what to do', async () => {
    const { handlers, open } = heldHandlers();
    const file = new Uint8Array(50 * MB);
    const calls = Array.from({ length: 40 }, () => inspect(handlers, file));
    const fits = Math.floor(MAX_BYTES_IN_FLIGHT / file.byteLength);
    expect(open).toHaveLength(fits);
    await expect(handlers['documents:stage']({ name: 'one-more.pdf', bytes: file })).rejects.toMatchObject({
      code: 'busy',
      message: 'Faxdesk is still reading the files added before this one. Add it again once those are checked.',
    });
    open.forEach((call) => call.finish());
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((o) => o === 'done')).toHaveLength(fits);
    expect(outcomes.filter((o) => o === 'busy')).toHaveLength(40 - fits);
  });

  it('gives the room back when calls finish or fail', async () => {
    const { handlers, open } = heldHandlers();
    const file = new Uint8Array(50 * MB);
    const first = Array.from({ length: 5 }, () => inspect(handlers, file));
    expect(await inspect(handlers, file)).toBe('busy');
    open.splice(0).forEach((call, i) => (i % 2 ? call.finish() : call.fail()));
    expect(await Promise.all(first)).toEqual(['offline', 'done', 'offline', 'done', 'offline']);
    const again = Array.from({ length: 5 }, () => inspect(handlers, file));
    expect(open).toHaveLength(5);
    open.forEach((call) => call.finish());
    expect(await Promise.all(again)).toEqual(['done', 'done', 'done', 'done', 'done']);
  });

  it('counts the bytes of any limited channel against the same byte budget', async () => {
    const { handlers, open } = heldHandlers();
    // Two calls of 120 MB: 240 MB in flight, no room for one more 50 MB file. (jobs:create names
    // staged files by token today; the budget still counts bytes wherever a request carries them.)
    const big = new Uint8Array(60 * MB);
    const request = (n: number) =>
      ({
        documents: Array.from({ length: n }, () => ({ name: 'a.pdf', bytes: big })),
        recipients: [{ number: '+13125550100' }],
      }) as unknown as Parameters<Handlers['jobs:create']>[0];
    const sends = [handlers['jobs:create'](request(2)), handlers['jobs:create'](request(2))];
    expect(await inspect(handlers, new Uint8Array(50 * MB))).toBe('busy');
    expect(open).toHaveLength(2);
    open.forEach((call) => call.finish());
    await Promise.all(sends);
  });

  it('refuses past a channel call limit, small payloads too', async () => {
    const { handlers, open } = heldHandlers();
    const limit = CHANNEL_LIMITS['account:discover']?.calls ?? 0;
    const calls = Array.from({ length: limit }, () => handlers['account:discover'](undefined));
    await expect(handlers['account:discover'](undefined)).rejects.toMatchObject({ code: 'busy' });
    open.forEach((call) => call.finish());
    await Promise.all(calls);
    await expect(Promise.race([handlers['account:discover'](undefined), Promise.resolve('admitted')])).resolves.toBe(
      'admitted',
    );
  });

  it('lets a small drop of files through: the window stages each file once', async () => {
    const { handlers, open } = heldHandlers();
    const page = new Uint8Array(200 * 1024);
    const calls = Array.from({ length: 50 }, () => inspect(handlers, page));
    expect(open).toHaveLength(50);
    open.forEach((call) => call.finish());
    expect(new Set(await Promise.all(calls))).toEqual(new Set(['done']));
  });

  it('leaves the cheap channels alone', async () => {
    const { handlers, open } = heldHandlers();
    const calls = Array.from({ length: 500 }, () => handlers['jobs:list']({}));
    expect(open).toHaveLength(500);
    open.forEach((call) => call.finish());
    await Promise.all(calls);
  });
});

describe('fileBytes()', () => {
  it('adds up the bytes of a request, wherever the schema puts them', () => {
    expect(fileBytes({ documents: [{ bytes: new Uint8Array(3) }, { bytes: new Uint8Array(4) }] })).toBe(7);
    expect(fileBytes({ name: 'x', bytes: new Uint8Array(5) })).toBe(5);
    expect(fileBytes(undefined)).toBe(0);
    expect(fileBytes({ id: 'abc' })).toBe(0);
  });
});
