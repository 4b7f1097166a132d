/**
 * Random and hostile payloads at every channel of the contract, through the real handle()
 * (sender check), dispatch (schemas) and handlers with a real engine against the sandbox, the
 * way a page that was made to misbehave would send them. Whatever comes in:
 *   - the answer is a Result, never a throw; a refusal carries a code of the contract and a
 *     sentence, never `internal` (nothing untyped escapes a handler);
 *   - a refusal leaves no trace: no job, no counted send, no archived document, no settings
 *     change, no keychain write, nothing opened on the desktop.
 * Sends and previews name their files by the tokens documents:stage gave: mostly the staged letter's, which
 * is staged again whenever a send or a release may have let it go, sometimes tokens never given.
 * The person at the native dialogs answers yes or no at random; the outbox is stopped so that
 * nothing changes but what the calls themselves do.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SenderEvent } from '../../../main/app/sender-trust';
import { recordsPath } from '../../../main/engine/engine';
import type { SecretStore, TelnyxCredentials } from '../../../main/engine/secrets/secret-store';
import { SANDBOX_FAX_APP_ID, SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { contract, type Channel, type Result } from '../../../preload/contract';
import { MemorySecretStore } from '../../support/memory-secret-store';
import { receiveUntil } from '../../support/inbox-harness';
import { openIpcDesk, ourWindow, type IpcDesk } from '../../support/ipc-desk';
import { textPdf } from '../../support/pdf-samples';
import { IPC_ERROR_CODES } from '../../../domain/error-codes';
import { FAX_QUALITIES } from '../../../domain/fax-quality';
import { JOB_STATUSES } from '../../../domain/job-status';
import { RECEIVED_STATUSES } from '../../../domain/received-fax';

/** The keychain port, counting every change made to it. */
class CountingSecretStore implements SecretStore {
  private readonly inner = new MemorySecretStore();
  changes = 0;
  read(): Promise<TelnyxCredentials | null> {
    return this.inner.read();
  }
  write(credentials: TelnyxCredentials): Promise<void> {
    this.changes++;
    return this.inner.write(credentials);
  }
  clear(): Promise<void> {
    this.changes++;
    return this.inner.clear();
  }
}

const channels = Object.keys(contract) as Channel[];
let telnyx: Sandbox;
let desk: IpcDesk;
let secrets: CountingSecretStore;
let records: Database.Database;
let answer = false;
let pdf: Uint8Array;
/** The token of the letter staged for the sends below. */
let letterToken = '';
/** Faxes already in the records, so cancel, resend, delete and open meet real ones too. */
let jobIds: string[] = [];
/** Received faxes in the inbox (one archived, one failed call), so the inbox channels meet real ones too. */
let receivedIds: string[] = [];

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
  secrets = new CountingSecretStore();
  desk = await openIpcDesk({
    apiBase: telnyx.baseUrl,
    apiKey: SANDBOX_KEYS.accepted,
    secretStore: secrets,
    answer: () => answer,
  });
  await desk.engine.outbox.stop();
  desk.engine.settings.update({ connectionId: SANDBOX_FAX_APP_ID, fromNumber: '+12025550180' });
  pdf = await textPdf(1);
  await stageLetter();
  const later = Date.now() + 24 * 3_600_000;
  const seeded = await desk.engine.jobs.create({
    documents: [{ name: 'seed.pdf', bytes: pdf }],
    recipients: [{ number: '+13125550100' }, { number: '+13125550101' }, { number: '+13125550102' }],
    scheduledAt: later,
  });
  await desk.engine.jobs.cancel(seeded[1]?.id ?? '');
  jobIds = seeded.map((job) => job.id);
  const letter = await telnyx.injectInbound({ from: '+13125550199', to: '+12025550180', pages: 1 });
  const dropped = await telnyx.injectInbound({ from: '+13125550198', to: '+12025550180', fail: 'sender_hangup' });
  receivedIds = [
    (await receiveUntil(desk.engine, letter.id, (fax) => fax.archiveState === 'archived')).id,
    (await receiveUntil(desk.engine, dropped.id, (fax) => fax.status === 'failed')).id,
  ];
  records = new Database(recordsPath(desk.dataDir), { readonly: true, fileMustExist: true });
}, 60_000);

