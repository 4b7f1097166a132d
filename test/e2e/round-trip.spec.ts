import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from './harness/desk';

test('the page reaches the main-side handlers through the bridge and shows the answer', async ({ desk }) => {
  const { page } = desk;
  await expect(page.getByRole('heading', { name: 'Faxdesk 0.1.0' })).toBeVisible();
  await expect(page.getByTestId('app-version')).toHaveText('0.1.0');
  await expect(page.getByTestId('app-platform')).toHaveText(`${process.platform} (${process.arch})`);
  await expect(page.getByTestId('credentials-status')).toHaveText('Not connected yet');

  const shot = await desk.screenshot('foundation-app-info');
  expect(existsSync(shot)).toBe(true);
});

test('credentials status follows the engine and an event reaches the page', async ({ desk }) => {
  await desk.engine.credentials.status(); // the engine is live, not a canned answer
  const seen = desk.page.evaluate(
    () => new Promise((resolve) => window.faxdesk.credentials.onChanged((status) => resolve(status))),
  );
  await desk.emit('credentials.changed', { configured: true, kind: 'api_key', hint: '…abcd' });
  await expect(seen).resolves.toEqual({ configured: true, kind: 'api_key', hint: '…abcd' });
});

test('the page gets named methods only, and a bad payload comes back as a typed error', async ({ desk }) => {
  const { page } = desk;
  const shape = await page.evaluate(() => ({
    top: Object.keys(window.faxdesk).sort(),
    hasInvoke: 'invoke' in window.faxdesk,
  }));
  expect(shape).toEqual({ top: ['app', 'credentials'], hasInvoke: false });

  const refused = await page.evaluate(() => window.__faxdeskInvoke('app:info', { path: '/etc/passwd' }));
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
});

test('the shipped page carries the strict content security policy', () => {
  const html = readFileSync(new URL('../../out/renderer/index.html', import.meta.url), 'utf8');
  expect(html).toContain("connect-src 'none'");
  expect(html).toContain("default-src 'none'");
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts
});
