/**
 * The real app, through Playwright's _electron: the window opens locked down, and the page
 * reaches the main process through the real preload. Runs only where Electron's binary exists
 * (see run.mjs, which says so loudly otherwise).
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('the app starts, shows its version from the main process, and hides Node from the page', async () => {
  const home = await mkdtemp(join(tmpdir(), 'faxdesk-electron-'));
  const app = await electron.launch({ args: ['.'], env: { ...process.env, FAXDESK_HOME: home } });
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('app-version')).not.toBeEmpty();
    const exposure = await page.evaluate(() => ({
      bridge: typeof window.faxdesk.app.info,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(exposure).toEqual({ bridge: 'function', require: 'undefined', process: 'undefined' });
    await page.screenshot({ path: 'test-results/screenshots/electron-main-window.png' });
  } finally {
    await app.close();
    await rm(home, { recursive: true, force: true });
  }
});