afterAll(async () => {
  records?.close();
  await desk?.close();
  await telnyx?.close();
});

async function stageLetter(): Promise<void> {
  const staged = await desk.invoke('documents:stage', { name: 'letter.pdf', bytes: pdf });
  if (!staged.ok) throw new Error(`The letter could not be staged: ${staged.error.message}`);
  letterToken = (staged.value as { token: string }).token;
}

/**
 * After a call that went through: a file staged by it is let go again, so the runs never fill the
 * staging limits, and the letter is staged afresh if a send or a release may have used it up.
 */
async function tidyAfter(channel: unknown, result: Result<unknown>): Promise<void> {
  if (!result.ok) return;
  if (channel === 'documents:stage' || channel === 'inbox:forward') {
    await desk.invoke('documents:release', { tokens: [(result.value as { token: string }).token] });
  }
  if (channel === 'jobs:create' || channel === 'documents:release') await stageLetter();
}

/** Everything a call could change, as a comparable value. */
async function state() {
  const { jobs, total } = desk.engine.jobs.list({ limit: 500 });
  const ledger = records.prepare('SELECT COALESCE(SUM(faxes), 0) AS faxes, COUNT(*) AS rows FROM queued_faxes').get();
  const documents = await readdir(join(desk.dataDir, 'documents'), { recursive: true }).catch(() => []);
  return {
    settings: desk.engine.settings.get(),
    total,
    jobs: jobs.map((job) => [job.id, job.status, job.attempts, job.updatedAt]),
    ledger,
    documents: [...documents].sort(),
    received: desk.engine.inbox.list({ limit: 500 }).items.map((fax) => [fax.id, fax.read, fax.updatedAt]),
    keychainChanges: secrets.changes,
    opened: desk.openedPaths.length,
  };
}

// ---- Arbitraries ----------------------------------------------------------------------

/** Values a page could put anywhere: every JSON-ish and structured-clone shape, and some old tricks. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withSparseArray: true,
    withObjectString: true,
  }),
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    2 ** 53,
    '',
    '\u0000',
    '../../faxdesk.db',
    '/etc/passwd',
    '__proto__',
    'A'.repeat(100_000),
    '<script>alert(1)</script>',
  ),
  fc.uint8Array({ maxLength: 256 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'then'), fc.anything()),
);

const numbers = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 9999 }).map((n) => `+1312555${String(n).padStart(4, '0')}`) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '+13125550150',
      '(312) 555-0151',
      '+1 809 234 5678',
      '+1 900 555 0100',
      '+44 909 879 0000',
      '+870 773 111 632',
      '+881 631 234 567',
      '+979 1234 56789',
      '+33 8 99 12 34 56',
      'not a number',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 45 }) },
);

/** A real one-page PDF (made before the runs), or bytes that are none, under names of any length. */
const file = fc.oneof(
  { weight: 3, arbitrary: fc.constant('letter.pdf').map((name) => ({ name, bytes: pdf })) },
  {
    weight: 1,
    arbitrary: fc.record({ name: fc.string({ maxLength: 300 }), bytes: fc.uint8Array({ maxLength: 512 }) }),
  },
);

/** The staged letter's token (as it is when the run is made), or tokens Faxdesk never gave, well-formed or not. */
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null).map(() => letterToken) },
  { weight: 1, arbitrary: fc.stringMatching(/^[\w-]{43}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
);
const documents = fc.array(token, { minLength: 1, maxLength: 3 });

/** One recipient and a cover page, as a send and its preview take them. */
const recipient = fc.record(
  { number: numbers, name: fc.option(fc.string({ maxLength: 120 })) },
  { requiredKeys: ['number'] },
);
const cover = fc.record({ subject: fc.option(fc.string({ maxLength: 200 })), message: fc.option(fc.string()) });

/** Mostly what the channel takes, sometimes not: so that most payloads get past the schema. */
function mostly<T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>): fc.Arbitrary<T | U> {
  return fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: invalid });
}

