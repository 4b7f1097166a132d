/** First run with the built-in sandbox ("Try without an account"), as first-run.spec.ts clicks it: the desk opens on Send. */
import type { Page } from '@playwright/test';
import { expect, type Desk } from './desk';

export async function openSendScreen(desk: Desk): Promise<Page> {
  const { page } = desk;
  await page.getByRole('button', { name: 'Try without an account' }).click();
  await page.getByLabel('Send from').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start faxing' }).click();
  await expect(page.getByRole('heading', { name: 'Send a fax' })).toBeVisible();
  return page;
}
