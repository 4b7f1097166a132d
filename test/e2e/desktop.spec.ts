/**
 * Faxdesk on the desktop, as the page shows it: the Notifications and tray settings (saved on
 * their own, checked by axe, drawn light and dark for the README), and files handed to the
 * running Faxdesk ("Open with Faxdesk", a second launch) appearing in Send, with a word for a
 * file it cannot fax. The notifications and the tray themselves are Electron's: test/electron.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, screenshotDir, startOnSend, test } from './harness/desk';

async function writePdf(path: string, pages: number): Promise<void> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++)
    doc.addPage([612, 792]).drawText(`Referral, page ${i}`, { x: 72, y: 700, size: 18, font });
  await writeFile(path, await doc.save());
}

test('the notifications and tray settings are saved on their own and pass axe', async ({ desk }) => {
  const page = await startOnSend(desk);
  await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Notifications and tray' });
  await section.scrollIntoViewIfNeeded();
  for (const label of [
    'A fax was delivered',
    'A fax could not be delivered, with the reason',
    'Faxdesk could not confirm whether a fax was sent',
    'A fax has arrived',
    'Keep Faxdesk running in the tray when its window is closed',
  ]) {
    await expect(section.getByLabel(label)).toBeChecked();
  }
  await expect(section.getByLabel('Start Faxdesk when you log in')).not.toBeChecked();
  await expect(section).toContainText('never what the fax says');

  await section.getByLabel('A fax was delivered').uncheck();
  await section.getByLabel('Start Faxdesk when you log in').check();
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(desk.engine.settings.get()).toMatchObject({
    notifyDelivered: false,
    notifyFailed: true,
    notifyUnconfirmed: true,
    notifyReceived: true,
    keepRunningInTray: true,
    openAtLogin: true,
  });

  await expectNoSeriousViolations(page);
  await section.screenshot({ path: join(screenshotDir, 'settings-notifications.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page);
  await section.screenshot({ path: join(screenshotDir, 'settings-notifications-dark.png') });
});

test('files handed to the running Faxdesk appear in Send, and one it cannot fax is said', async ({ desk }) => {
  const page = await startOnSend(desk);
  const referral = join(desk.dataDir, 'referral.pdf');
  const notes = join(desk.dataDir, 'notes.txt');
  await writePdf(referral, 2);
  await writeFile(notes, 'not a fax');
  // From another screen: Send opens with them.
  await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Settings' }).click();
  desk.handOver([referral, notes]);

  // Each file is read by the document reader first, which takes its time on a busy machine.
  await expect(page.getByRole('heading', { name: 'Send a fax' })).toBeVisible({ timeout: 20_000 });
  const files = page.getByRole('list', { name: 'Documents to fax, in order' }).getByRole('listitem');
  await expect(files).toHaveCount(1);
  await expect(files.first()).toContainText('referral.pdf');
  await expect(files.first()).toContainText('2 pages');
  await expect(page.getByTestId('send-total-pages')).toHaveText('2 pages');
  await expect(page.getByTestId('handed-problem')).toContainText('notes.txt is not a PDF or an image Faxdesk can fax');
  await desk.screenshot('send-handed-files');

  // Handed over while a fax is being prepared in Send: it joins it, and nothing typed is lost.
  await page.getByRole('combobox', { name: 'Fax number' }).fill('2025550100');
  await page.keyboard.press('Enter');
  const chips = page.getByRole('list', { name: 'Recipients' }).getByRole('listitem');
  await expect(chips).toHaveCount(1);
  const second = join(desk.dataDir, 'second.pdf');
  await writePdf(second, 1);
  desk.handOver([second]);
  await expect(files).toHaveCount(2, { timeout: 20_000 });
  await expect(files.nth(1)).toContainText('second.pdf');
  await expect(chips).toHaveCount(1);
});
