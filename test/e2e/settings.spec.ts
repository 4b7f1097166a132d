/**
 * Settings, clicked through: the sending defaults are saved through the main process and
 * used by the engine; a bad value is refused in plain words. Axe checks first run and settings,
 * light and dark.
 */
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
  const defaults = page.getByRole('region', { name: 'Sending defaults' });
  await expect(defaults).toBeVisible();
  await expect(defaults.getByLabel('Fax application')).toHaveValue(/^\d+$/);

  await defaults.getByLabel('Default quality').selectOption('very_high');
  await defaults.getByLabel('Paper size').selectOption('a4');
  await defaults.getByLabel('Country for numbers typed without a country code').fill('gb');
  await defaults.getByLabel('Attempts in all').fill('2');
  await defaults.getByLabel('Minutes between attempts').fill('10');
  await defaults.getByLabel('Your name on cover pages').fill('Harbor Legal');
  await defaults.getByLabel('Print a confidentiality notice').uncheck();
  await defaults.getByRole('button', { name: 'Save' }).click();
  await expect(defaults.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await desk.screenshot('settings-defaults');

  expect(desk.engine.settings.get()).toMatchObject({
    defaultQuality: 'very_high',
    paperSize: 'a4',
    defaultCountry: 'GB',
    redialAttempts: 2,
    redialDelayMinutes: 10,
    senderName: 'Harbor Legal',
    confidentialityNotice: null,
  });

  await defaults.getByLabel('Country for numbers typed without a country code').fill('G1');
  await defaults.getByRole('button', { name: 'Save' }).click();
  await expect(defaults.getByRole('alert')).toContainText('two-letter country code');
  expect(desk.engine.settings.get().defaultCountry).toBe('GB');
  await defaults.getByLabel('Country for numbers typed without a country code').fill('GB');

  // The notice was saved off: switched back on, it offers the standard text, not an empty box.
  await defaults.getByLabel('Print a confidentiality notice').check();
  const notice = defaults.getByLabel('Confidentiality notice', { exact: true });
  await expect(notice).toHaveValue(/^CONFIDENTIALITY NOTICE: This fax may contain confidential/);
  const standard = await notice.inputValue();
  await notice.fill('Private: for the named recipient only.');
  await defaults.getByRole('button', { name: 'Save' }).click();
  await expect(defaults.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(desk.engine.settings.get().confidentialityNotice).toBe('Private: for the named recipient only.');
  await defaults.getByRole('button', { name: 'Use the standard notice' }).click();
  await expect(notice).toHaveValue(standard);
  await expect(defaults.getByRole('button', { name: 'Use the standard notice' })).toHaveCount(0);
  await defaults.getByRole('button', { name: 'Save' }).click();
  await expect(defaults.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(desk.engine.settings.get().confidentialityNotice).toBe(standard);

  // The same screen in the dark.
  await page.emulateMedia({ colorScheme: 'dark' });
  await desk.screenshot('settings-dark');
  await expectNoSeriousViolations(page);
});
