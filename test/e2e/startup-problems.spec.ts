/**
 * Start-up that fails shows the person what happened in plain words, what to do, where their
 * records are, and the technical detail folded away — with the window working as far as it
 * can. The desk starts through main/app/startup.ts exactly as the app does.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, test } from './harness/desk';

const damagedBytes = Buffer.from('Three years of faxes, and then the disk hiccuped. '.repeat(200));

test.describe('damaged fax records', () => {
  test.use({
    deskOptions: {
      expectStartupProblems: true,
      prepare: (dataDir) => writeFile(join(dataDir, 'faxdesk.db'), damagedBytes),
    },
  });

  test('are explained in plain words; the account and settings still work; the file is left alone', async ({
    desk,
  }) => {
    const { page } = desk;
    const problem = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: 'Your fax records are damaged' }) });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('the file is damaged or is not a Faxdesk database. Nothing was changed.');
    await expect(problem).toContainText('What to do: Restore it from a backup, or move it aside to start a new one.');
    await expect(problem.getByTestId('startup-problem-location')).toHaveText(join(desk.dataDir, 'faxdesk.db'));

    // The technical detail is there for whoever helps, folded away until asked for.
    const detail = problem.getByText('SQLITE_NOTADB');
    await expect(detail).toBeHidden();
    await problem.getByText('Technical details', { exact: true }).click();
    await expect(detail).toBeVisible();
    await desk.screenshot('startup-records-damaged');
    await expectNoSeriousViolations(page);

    // The rest of the window works: first run, the sandbox, the sender.
    await page.getByRole('button', { name: 'Try without an account' }).click();
    await page.getByLabel('Send from').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Start faxing' }).click();
    // Send and history need the records, and say so instead of failing at every click.
    await expect(page.getByTestId('records-unavailable')).toContainText('not available until Faxdesk can open them');
    await expect(problem).toBeVisible();
    await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Sandbox — no Telnyx account' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'About Faxdesk' })).toBeVisible();
    await desk.screenshot('startup-records-damaged-settings');

    // The page asking for the history anyway gets the problem as a typed error.
    const listed = await page.evaluate(() => window.faxdesk.jobs.list({}));
    expect(listed).toMatchObject({ ok: false, error: { code: 'database_unreadable' } });
    expect(readFileSync(join(desk.dataDir, 'faxdesk.db')).equals(damagedBytes)).toBe(true);
  });
});

test.describe('a records module built for another system', () => {
  // A real better-sqlite3 build for another platform: what a wrong or half-copied installation loads.
  const prebuilds = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'prebuilds');
  const foreign = join(prebuilds, process.platform === 'linux' ? 'win32-x64.node' : 'linux-x64.node');
  test.use({ deskOptions: { expectStartupProblems: true, sqliteNativeBinding: foreign } });

  test('is an incomplete installation, never damaged records', async ({ desk }) => {
    const { page } = desk;
    const problem = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: 'Faxdesk is not installed correctly' }) });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('installation is incomplete or was made for another kind of computer');
    await expect(problem).toContainText('What to do: Reinstall Faxdesk');
    await expect(problem).not.toContainText('damaged');
    await problem.getByText('Technical details', { exact: true }).click();
    await expect(problem.locator('pre')).toContainText('The native module of better-sqlite3');
    await expect(problem.locator('pre')).toContainText(foreign);
    await expect(page.getByRole('heading', { name: 'Connect Faxdesk to Telnyx' })).toBeVisible();
    await desk.screenshot('startup-records-module');
    await expectNoSeriousViolations(page);
  });
});

test.describe('a settings file that is not JSON', () => {
  test.use({
    deskOptions: {
      expectStartupProblems: true,
      prepare: (dataDir) => writeFile(join(dataDir, 'settings.json'), '{"fromNumber": "+1312555'),
    },
  });

  test('stops Faxdesk from starting, and the window says why instead of a crash', async ({ desk }) => {
    const { page } = desk;
    expect(desk.startupProblems.map((p) => p.affects)).toEqual(['app']);
    const problem = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: "Faxdesk's settings file is damaged" }) });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('it is not valid JSON. Nothing was changed.');
    await expect(problem).toContainText('Your fax records and your Telnyx key are kept elsewhere');
    await expect(problem.getByTestId('startup-problem-location')).toHaveText(join(desk.dataDir, 'settings.json'));
    // Nothing else is offered, and nothing else is broken: the page's requests get typed answers.
    await expect(page.getByRole('heading', { name: 'Connect Faxdesk to Telnyx' })).toHaveCount(0);
    const status = await page.evaluate(() => window.faxdesk.credentials.status());
    expect(status).toMatchObject({ ok: false, error: { code: 'startup_failed' } });
    await expect(page.getByTestId('app-version')).toHaveText('0.1.0');
    await desk.screenshot('startup-settings-damaged');
    await expectNoSeriousViolations(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    await problem.getByText('Technical details', { exact: true }).click();
    await desk.screenshot('startup-settings-damaged-dark');
    await expectNoSeriousViolations(page);
  });
});
