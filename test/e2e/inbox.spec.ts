/**
 * The Inbox, clicked through as a person would, against the real engine receiving from a
 * Telnyx-compatible sandbox: a fax arrives while the window is open and the unread count moves,
 * it opens (and is read) with its pages in the viewer, is marked unread and read again, is
 * forwarded (Send opens with the document) and replied to (Send opens with the number), saved
 * as a copy; a failed call says why; Settings has its section on received faxes. Accessibility
 * in light and dark, and the screenshots the README uses.
 *
 * The desk starts in "Try without an account" mode; the test then points the engine at a
 * sandbox of its own, which it can make faxes arrive at (`injectInbound`), and lists received
 * faxes every few hundred milliseconds instead of every 20 seconds.
 */
import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { expectNoSeriousViolations } from './harness/axe';
import { expect } from './harness/desk';
import { openDesk, test } from './harness/own-sandbox';

/** The account's first number, where the sandbox delivers faxes. */
const OUR_NUMBER = '+12025550180';
const SENDER = '+13125550199';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Faxdesk' });
const inboxTab = (page: Page) => nav(page).getByRole('button', { name: /^Inbox/ });
const grid = (page: Page) => page.getByRole('grid', { name: 'Received faxes, newest first' });
const rows = (page: Page) => grid(page).locator('[data-inbox-row][data-fax-id]');
const detail = (page: Page) => page.getByRole('complementary');

async function openInbox(page: Page) {
  await inboxTab(page).click();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 2 })).toBeVisible();
}

