/**
 * Settings, clicked through: the sending defaults are saved through the main process and
 * used by the engine; a bad value is refused in plain words. Axe checks first run and settings.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/desk';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

test('first run and settings pass axe, and the sending defaults are saved', async ({ desk }) => {
  const { page } = desk;
  await expect(page.getByRole('heading', { name: 'Connect Faxdesk to Telnyx' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Try without an account' }).click();
  await expect(page.getByRole('heading', { name: 'Choose how your faxes go out' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
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
  expect(await seriousViolations(page)).toEqual([]);
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
});
