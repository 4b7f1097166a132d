/**
 * First run, clicked through as a person would: with the built-in sandbox, with a key that
 * Telnyx refuses, and with a good key against a Telnyx-compatible server (the sandbox
 * standing in for api.telnyx.com through FAXDESK_API_BASE).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KeytarSecretStore } from '../../main/engine/secrets/keytar-secret-store';
import { SANDBOX_KEYS } from '../../main/sandbox';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, test } from './harness/desk';

test.describe('first run with the built-in sandbox', () => {
  test('"Try without an account" leads to a ready desk', async ({ desk }) => {
    const { page } = desk;
    await expect(page.getByRole('heading', { name: 'Connect Faxdesk to Telnyx' })).toBeVisible();
    await desk.screenshot('first-run-connect');

    await page.getByRole('button', { name: 'Try without an account' }).click();
    await expect(page.getByRole('heading', { name: 'Choose how your faxes go out' })).toBeVisible();
    // The sandbox account has one fax application, preselected; its two numbers leave a choice.
    await expect(page.getByLabel('Fax application')).toHaveValue(/^\d+$/);
    const start = page.getByRole('button', { name: 'Start faxing' });
    await expect(start).toBeDisabled();
    await page.getByLabel('Send from').selectOption({ index: 1 });
    await desk.screenshot('first-run-choose-sender');
    await start.click();

    // The desk opens on Send; the account lives under Settings.
    await expect(page.getByRole('heading', { name: 'Send a fax' })).toBeVisible();
    // Sandbox mode never passes for Telnyx: the header and the status bar say nothing is sent.
    await expect(page.getByTestId('connection-status')).toContainText('The built-in sandbox stands in for Telnyx');
    await expect(page.getByTestId('connection-status')).not.toContainText('Online');
    await expect(page.getByTestId('header-sandbox-marker')).toHaveText('Sandbox — nothing is sent');
    await expect(page.getByTestId('status-sandbox-marker')).toHaveText('Sandbox — nothing is sent');
    await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Sandbox — no Telnyx account' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sender' }).getByLabel('Send from')).toHaveValue(/^\+\d+$/);
    await desk.screenshot('first-run-sandbox-ready');

    expect(desk.engine.settings.get()).toMatchObject({ sandboxMode: true });
    // The sandbox key is no secret of the person's: nothing goes into the keychain.
    expect(await new KeytarSecretStore(desk.keychainService).read()).toBeNull();

    await page.getByRole('button', { name: 'Leave the sandbox' }).click();
    await expect(page.getByRole('heading', { name: 'Connect Faxdesk to Telnyx' })).toBeVisible();
    await expect(page.getByTestId('header-sandbox-marker')).toHaveCount(0);
    expect(desk.engine.settings.get()).toMatchObject({ sandboxMode: false });
  });
});

test.describe('first run with a Telnyx key', () => {
  test.use({ deskOptions: { viaTelnyx: true } });

  test('a key Telnyx refuses is explained inline and stored nowhere', async ({ desk }) => {
    const { page } = desk;
    const input = page.getByLabel('API key');
    await input.fill(SANDBOX_KEYS.revoked);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('alert')).toContainText('Telnyx did not accept this key');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await desk.screenshot('first-run-bad-key');
    expect(await new KeytarSecretStore(desk.keychainService).read()).toBeNull();
    await expect(page.getByRole('heading', { name: 'Connect Faxdesk to Telnyx' })).toBeVisible();
  });

  test('a good key is checked, kept in the keychain only, and the sender chosen', async ({ desk }) => {
    const { page } = desk;
    const key = `KEY_E2E_${Date.now()}_wxyz`;
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('heading', { name: 'Choose how your faxes go out' })).toBeVisible();
    // Telnyx has just accepted the key: the status bar says so, not "Not in touch with Telnyx yet".
    await expect(page.getByTestId('connection-status')).toContainText('Online · last checked with Telnyx at');
    await page.getByLabel('Send from').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Start faxing' }).click();
    await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Settings' }).click();

    await expect(page.getByRole('heading', { name: 'Telnyx account' })).toBeVisible();
    await expect(page.getByTestId('account-credentials')).toHaveText('API key …wxyz');
    await desk.screenshot('first-run-connected');

    expect(await new KeytarSecretStore(desk.keychainService).read()).toEqual({ kind: 'api_key', apiKey: key });
    // The page only ever learns the hint.
    const seen = await page.evaluate(() => document.documentElement.outerHTML);
    expect(seen).not.toContain(key);
    for (const file of await readdir(desk.dataDir, { recursive: true })) {
      const content = await readFile(join(desk.dataDir, file)).catch(() => Buffer.alloc(0));
      expect(content.includes(key), `${file} must not contain the key`).toBe(false);
    }
  });

  test('the key is replaced from Settings without signing out, and only once Telnyx accepts it', async ({ desk }) => {
    const { page } = desk;
    const first = `KEY_E2E_FIRST_${Date.now()}_aaaa`;
    await page.getByLabel('API key').fill(first);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByLabel('Send from').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Start faxing' }).click();
    const sender = desk.engine.settings.get();
    await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Settings' }).click();
    const account = page.getByRole('region', { name: 'Telnyx account' });

    await account.getByRole('button', { name: 'Replace key…' }).click();
    const form = account.getByRole('group', { name: 'Replace the key' });
    await expect(form.getByLabel('API key')).toBeFocused();
    await form.getByLabel('API key').fill(SANDBOX_KEYS.revoked);
    await form.getByRole('button', { name: 'Replace key' }).click();
    await expect(form.getByRole('alert')).toContainText('Telnyx did not accept this key');
    await desk.screenshot('settings-replace-key-refused');
    expect(await new KeytarSecretStore(desk.keychainService).read()).toEqual({ kind: 'api_key', apiKey: first });
    await expectNoSeriousViolations(page);

    const second = `KEY_E2E_SECOND_${Date.now()}_bbbb`;
    await form.getByLabel('API key').fill(second);
    await form.getByRole('button', { name: 'Replace key' }).click();
    await expect(account.getByRole('status')).toHaveText('Key replaced. Telnyx accepted it.');
    await expect(page.getByTestId('account-credentials')).toHaveText('API key …bbbb');
    expect(await new KeytarSecretStore(desk.keychainService).read()).toEqual({ kind: 'api_key', apiKey: second });
    // The same account: the sender stays, and the desk with it.
    expect(desk.engine.settings.get()).toMatchObject({
      connectionId: sender.connectionId,
      fromNumber: sender.fromNumber,
    });
    await expect(page.getByRole('navigation', { name: 'Faxdesk' })).toBeVisible();
  });

  test('key and secret (legacy) work too', async ({ desk }) => {
    const { page } = desk;
    await page.getByRole('button', { name: 'I have a key and secret (older accounts)' }).click();
    await page.getByLabel('Key', { exact: true }).fill('KEYLEGACY0001');
    await page.getByLabel('Secret').fill('not-a-real-secret');
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('heading', { name: 'Choose how your faxes go out' })).toBeVisible();
    expect(await new KeytarSecretStore(desk.keychainService).read()).toEqual({
      kind: 'key_secret',
      keyId: 'KEYLEGACY0001',
      secret: 'not-a-real-secret',
    });
  });
});