test('a fax that arrives while the window is open is counted, opened with its pages, marked, forwarded and replied to', async ({
  desk,
  telnyx2,
}) => {
  const { page } = desk;
  await openDesk(desk, telnyx2);
  await expect(page.getByTestId('unread-count')).toHaveCount(0);

  // It arrives while the person is on Send: the tab counts it, and says so in words.
  const { id: telnyxFaxId } = await telnyx2.injectInbound({ from: SENDER, to: OUR_NUMBER, pages: 2 });
  await expect(inboxTab(page)).toHaveAccessibleName(/^Inbox\s*, 1 unread fax$/, { timeout: 20_000 });
  await expect(page.getByTestId('unread-count')).toHaveText(/1/);

  await openInbox(page);
  const row = rows(page).first();
  await expect(row).toHaveAttribute('data-read', 'false');
  await expect(row).toHaveClass(/inbox-row-unread/);
  await expect(row).toContainText('(312) 555-0199');
  await expect(row.locator('[data-status]')).toHaveText('Received', { timeout: 20_000 });
  await expect.poll(() => desk.engine.inbox.list({ limit: 5 }).items[0]?.telnyxFaxId).toBe(telnyxFaxId);
  await expect(page.getByTestId('inbox-count')).toHaveText('1 fax');
  await desk.screenshot('inbox-list');

  // Opening it with the keyboard marks it read; the viewer shows both pages.
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Fax from (312) 555-0199' })).toBeFocused();
  await expect(row).toHaveAttribute('data-read', 'true');
  await expect(page.getByTestId('unread-count')).toHaveCount(0);
  await expect(inboxTab(page)).toHaveAccessibleName('Inbox');
  const viewer = detail(page).getByTestId('inbox-document');
  await expect(viewer.getByRole('img', { name: 'Page 1 of 2' })).toBeVisible({ timeout: 20_000 });
  await expect(viewer.getByTestId('viewer-page-number')).toHaveText('Page 1 of 2');
  await expect(viewer.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(viewer.getByRole('button', { name: /Print/ })).toBeVisible();
  const facts = detail(page).getByTestId('inbox-facts');
  await expect(facts).toContainText('(202) 555-0180');
  await expect(facts).toContainText('2 pages');
  await expect(facts).toContainText('Archived on this desk; Telnyx still has it too.');
  await expect(facts).toContainText('read and unread are kept on this desk only');
  await expect(
    detail(page)
      .getByRole('listitem')
      .filter({ hasText: /Archived: 2 pages/ }),
  ).toBeVisible();
  await desk.screenshot('inbox-detail');
  await expectNoSeriousViolations(page, '.inbox');

  // Mark unread, then read again with its key.
  await detail(page).getByRole('button', { name: 'Mark unread' }).click();
  await expect(row).toHaveAttribute('data-read', 'false');
  await expect(inboxTab(page)).toHaveAccessibleName(/^Inbox\s*, 1 unread fax$/);
  await page.getByRole('heading', { name: 'Fax from (312) 555-0199' }).focus();
  await page.keyboard.press('u');
  await expect(row).toHaveAttribute('data-read', 'true');
  await expect(page.getByTestId('unread-count')).toHaveCount(0);

  // Save a copy: the person chose where in the save dialog; the copy is the archived PDF.
  await detail(page).getByRole('button', { name: 'Save a copy…' }).click();
  await expect(detail(page).getByRole('status').filter({ hasText: 'A copy was saved.' })).toBeVisible();
  const received = desk.engine.inbox.list({ limit: 1 }).items[0];
  const archived = received ? desk.engine.inbox.documentPath(received.id) : null;
  expect(desk.savedPaths).toHaveLength(1);
  expect(desk.savedPaths[0]).toMatch(/Fax from 13125550199, \d{4}-\d\d-\d\d \d\d\.\d\d\.pdf$/);
  expect(archived && readFileSync(desk.savedPaths[0] as string).equals(readFileSync(archived))).toBe(true);

  // Forward: Send opens with the received document on its list, checked and ready.
  await detail(page).getByRole('button', { name: 'Forward…' }).click();
  await expect(page.getByRole('heading', { name: 'Send a fax' })).toBeVisible();
  const files = page.getByRole('list', { name: 'Documents to fax, in order' }).getByRole('listitem');
  await expect(files).toHaveCount(1);
  await expect(files.first()).toContainText('Fax from 13125550199');
  await expect(files.first().getByText(/^2 pages · [\d.]+ (KB|bytes)$/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Recipients' }).getByRole('listitem')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Fax number' }).fill('+12025550100');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Send fax' }).click();
  await expect(page.getByRole('heading', { name: 'Outbox and history' })).toBeVisible();
  await expect.poll(() => desk.engine.jobs.list({ limit: 5 }).jobs[0]?.pages).toBe(2);

  // Reply: Send opens with the sender's number and no document.
  await openInbox(page);
  await rows(page).first().click();
  await detail(page).getByRole('button', { name: 'Reply…' }).click();
  await expect(page.getByRole('heading', { name: 'Send a fax' })).toBeVisible();
  const chips = page.getByRole('list', { name: 'Recipients' }).getByRole('listitem');
  await expect(chips).toHaveCount(1);
  await expect(chips.first()).toContainText('(312) 555-0199');
  await expect(page.getByRole('list', { name: 'Documents to fax, in order' }).getByRole('listitem')).toHaveCount(0);
});

test('a failed call says why; unread only and search narrow the list', async ({ desk, telnyx2 }) => {
  const { page } = desk;
  await openDesk(desk, telnyx2);
  await telnyx2.injectInbound({ from: '+13125550111', to: OUR_NUMBER, pages: 1 });
  await telnyx2.injectInbound({ from: '+13125550112', to: OUR_NUMBER, fail: 'sender_call_dropped' });
  await expect(inboxTab(page)).toHaveAccessibleName(/^Inbox\s*, 2 unread faxes$/, { timeout: 20_000 });
  await openInbox(page);

  const failed = rows(page).filter({ hasText: '(312) 555-0112' });
  await expect(failed.locator('[data-status]')).toHaveText('Failed', { timeout: 20_000 });
  await expect(failed).toContainText("The sender's call dropped before the fax was through");
  await failed.click();
  await expect(detail(page).getByTestId('inbox-facts')).toContainText(
    "The sender's call dropped before the fax was through.",
  );
  await expect(detail(page).getByTestId('inbox-document')).toHaveText(
    'No document: the call failed before a page came.',
  );
  await expect(detail(page).getByRole('button', { name: 'Forward…' })).toHaveCount(0);
  await expect(detail(page).getByRole('button', { name: 'Reply…' })).toBeEnabled();
  await detail(page).getByRole('button', { name: 'Reply…' }).focus();
  await page.keyboard.press('Escape');
  await expect(detail(page)).toHaveCount(0);

  // Only unread: the failed call was read when it was opened.
  await page.getByRole('button', { name: 'Unread only' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('(312) 555-0111');
  await page.getByRole('button', { name: 'Unread only' }).click();

  // A search finds a fax by its sender's number.
  await page.getByRole('searchbox', { name: 'Search' }).fill('555 0111');
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId('inbox-count')).toHaveText('1 fax matches');
  await rows(page).first().click();
  await expect(detail(page).getByRole('heading', { name: 'Fax from (312) 555-0111' })).toBeVisible();
});

test('a search finds a received fax by the words on its scanned page and shows which matched', async ({
  desk,
  telnyx2,
}) => {
  // Reading a scanned page takes tesseract some seconds; on a busy machine, many more.
  test.slow();
  const { page } = desk;
  await openDesk(desk, telnyx2);
  await telnyx2.injectInbound({ from: '+13125550133', to: OUR_NUMBER, pages: 1, kind: 'invoice', seed: 0 });
  await telnyx2.injectInbound({ from: '+13125550134', to: OUR_NUMBER, pages: 1, kind: 'referral', seed: 1 });
  await openInbox(page);
  await expect(rows(page)).toHaveCount(2, { timeout: 20_000 });

  // The words are read in the background; the search finds the invoice once they are.
  await page.getByRole('searchbox', { name: 'Search' }).fill('invoice 4471');
  await expect(rows(page)).toHaveCount(1, { timeout: 120_000 });
  await expect(rows(page).first()).toContainText('(312) 555-0133');
  await rows(page).first().click();
  await expect(detail(page).getByTestId('inbox-matched-words')).toHaveText(
    /^Matched: (Invoice|INVOICE|invoice), 4471$/,
  );
});

test('Settings has a section on received faxes, off and all numbers by default, and saves it', async ({
  desk,
  telnyx2,
}) => {
  const { page } = desk;
  await openDesk(desk, telnyx2);
  await nav(page).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Received faxes' });
  await expect(section).toBeVisible();
  const deleting = section.getByRole('checkbox', { name: 'Delete from Telnyx once archived' });
  await expect(deleting).not.toBeChecked();
  await expect(section).toContainText('other desks on the same account will not see the fax');
  await expect(section).toContainText('Faxdesk keeps its archived copy');
  const numbers = section.getByRole('group', { name: 'Show faxes sent to' }).getByRole('checkbox');
  await expect(numbers.first()).toBeChecked();
  const count = await numbers.count();
  for (let i = 0; i < count; i++) await expect(numbers.nth(i)).toBeChecked();

  await deleting.check();
  if (count > 1) await numbers.nth(count - 1).uncheck();
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved.');
  expect(desk.engine.settings.get().deleteReceivedFromTelnyx).toBe(true);
  expect(desk.engine.settings.get().inboxNumbers).toHaveLength(count > 1 ? count - 1 : 0);
  await section.scrollIntoViewIfNeeded();
  await desk.screenshot('settings-received-faxes');
  await expectNoSeriousViolations(page);
});

test('the inbox passes the accessibility check in light and dark', async ({ desk, telnyx2 }) => {
  const { page } = desk;
  await openDesk(desk, telnyx2);
  await telnyx2.injectInbound({ from: SENDER, to: OUR_NUMBER, pages: 1 });
  await telnyx2.injectInbound({ from: '+13125550112', to: OUR_NUMBER, fail: 'sender_hangup' });
  await openInbox(page);
  await expect(rows(page)).toHaveCount(2, { timeout: 20_000 });
  await expect(rows(page).filter({ hasText: '(312) 555-0199' }).locator('[data-status]')).toHaveText('Received', {
    timeout: 20_000,
  });
  await expectNoSeriousViolations(page);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page);
  await desk.screenshot('inbox-list-dark');
  await rows(page).filter({ hasText: '(312) 555-0199' }).click();
  await expect(detail(page).getByRole('img', { name: 'Page 1 of 1' })).toBeVisible({ timeout: 20_000 });
  await expectNoSeriousViolations(page);
  await desk.screenshot('inbox-detail-dark');
  expect(existsSync(desk.savedPaths[0] ?? '')).toBe(false);
});