const jobId = fc.oneof(fc.constantFrom(...[0, 1, 2].map((i) => i)), fc.uuid(), fc.string({ maxLength: 40 }));

/** Payloads close to what each channel takes, valid or nearly: they reach the handlers. */
function plausible(channel: Channel): fc.Arbitrary<unknown> {
  const anId = jobId.map((id) => (typeof id === 'number' ? (jobIds[id] ?? '') : id));
  const aReceivedId = jobId.map((id) => (typeof id === 'number' ? (receivedIds[id] ?? receivedIds[0] ?? '') : id));
  switch (channel) {
    case 'credentials:save':
      return fc.oneof(
        fc.record({ kind: fc.constant('api_key'), apiKey: fc.oneof(fc.constant(SANDBOX_KEYS.accepted), fc.string()) }),
        fc.record({ kind: fc.constant('key_secret'), keyId: fc.string(), secret: fc.string() }),
      );
    case 'sandbox:set':
      return fc.record({ enabled: fc.boolean() });
    case 'settings:update':
      return fc.record(
        {
          connectionId: mostly(
            fc.constantFrom(SANDBOX_FAX_APP_ID, '1293384261075731777', '9999999999999999999', null),
            fc.string({ maxLength: 70 }),
          ),
          fromNumber: mostly(
            fc.constantFrom('+12025550180', '+12025550181', '+12025550182', '+19005550100', null),
            fc.string({ maxLength: 20 }),
          ),
          defaultQuality: mostly(fc.constantFrom(...FAX_QUALITIES), fc.string()),
          defaultCountry: mostly(fc.constantFrom('US', 'GB', 'DE'), fc.constantFrom('G1', 'usa', '')),
          paperSize: mostly(fc.constantFrom('letter', 'a4'), fc.constant('legal')),
          redialAttempts: mostly(fc.integer({ min: 1, max: 10 }), fc.integer({ min: -2, max: 12 })),
          graceSeconds: mostly(fc.integer({ min: 1, max: 3600 }), fc.double()),
          senderName: mostly(fc.option(fc.string({ maxLength: 100 })), fc.string({ minLength: 101, maxLength: 120 })),
          allowPremiumAndSatelliteNumbers: fc.boolean(),
        },
        { requiredKeys: [] },
      );
    case 'jobs:create':
      return fc.record(
        {
          documents,
          recipients: fc.array(recipient, { minLength: 1, maxLength: 40 }),
          cover: fc.option(cover),
          quality: fc.constantFrom(...FAX_QUALITIES),
          scheduledAt: fc.option(fc.integer({ min: 0, max: 2 ** 42 })),
        },
        { requiredKeys: ['documents', 'recipients'] },
      );
    case 'jobs:list':
      return fc.record(
        {
          status: fc.array(fc.oneof(fc.constantFrom(...JOB_STATUSES), fc.string()), { maxLength: 9 }),
          search: fc.string({ maxLength: 250 }),
          before: anId,
          offset: fc.integer({ min: -5, max: 200_000_000 }),
          limit: fc.integer({ min: -1, max: 600 }),
          createdFrom: fc.integer(),
          createdTo: fc.integer(),
        },
        { requiredKeys: [] },
      );
    case 'jobs:detail':
    case 'jobs:cancel':
    case 'jobs:resend':
    case 'jobs:delete':
    case 'jobs:openDocument':
      return fc.record({ id: anId });
    case 'documents:stage':
      return file;
    case 'documents:preview':
      return fc.record(
        {
          documents,
          recipient: fc.option(recipient),
          cover: fc.option(cover),
        },
        { requiredKeys: ['documents'] },
      );
    case 'documents:release':
      return fc.record({ tokens: fc.array(token, { maxLength: 3 }) });
    case 'inbox:list':
      return fc.record(
        {
          unread: fc.boolean(),
          status: fc.array(fc.oneof(fc.constantFrom(...RECEIVED_STATUSES), fc.string()), { maxLength: 5 }),
          search: fc.string({ maxLength: 250 }),
          to: fc.array(numbers, { maxLength: 3 }),
          before: aReceivedId,
          offset: fc.integer({ min: -5, max: 200_000_000 }),
          limit: fc.integer({ min: -1, max: 600 }),
        },
        { requiredKeys: [] },
      );
    case 'inbox:detail':
      return fc.record({ id: aReceivedId, search: fc.string({ maxLength: 250 }) }, { requiredKeys: ['id'] });
    case 'inbox:markRead':
      return fc.record({ id: aReceivedId, read: fc.boolean() });
    case 'inbox:document':
    case 'inbox:saveCopy':
    case 'inbox:forward':
    case 'reports:save':
      return fc.record({ id: aReceivedId });
    default:
      return fc.constant(undefined);
  }
}

