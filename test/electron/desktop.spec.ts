/**
 * The real app on the desktop, through Playwright's _electron: closing the window leaves
 * Faxdesk running in the tray and says so once in a notification; a second launch naming a
 * file hands it to the running Faxdesk, whose Send shows it, and quits without a second window.
 * Runs only where Electron's binary exists (run.mjs says so loudly otherwise).
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

/** The Electron binary's path, as the `electron` package gives it to Node. */
const electronBinary = createRequire(import.meta.url)('electron') as unknown as string;

async function launch(home: string): Promise<ElectronApplication> {
  return electron.launch({ args: ['.'], env: { ...process.env, FAXDESK_HOME: home } });
}

/** Records each notification's title in the main process, so the test can read what was shown. */
async function recordNotifications(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ Notification }) => {
    const shown: string[] = [];
    (globalThis as { __faxdeskNotices?: string[] }).__faxdeskNotices = shown;
    // Kept to be called with each notification as `this`, so what Faxdesk shows is still shown.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const show = Notification.prototype.show;
    Notification.prototype.show = function (this: Electron.Notification) {
      shown.push(this.title);
      show.call(this);
    };
  });
}

const notices = (app: ElectronApplication) =>
  app.evaluate(() => (globalThis as { __faxdeskNotices?: string[] }).__faxdeskNotices ?? []);

test('closing the window keeps Faxdesk in the tray, said once', async () => {
  const home = await mkdtemp(join(tmpdir(), 'faxdesk-electron-'));
  const app = await launch(home);
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('app-version')).not.toBeEmpty();
    await recordNotifications(app);
    for (let close = 0; close < 2; close++) {
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
      await expect
        .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible())))
        .toEqual([false]);
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.show());
    }
    expect(await notices(app)).toEqual(['Faxdesk is still running']);
    const settings = JSON.parse(await readFile(join(home, 'settings.json'), 'utf8')) as { trayExplained?: boolean };
    expect(settings.trayExplained).toBe(true);
  } finally {
    await app.close();
    await rm(home, { recursive: true, force: true });
  }
});

test('a file named by a second launch appears in the running Faxdesk’s Send', async () => {
  const home = await mkdtemp(join(tmpdir(), 'faxdesk-electron-'));
  const pdf = join(home, 'referral.pdf');
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]);
  await writeFile(pdf, await doc.save());
  const app = await launch(home);
  try {
    const page = await app.firstWindow();
    await page.getByRole('button', { name: 'Try without an account' }).click();
    await page.getByLabel('Send from').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Start faxing' }).click();
    await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Inbox' }).click();

    // The second launch hands its file over and quits at once.
    const second = spawn(electronBinary, ['.', pdf], { env: { ...process.env, FAXDESK_HOME: home } });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);

    await expect(page.getByRole('heading', { name: 'Send a fax' })).toBeVisible({ timeout: 20_000 });
    const files = page.getByRole('list', { name: 'Documents to fax, in order' }).getByRole('listitem');
    await expect(files).toHaveCount(1);
    await expect(files.first()).toContainText('referral.pdf');
    expect(app.windows()).toHaveLength(1);
    await page.screenshot({ path: 'test-results/screenshots/electron-handed-file.png' });
  } finally {
    await app.close();
    await rm(home, { recursive: true, force: true });
  }
});
