/**
 * settings:update from the page, through the real handlers and engine against the sandbox:
 * a fax application or number the account does not have is refused, a change that cannot be
 * checked (offline, not connected) is refused in words, and premium-rate numbers are turned on
 * only after the person says yes in a native dialog. A refusal changes no setting.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALLOW_COSTLY_NUMBERS_QUESTION } from '../../../main/app/desk-questions';
import { SANDBOX_FAX_APP_ID, SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { openIpcDesk, type IpcDesk, type IpcDeskOptions } from '../../support/ipc-desk';

let telnyx: Sandbox;
let desk: IpcDesk | null = null;

beforeAll(async () => {
  telnyx = await startSandbox({ stepMs: 20 });
});
afterAll(() => telnyx.close());
afterEach(async () => {
  await desk?.close();
  desk = null;
});

async function open(options: Partial<IpcDeskOptions> = {}): Promise<IpcDesk> {
  desk = await openIpcDesk({ apiBase: telnyx.baseUrl, apiKey: SANDBOX_KEYS.accepted, ...options });
  return desk;
}

/** Tries a change and checks it was refused with `code` and that no setting moved. */
async function expectRefused(d: IpcDesk, patch: unknown, code: string, message: RegExp) {
  const before = d.engine.settings.get();
  const result = await d.invoke('settings:update', patch);
  expect(result).toMatchObject({ ok: false, error: { code, message } });
  expect(d.engine.settings.get()).toEqual(before);
}

describe('settings:update, the sender', () => {
  it("saves the account's own fax application and number", async () => {
    const d = await open();
    const result = await d.invoke('settings:update', { connectionId: SANDBOX_FAX_APP_ID, fromNumber: '+12025550181' });
    expect(result).toMatchObject({ ok: true, value: { connectionId: SANDBOX_FAX_APP_ID, fromNumber: '+12025550181' } });
  });

  it('refuses a fax application the account does not have', async () => {
    const d = await open();
    await expectRefused(
      d,
      { connectionId: '9999999999999999999', fromNumber: '+12025550180' },
      'invalid_settings',
      /^That change was not saved: this Telnyx account has no fax application 9999999999999999999\./,
    );
  });

  it("refuses a number that is not on the fax application, even one of the account's", async () => {
    const d = await open();
    d.engine.settings.update({ connectionId: SANDBOX_FAX_APP_ID, fromNumber: '+12025550180' });
    // +1 202 555 0182 is the account's, but on its voice connection: it cannot send faxes.
    for (const fromNumber of ['+12025550182', '+19005550100']) {
      await expectRefused(
        d,
        { fromNumber },
        'invalid_settings',
        /is not an active number of the fax application "Faxdesk Sandbox"\. Choose one of its numbers\.$/,
      );
    }
  });

  it('refuses a number without a fax application', async () => {
    const d = await open();
    await expectRefused(d, { fromNumber: '+12025550180' }, 'invalid_settings', /choose the fax application first/);
  });

  it('refuses a change it cannot check while Telnyx is unreachable, and says the old choice stands', async () => {
    const d = await open({ apiBase: 'http://127.0.0.1:9/v2' });
    d.engine.settings.update({ connectionId: SANDBOX_FAX_APP_ID, fromNumber: '+12025550180' });
    await expectRefused(
      d,
      { fromNumber: '+12025550181' },
      'offline',
      /^That change was not saved\. .*could not reach Telnyx\. The choice saved before still stands; try again when you are online\.$/,
    );
  });

  it('refuses a change it cannot check without a Telnyx key', async () => {
    const d = await open({ apiKey: null });
    await expectRefused(
      d,
      { connectionId: SANDBOX_FAX_APP_ID },
      'not_connected',
      /^That change was not saved\. .*add your Telnyx API key/,
    );
  });

  it('saves other settings offline when the sender is sent back unchanged, as the Settings form does', async () => {
    const d = await open({ apiBase: 'http://127.0.0.1:9/v2' });
    d.engine.settings.update({ connectionId: SANDBOX_FAX_APP_ID, fromNumber: '+12025550180' });
    const result = await d.invoke('settings:update', {
      connectionId: SANDBOX_FAX_APP_ID,
      fromNumber: '+12025550180',
      paperSize: 'a4',
    });
    expect(result).toMatchObject({ ok: true, value: { paperSize: 'a4' } });
  });

  it('clears the sender without asking Telnyx', async () => {
    const d = await open({ apiBase: 'http://127.0.0.1:9/v2' });
    d.engine.settings.update({ connectionId: SANDBOX_FAX_APP_ID, fromNumber: '+12025550180' });
    const result = await d.invoke('settings:update', { fromNumber: null });
    expect(result).toMatchObject({ ok: true, value: { fromNumber: null } });
  });
});

describe('settings:update, premium-rate and satellite numbers', () => {
  it('turns them on only after the person says yes in a native dialog', async () => {
    const d = await open({ answer: () => true });
    const result = await d.invoke('settings:update', { allowPremiumAndSatelliteNumbers: true });
    expect(result).toMatchObject({ ok: true, value: { allowPremiumAndSatelliteNumbers: true } });
    expect(d.questions).toEqual([ALLOW_COSTLY_NUMBERS_QUESTION]);
  });

  it('leaves everything as it was when the person says no, other changes in the same call included', async () => {
    const d = await open({ answer: () => false });
    await expectRefused(
      d,
      { allowPremiumAndSatelliteNumbers: true, paperSize: 'a4' },
      'not_confirmed',
      /^Premium-rate and satellite numbers stay refused: you chose to keep them refused\. Nothing was changed\.$/,
    );
  });

  it('turns them off again without a question', async () => {
    const d = await open({ answer: () => false });
    d.engine.settings.update({ allowPremiumAndSatelliteNumbers: true });
    const result = await d.invoke('settings:update', { allowPremiumAndSatelliteNumbers: false });
    expect(result).toMatchObject({ ok: true, value: { allowPremiumAndSatelliteNumbers: false } });
    expect(d.questions).toEqual([]);
  });

  it('asks once while the question is open; the page asking again meanwhile is told Faxdesk is busy', async () => {
    let answer: (yes: boolean) => void = () => undefined;
    const d = await open({ answer: () => new Promise<boolean>((resolve) => (answer = resolve)) });
    const first = d.invoke('settings:update', { allowPremiumAndSatelliteNumbers: true });
    await expect.poll(() => d.questions.length).toBe(1);
    const again = await Promise.all(
      Array.from({ length: 3 }, () => d.invoke('settings:update', { allowPremiumAndSatelliteNumbers: true })),
    );
    expect(again.map((r) => !r.ok && r.error.code)).toEqual(['busy', 'busy', 'busy']);
    answer(false);
    await expect(first).resolves.toMatchObject({ ok: false, error: { code: 'not_confirmed' } });
    expect(d.engine.settings.get().allowPremiumAndSatelliteNumbers).toBe(false);
  });
});
