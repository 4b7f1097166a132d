/**
 * Settings, clicked through: the sending defaults are saved through the main process and
 * used by the engine; a bad value is refused in plain words. Axe checks first run and settings,
 * light and dark.
 */
import { platformName } from '../../renderer/src/lib/platform-name';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, test } from './harness/desk';

test('first run and settings pass axe, and the sending defaults are saved', async ({ desk }) => {
  const { page } = desk;
  await expect(page.getByRole('heading', { name: 'Connect Faxdesk to Telnyx' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page);
  await desk.screenshot('first-run-connect-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Try without an account' }).click();
  await expect(page.getByRole('heading', { name: 'Choose how your faxes go out' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByLabel('Send from').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start faxing' }).click();

  await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2, exact: true })).toBeVisible();
  await expect(page.getByTestId('about-system')).toHaveText(platformName(process.platform, process.arch));
  // The sender is chosen in the account card, by the application's name: one setting, one label.
  const sender = page.getByRole('region', { name: 'Sender' });
  await expect(sender.getByLabel('Fax application')).toHaveValue(/^\d+$/);
  await expect(sender.getByLabel('Fax application').locator('option:checked')).not.toHaveText(/^\d+$/);
  await expect(sender.getByLabel('Send from')).toHaveValue(/^\+\d+$/);
  await expect(page.getByText('Sending from')).toHaveCount(0);

  // Each section is saved on its own.
  const defaults = page.getByRole('region', { name: 'Sending defaults' });
  const faxes = defaults.getByRole('region', { name: 'Faxes' });
  const country = faxes.getByLabel('Country for numbers typed without a country code');
  await expect(country).toHaveValue('United States (+1)');
  await faxes.getByLabel('Default quality').selectOption('very_high');
  await faxes.getByLabel('Paper size').selectOption('a4');
  await country.fill('gb');
  await faxes.getByRole('button', { name: 'Save' }).click();
  await expect(faxes.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(country).toHaveValue('United Kingdom (+44)');

  const redial = defaults.getByRole('region', { name: 'Redialling' });
  await redial.getByLabel('Attempts in all').fill('2');
  await redial.getByLabel('Minutes between attempts').fill('10');
  await redial.getByRole('button', { name: 'Save' }).click();
  await expect(redial.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const cover = defaults.getByRole('region', { name: 'Cover pages' });
  await cover.getByLabel('Practice or firm name').fill('Harbor Legal');
  await cover.getByLabel('Print a confidentiality notice').uncheck();
  await cover.getByRole('button', { name: 'Save' }).click();
  await expect(cover.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await desk.screenshot('settings-defaults');
  await desk.screenshot('ux-settings');

  expect(desk.engine.settings.get()).toMatchObject({
    defaultQuality: 'very_high',
    paperSize: 'a4',
    defaultCountry: 'GB',
    redialAttempts: 2,
    redialDelayMinutes: 10,
    senderName: 'Harbor Legal',
    confidentialityNotice: null,
  });

  // Text that names no country is refused in the section, and nothing of it is saved.
  await faxes.getByLabel('Paper size').selectOption('letter');
  await country.fill('G1');
  await expect(country).toHaveAttribute('aria-invalid', 'true');
  await faxes.getByRole('button', { name: 'Save' }).click();
  await expect(faxes.getByRole('alert')).toContainText('Choose a country from the list');
  expect(desk.engine.settings.get()).toMatchObject({ defaultCountry: 'GB', paperSize: 'a4' });
  await country.fill('Germany');
  await faxes.getByRole('button', { name: 'Save' }).click();
  await expect(faxes.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(desk.engine.settings.get()).toMatchObject({ defaultCountry: 'DE', paperSize: 'letter' });

  // The notice was saved off: switched back on, it offers the standard text, not an empty box.
  await cover.getByLabel('Print a confidentiality notice').check();
  const notice = cover.getByLabel('Confidentiality notice', { exact: true });
  await expect(notice).toHaveValue(/^CONFIDENTIALITY NOTICE: This fax may contain confidential/);
  const standard = await notice.inputValue();
  await notice.fill('Private: for the named recipient only.');
  await cover.getByRole('button', { name: 'Save' }).click();
  await expect(cover.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(desk.engine.settings.get().confidentialityNotice).toBe('Private: for the named recipient only.');
  await cover.getByRole('button', { name: 'Use the standard notice' }).click();
  await expect(notice).toHaveValue(standard);
  await expect(cover.getByRole('button', { name: 'Use the standard notice' })).toHaveCount(0);
  await cover.getByRole('button', { name: 'Save' }).click();
  await expect(cover.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(desk.engine.settings.get().confidentialityNotice).toBe(standard);

  // The same screen in the dark.
  await page.emulateMedia({ colorScheme: 'dark' });
  await desk.screenshot('settings-dark');
  await desk.screenshot('ux-settings-dark');
  await expectNoSeriousViolations(page);
});
