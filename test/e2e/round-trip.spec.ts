import { existsSync, readFileSync } from 'node:fs';
import { platformName } from '../../renderer/src/lib/platform-name';
import { expect, test } from './harness/desk';

test('the page reaches the main-side handlers through the bridge and shows the answer', async ({ desk }) => {
  const { page } = desk;
  await expect(page.getByTestId('app-version')).toHaveText('0.1.0');
  await expect(page.getByTestId('app-platform')).toHaveText(platformName(process.platform, process.arch));
  // Nothing is configured in a fresh data folder, so the engine sends the page to first run.
  await expect(page.getByRole('heading', { name: 'Connect Faxdesk to Telnyx' })).toBeVisible();

  const shot = await desk.screenshot('foundation-app-info');
  expect(existsSync(shot)).toBe(true);
});

test('an event from the main process reaches the page', async ({ desk }) => {
  const seen = desk.page.evaluate(
    () => new Promise((resolve) => window.faxdesk.credentials.onChanged((status) => resolve(status))),
  );
  await desk.emit('credentials.changed', { configured: true, kind: 'api_key', hint: '…abcd', source: 'keychain' });
  await expect(seen).resolves.toEqual({ configured: true, kind: 'api_key', hint: '…abcd', source: 'keychain' });
});

test('the page gets named methods only, and a bad payload comes back as a typed error', async ({ desk }) => {
  const { page } = desk;
  const shape = await page.evaluate(() => ({
    top: Object.keys(window.faxdesk).sort(),
    hasInvoke: 'invoke' in window.faxdesk,
  }));
  expect(shape).toEqual({
    top: [
      'account',
      'app',
      'connectivity',
      'contacts',
      'credentials',
      'documents',
      'inbox',
      'jobs',
      'print',
      'reports',
      'sandbox',
      'settings',
      'watch',
    ],
    hasInvoke: false,
  });

  const refused = await page.evaluate(() => window.__faxdeskInvoke('app:info', { path: '/etc/passwd' }));
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  const badKey = await page.evaluate(() => window.__faxdeskInvoke('credentials:save', { kind: 'api_key', apiKey: '' }));
  expect(badKey).toMatchObject({ ok: false, error: { code: 'invalid_payload', message: /API key is empty/ } });
});

test('the shipped page carries the strict content security policy', () => {
  const html = readFileSync(new URL('../../out/renderer/index.html', import.meta.url), 'utf8');
  expect(html).toContain("connect-src 'none'");
  expect(html).toContain("default-src 'none'");
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts
});

test('bytes cross the bridge intact: the engine inspects a PDF the page hands it', async ({ desk }) => {
  const info = await desk.page.evaluate(async () => {
    const text =
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
    const staged = await window.faxdesk.documents.stage({ name: 'one.pdf', bytes: new TextEncoder().encode(text) });
    if (!staged.ok) return staged;
    // The token is random; what the engine found in the bytes is what this test is about.
    const { token, ...found } = staged.value;
    return { ok: true, value: found, tokenLength: token.length };
  });
  expect(info).toEqual({ ok: true, value: { kind: 'pdf', pages: 1 }, tokenLength: 43 });
  const refused = await desk.page.evaluate(() =>
    window.faxdesk.documents.stage({ name: 'notes.pdf', bytes: new TextEncoder().encode('just some notes') }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_document', message: /notes\.pdf/ } });
});
