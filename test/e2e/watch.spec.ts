/**
 * The watched folder, clicked through: Settings → Watched folder chooses the folder in the main
 * process's dialog (the harness answers with a folder of the test's), turns watching on and
 * explains the rule for files named with a fax number; a file then put in the folder opens in
 * Send with its pages, and goes to sent/. Accessibility in light and dark, and the screenshots
 * the README uses.
 */
import { existsSync, readdirSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { textPdf } from '../support/pdf-samples';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, screenshotDir, test } from './harness/desk';

test('a file put in the watched folder opens in Send with its pages', async ({ desk }) => {
  const { page } = desk;
  await page.getByRole('button', { name: 'Try without an account' }).click();
  await page.getByLabel('Send from').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start faxing' }).click();
  const nav = page.getByRole('navigation', { name: 'Faxdesk' });
  await nav.getByRole('button', { name: 'Settings' }).click();

  const card = page.getByRole('region', { name: 'Watched folder' });
  const section = card.getByRole('region', { name: 'Files that come to Faxdesk' });
  const watching = section.getByRole('switch', { name: 'Watch a folder for files to fax' });
  const byName = section.getByRole('switch', { name: 'Send files named with a fax number at once' });
  await expect(watching).not.toBeChecked();
  await expect(byName).not.toBeChecked();
  await expect(
    section.getByText(/^A file is sent at once when its name, without the extension, is a fax number/),
  ).toBeVisible();

  const folder = join(desk.dataDir, 'Watched folder');
  await section.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(section.getByTestId('watch-folder-path')).toHaveText(folder);
  expect(desk.engine.settings.get().watchFolder).toBe(folder);
  await watching.check();
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(section.getByRole('status').filter({ hasText: 'Faxdesk is watching this folder.' })).toBeVisible();
  expect(existsSync(folder)).toBe(true);

  await card.scrollIntoViewIfNeeded();
  await expectNoSeriousViolations(page);
  await card.screenshot({ path: join(screenshotDir, 'settings-watched-folder.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page);
  await card.screenshot({ path: join(screenshotDir, 'settings-watched-folder-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // From History, a scan saved into the folder (written elsewhere, then moved in) brings Send to the front.
  await nav.getByRole('button', { name: /^Outbox and history/ }).click();
  await writeFile(join(desk.dataDir, 'scan.pdf'), await textPdf(3));
  await rename(join(desk.dataDir, 'scan.pdf'), join(folder, 'Referral for Dr. Lee.pdf'));
  await expect(page.getByRole('heading', { name: 'Send a fax' })).toBeVisible({ timeout: 15_000 });
  const files = page.getByRole('list', { name: 'Documents to fax, in order' }).getByRole('listitem');
  await expect(files).toHaveCount(1);
  await expect(files.first()).toContainText('Referral for Dr. Lee.pdf');
  await expect(files.first().getByText(/^3 pages · [\d.]+ (KB|bytes)$/)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Added Referral for Dr. Lee.pdf, from the watched folder.' }),
  ).toHaveCount(1);
  expect(readdirSync(join(folder, 'sent'))).toEqual(['Referral for Dr. Lee.pdf']);
  await expectNoSeriousViolations(page);
  await desk.screenshot('send-watched-file');

  // A second file joins the first; the form sends them as one fax.
  await writeFile(join(folder, 'Cover letter.pdf'), await textPdf(1));
  await expect(files).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Fax number' }).fill('+12025550100');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Send fax' }).click();
  await expect(page.getByRole('heading', { name: 'Outbox and history' })).toBeVisible();
  await expect.poll(() => desk.engine.jobs.list({ limit: 5 }).jobs[0]?.pages).toBe(4);
});