/** A plausible payload, a hostile value in one of its places, or a hostile value outright. */
function payloadFor(channel: Channel): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: plausible(channel) },
    {
      weight: 2,
      arbitrary: fc.tuple(plausible(channel), fc.string({ maxLength: 20 }), hostile).map(([base, key, value]) => {
        if (!base || typeof base !== 'object') return value;
        const keys = Object.keys(base);
        const target = keys.length > 0 && key.length % 2 === 0 ? (keys[key.length % keys.length] as string) : key;
        return { ...(base as Record<string, unknown>), [target]: value };
      }),
    },
    { weight: 1, arbitrary: hostile },
  );
}

/** Who sends it: mostly the Faxdesk window, sometimes a stranger, a subframe, or no frame at all. */
const sender: fc.Arbitrary<{ event: SenderEvent; ours: boolean }> = fc.oneof(
  { weight: 5, arbitrary: fc.constant({ event: ourWindow, ours: true }) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        id: fc.integer({ min: 1, max: 3 }),
        url: fc.oneof(
          fc.constantFrom('app://faxdesk/index.html', 'https://evil.example/', 'file:///etc/passwd'),
          fc.string(),
        ),
        frame: fc.constantFrom('top', 'child', 'none'),
      })
      .filter((s) => !(s.id === 1 && s.url === 'app://faxdesk/index.html' && s.frame === 'top'))
      .map(({ id, url, frame }) => {
        const mainFrame = { url };
        const senderFrame = frame === 'top' ? mainFrame : frame === 'child' ? { url } : null;
        return { event: { sender: { id, mainFrame }, senderFrame }, ours: false };
      }),
  },
);

/** The channels where a page could do most harm come up most. */
const costly: Channel[] = [
  'jobs:create',
  'settings:update',
  'documents:stage',
  'documents:preview',
  'credentials:save',
  'jobs:resend',
];
const callTo = (names: Channel[]) =>
  fc
    .constantFrom(...names)
    .chain((channel) => fc.record({ channel: fc.constant<unknown>(channel), payload: payloadFor(channel) }));

const call = fc.oneof(
  { weight: 5, arbitrary: callTo(channels) },
  { weight: 4, arbitrary: callTo(costly) },
  {
    weight: 1,
    arbitrary: fc.record({
      channel: fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'jobs:drop'),
        hostile,
      ),
      payload: hostile,
    }),
  },
);

/**
 * Runs fast-check makes first, whatever the seed: each reaches one of the refusals this work is
 * about, so the property is known to have met them all.
 */
