/**
 * Settings → Print to fax, as this system (Linux in CI) shows it: the command that adds the
 * Faxdesk printer, with a Copy button, and the same commands for a desk without the faxdesk
 * command, naming the watched folder. Axe and screenshots, light and dark.
 */
import { join } from 'node:path';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, test } from './harness/desk';

test('Settings shows how to print to fax on this system', async ({ desk }) => {
  // Settings shows the print-to-fax steps of the system it runs on; this test clicks through Linux's.
  test.skip(
    process.platform !== 'linux',
    `SKIPPED on ${process.platform}: this test checks the Linux Print to fax section (the CUPS printer). ` +
      'Settings shows macOS and Windows their own steps, checked by test/unit/renderer/print-to-fax-steps.test.ts.',
  );
  const { page } = desk;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Try without an account' }).click();
  await page.getByLabel('Send from').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start faxing' }).click();
  await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Settings' }).click();

  const section = page.getByRole('region', { name: 'Print to fax' });
  const folder = join(desk.dataDir, 'home', 'Faxdesk Outbox');
  await expect(section.getByRole('heading', { name: 'A Faxdesk printer' })).toBeVisible();
  await expect(section).toContainText(`what is printed to it arrives in ${folder} as a PDF`);
  await expect(section.locator('pre').first()).toHaveText('faxdesk printer install');
  await expect(section).toContainText('The watched folder is off: turn it on in Settings');

  await section.getByRole('button', { name: 'Copy the command' }).click();
  await expect(section.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('faxdesk printer install');

  await section.getByText('Without the faxdesk command').click();
  const commands = section.locator('pre').nth(1);
  await expect(commands).toContainText(`mkdir -p '${folder}'`);
  await expect(commands).toContainText('sudo install -m 0700 -o root -g root ');
  await expect(commands).toContainText('sudo lpadmin -p Faxdesk -E -v faxdesk:');

  await section.scrollIntoViewIfNeeded();
  await expectNoSeriousViolations(page);
  await desk.screenshot('settings-print-to-fax');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page);
  await desk.screenshot('settings-print-to-fax-dark');
});