type Example = [{ channel: unknown; payload: unknown }, { event: SenderEvent; ours: boolean }, boolean];
const fromWindow = { event: ourWindow, ours: true };
const letterTo = (numbers: string[]) => ({
  documents: [letterToken],
  recipients: numbers.map((number) => ({ number })),
});
const examples = (): Example[] => [
  [{ channel: 'jobs:create', payload: letterTo(['+13125550100', '+1 900 555 0100']) }, fromWindow, true],
  [{ channel: 'jobs:create', payload: letterTo(['+870 773 111 632']) }, fromWindow, true],
  [
    {
      channel: 'jobs:create',
      payload: letterTo(Array.from({ length: 30 }, (_, i) => `+1312555${String(3000 + i)}`)),
    },
    fromWindow,
    false,
  ],
  [{ channel: 'settings:update', payload: { connectionId: '9999999999999999999' } }, fromWindow, true],
  [{ channel: 'settings:update', payload: { fromNumber: '+12025550182' } }, fromWindow, true],
  [
    { channel: 'settings:update', payload: { allowPremiumAndSatelliteNumbers: true, paperSize: 'a4' } },
    fromWindow,
    false,
  ],
  [{ channel: 'credentials:save', payload: { kind: 'api_key', apiKey: 'KEY_REVOKED_0000' } }, fromWindow, true],
  [{ channel: 'documents:stage', payload: { name: 'zeros.pdf', bytes: new Uint8Array(1024) } }, fromWindow, true],
  [
    { channel: 'jobs:create', payload: { ...letterTo(['+13125550100']), documents: ['A'.repeat(43)] } },
    fromWindow,
    true,
  ],
  [{ channel: 'jobs:detail', payload: { id: '0b5e7c1e-2a52-4c9e-9d47-5b1f2f0a7e11' } }, fromWindow, true],
  [{ channel: '__proto__', payload: {} }, fromWindow, true],
  [
    { channel: 'jobs:create', payload: letterTo(['+13125550100']) },
    { event: { sender: { id: 2, mainFrame: null }, senderFrame: { url: 'https://evil.example/' } }, ours: false },
    true,
  ],
];

// ---- Properties -----------------------------------------------------------------------

function expectTyped(result: Result<unknown>): void {
  expect(typeof result).toBe('object');
  if (result.ok) return;
  expect(IPC_ERROR_CODES).toContain(result.error.code);
  expect(result.error.code).not.toBe('internal');
  expect(typeof result.error.message).toBe('string');
  expect(result.error.message.length).toBeGreaterThan(10);
}

describe('every channel, under random and hostile payloads', () => {
  it('answers with a typed Result, and a refusal changes nothing', { timeout: 240_000 }, async () => {
    const refused = new Map<string, number>();

    await fc.assert(
      fc.asyncProperty(call, sender, fc.boolean(), async ({ channel, payload }, from, yes) => {
        answer = yes;
        const before = await state();
        const result = await desk.invokeFrom(from.event, channel, payload);
        expectTyped(result);
        if (!from.ours) expect(result).toMatchObject({ ok: false, error: { code: 'untrusted_sender' } });
        if (!result.ok) {
          expect(await state()).toEqual(before);
          refused.set(result.error.code, (refused.get(result.error.code) ?? 0) + 1);
        }
        expect(desk.unexpected).toEqual([]);
        await tidyAfter(channel, result);
      }),
      { numRuns: 600, examples: examples() },
    );
    // The runs reached past the sender check and the schemas into the refusals of the engine and the app.
    const expected = ['untrusted_sender', 'unknown_channel', 'invalid_payload', 'job_not_found', 'invalid_document'];
    expected.push('bad_credentials', 'invalid_settings', 'number_not_allowed', 'not_confirmed');
    expect(expected.filter((code) => !refused.has(code))).toEqual([]);
  });

  it.each(channels)(
    '%s: 60 near-valid and hostile payloads from the window, each typed, each refusal without a trace',
    { timeout: 60_000 },
    async (channel) => {
      await fc.assert(
        fc.asyncProperty(payloadFor(channel), fc.boolean(), async (payload, yes) => {
          answer = yes;
          const before = await state();
          const result = await desk.invoke(channel, payload);
          expectTyped(result);
          if (!result.ok) expect(await state()).toEqual(before);
          expect(desk.unexpected).toEqual([]);
          await tidyAfter(channel, result);
        }),
        { numRuns: 60 },
      );
    },
  );
});
