/**
 * Outbox and history, clicked through as a person would, against the real engine and a
 * Telnyx-compatible sandbox: live updates, redials and final failures explained, cancel,
 * send again (deliberately, for an unconfirmed fax), search and filters, the offline banner,
 * a long list kept virtual, keyboard use and accessibility.
 *
 * The desk starts in "Try without an account" mode; each test then points the engine at a
 * sandbox of its own (`telnyxAt`), through the engine's public `connection.attachSandbox`,
 * so it can pick the sandbox's speed, stop it (offline), rate-limit it, or swap it for one
 * that has never heard of a fax (which is how a fax becomes unconfirmed).
 */
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { openDatabase } from '../../main/engine/store/database';
import { JobStore } from '../../main/engine/store/job-store';
import type { NewJob } from '../../main/engine/store/job-table';
import { SANDBOX_KEYS, startSandbox, type Sandbox, type SandboxOptions } from '../../main/sandbox';
import type { JobStatus } from '../../preload/contract';
import { expectNoSeriousViolations } from './harness/axe';
import { test as deskTest, expect, type Desk } from './harness/desk';

const test = deskTest.extend<{ telnyxAt: (options?: SandboxOptions) => Promise<Sandbox> }>({
  telnyxAt: async ({ desk }, use) => {
    const started: Sandbox[] = [];
    await use(async (options = {}) => {
      const sandbox = await startSandbox({ stepMs: 50, ...options });
      started.push(sandbox);
      desk.engine.accountConnection.attachSandbox({ baseUrl: sandbox.baseUrl, apiKey: SANDBOX_KEYS.accepted });
      return sandbox;
    });
    await desk.engine.outbox.stop();
    await Promise.all(started.map((sandbox) => sandbox.close()));
  },
});

const NUMBERS = {
  delivers: '+12025550100',
  busy: '+12025550101',
  notInService: '+12025550103',
  slow: '+12025550104',
} as const;

async function letter(pages = 1): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    pdf.addPage([612, 792]).drawText(`Faxdesk history test, page ${n}`, { x: 72, y: 700, size: 14, font });
  }
  return pdf.save();
}

async function send(desk: Desk, to: string, options: { name?: string; subject?: string; pages?: number } = {}) {
  const [job] = await desk.engine.jobs.create({
    documents: [{ name: 'letter.pdf', bytes: await letter(options.pages) }],
    recipients: [{ number: to, name: options.name ?? null }],
    cover: options.subject ? { subject: options.subject } : null,
  });
  if (!job) throw new Error('no job created');
  return job.id;
}

/**
 * Writes `total` finished faxes straight into the desk's records, one minute apart, the newest
 * to +1 415 209 9999 and the oldest to +1 415 200 0000, through the engine's own store.
 */
function seedHistory(databasePath: string, total: number) {
  const db = openDatabase(databasePath);
  let clock = Date.UTC(2025, 0, 1);
  const store = new JobStore(db, () => clock);
  const documentId = store.addDocument({
    sha256: 'e'.repeat(64),
    path: 'x.pdf',
    pages: 2,
    bytes: 1,
    sourceNames: ['letter.pdf'],
  });
  for (let i = 0; i < total; i += 1000) {
    const batch: NewJob[] = Array.from({ length: 1000 }, (_, k) => ({
      batchId: `seed-${i + k}`,
      documentId,
      to: `+1415${String(2_000_000 + i + k)}`,
      contactName: (i + k) % 3 === 0 ? `Contact ${i + k}` : null,
      from: '+12025550181',
      connectionId: '1',
      quality: 'high',
      subject: null,
      fileNames: ['letter.pdf'],
      hasCover: false,
      scheduledAt: null,
    }));
    clock += 1000 * 60_000;
    store.createJobs(batch);
  }
  db.prepare(
    `UPDATE jobs SET status = CASE rowid % 5 WHEN 2 THEN 'failed' WHEN 4 THEN 'cancelled' ELSE 'delivered' END,
       failure_reason = CASE rowid % 5 WHEN 2 THEN 'user_busy' END, attempts = 1, wait_reason = NULL,
       next_action_at = NULL, last_confirmed_at = created_at`,
  ).run();
  db.close();
}

/** First run with the built-in sandbox, then Outbox and history. */
async function openHistory(desk: Desk) {
  const { page } = desk;
  await page.getByRole('button', { name: 'Try without an account' }).click();
  await page.getByLabel('Send from').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start faxing' }).click();
  await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Outbox and history' }).click();
  await expect(page.getByRole('heading', { name: 'Outbox and history' })).toBeVisible();
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Faxes, newest first' });
const rowFor = (page: Page, number: string) => grid(page).getByRole('row', { name: new RegExp(escape(number)) });
const chipOf = (row: Locator) => row.locator('[data-status]');
const detail = (page: Page) => page.getByRole('complementary');
const escape = (text: string) => text.replace(/[+()]/g, '\\$&');

async function waitForStatus(desk: Desk, id: string, status: JobStatus, timeout = 20_000) {
  await expect.poll(() => desk.engine.jobs.get(id)?.status, { timeout }).toBe(status);
}

test('a fax sent while the screen is open appears at once and moves to Delivered without a reload', async ({
  desk,
  telnyxAt,
}) => {
  const { page } = desk;
  await openHistory(desk);
  await telnyxAt();
  await expect(page.getByText(/Faxes you send appear here/)).toBeVisible();
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

  await send(desk, NUMBERS.delivers, { name: 'Northside Clinic' });
  const row = rowFor(page, '(202) 555-0100');
  await expect(row).toBeVisible();
  await expect(row).toContainText('Northside Clinic');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '2');
  await expect(chipOf(row)).toHaveText('Delivered', { timeout: 20_000 });
  await expect(page.getByTestId('history-count')).toHaveText('1 fax');
  expect(await page.evaluate(() => '__sameDocument' in window)).toBe(true);
});

test('a busy line waits for its redial, explained; with one attempt it fails in plain words', async ({
  desk,
  telnyxAt,
}) => {
  const { page } = desk;
  desk.engine.settings.update({ redialAttempts: 3, redialDelayMinutes: 1 });
  await openHistory(desk);
  await telnyxAt();

  const first = await send(desk, NUMBERS.busy, { name: 'Harbor Legal' });
  await waitForStatus(desk, first, 'waiting');
  await expect.poll(() => desk.engine.jobs.get(first)?.waitReason, { timeout: 20_000 }).toBe('redial');
  const row = rowFor(page, '(202) 555-0101');
  await expect(chipOf(row)).toHaveText('Line busy — retry 2 of 3');
  await expect(row).toContainText(/Trying again at/);

  await row.click();
  await expect(page.getByRole('heading', { name: 'Fax to Harbor Legal' })).toBeVisible();
  await expect(detail(page)).toContainText('(202) 555-0101');
  await expect(detail(page).getByTestId('job-next-step')).toHaveText(
    /^Line busy — trying again at .+, attempt 2 of 3\.$/,
  );
  await expect(
    detail(page).getByRole('listitem').filter({ hasText: 'The line was busy. Trying again at' }),
  ).toBeVisible();
  await expect(detail(page)).toContainText(/Last confirmed with Telnyx at/);
  await expect(detail(page).getByRole('button', { name: 'Cancel this fax' })).toBeVisible();
  await desk.screenshot('history-detail-redial');
  await expectNoSeriousViolations(page, '.history');

  desk.engine.settings.update({ redialAttempts: 1 });
  const second = await send(desk, NUMBERS.busy, { name: 'Harbor Legal', subject: 'Signed lease' });
  await waitForStatus(desk, second, 'failed');
  const failedRow = grid(page).getByRole('row', { name: /Signed lease/ });
  await expect(chipOf(failedRow)).toHaveText('Failed');
  await expect(failedRow).toContainText('The line was busy');
  await failedRow.click();
  await expect(detail(page).getByTestId('job-next-step')).toHaveText(
    'The line was busy. Faxdesk will not try again on its own.',
  );
  await expect(detail(page)).toContainText('The line was busy. Gave up after 1 attempt.');
  await expect(detail(page).getByRole('button', { name: 'Send again' })).toBeVisible();
  await desk.screenshot('history-failed');
});

test('a fax being sent can be cancelled from its detail', async ({ desk, telnyxAt }) => {
  const { page } = desk;
  await openHistory(desk);
  await telnyxAt({ stepMs: 1500 }); // +12025550104 then stays "sending" for about a minute
  const id = await send(desk, NUMBERS.slow);
  await waitForStatus(desk, id, 'sending');

  const row = rowFor(page, '(202) 555-0104');
  await expect(chipOf(row)).toHaveText('Sending');
  await row.click();
  await detail(page).getByRole('button', { name: 'Cancel this fax' }).click();
  await expect(detail(page).locator('[data-status]')).toHaveText('Cancelled', { timeout: 20_000 });
  await expect(chipOf(row)).toHaveText('Cancelled');
  await expect(detail(page).getByTestId('job-next-step')).toHaveText(
    'Cancelled. Faxdesk will not send it unless you send it again.',
  );
  await expect(detail(page).getByRole('button', { name: 'Cancel this fax' })).toHaveCount(0);
  await expect(detail(page).getByRole('button', { name: 'Send again' })).toBeVisible();
  expect(desk.engine.jobs.get(id)?.status).toBe('cancelled');
});

test('a failed fax is sent again from its detail, and its attempts count up', async ({ desk, telnyxAt }) => {
  const { page } = desk;
  await openHistory(desk);
  await telnyxAt();
  // It fails while the person is on Send: the tab counts it until they look.
  const nav = page.getByRole('navigation', { name: 'Faxdesk' });
  await nav.getByRole('button', { name: 'Send' }).click();
  const id = await send(desk, NUMBERS.notInService);
  await waitForStatus(desk, id, 'failed');
  await expect(nav.getByTestId('attention-count')).toHaveText('1, 1 fax needs attention');
  await expect(nav.getByRole('button', { name: /^Outbox and history.*1 fax needs attention$/ })).toBeVisible();
  await nav.getByRole('button', { name: 'Outbox and history' }).click();
  await expect(nav.getByTestId('attention-count')).toHaveCount(0);

  const row = rowFor(page, '(202) 555-0103');
  await expect(chipOf(row)).toHaveText('Failed');
  await row.click();
  await expect(detail(page).getByTestId('job-next-step')).toHaveText(
    'This number is not in service. Faxdesk will not try again on its own.',
  );
  await detail(page).getByRole('button', { name: 'Send again' }).click();
  await expect(detail(page).locator('[data-status]')).not.toHaveText('Failed');
  await expect(detail(page)).toContainText('Sending again, as you asked.');

  await waitForStatus(desk, id, 'failed');
  expect(desk.engine.jobs.get(id)?.attempts).toBe(2);
  await expect(chipOf(row)).toHaveText('Failed');
  await expect(row.getByRole('gridcell').last()).toContainText('2 attempts');
  await expect(detail(page).getByTestId('job-next-step')).toHaveText(
    'This number is not in service. Faxdesk tried 2 times and will not try again on its own.',
  );
});

test('a fax opens its document as a read-only copy, and a finished fax is deleted from history', async ({
  desk,
  telnyxAt,
}) => {
  const { page } = desk;
  await openHistory(desk);
  await telnyxAt();
  const kept = await send(desk, NUMBERS.delivers, { name: 'Northside Clinic', pages: 2 });
  const gone = await send(desk, NUMBERS.notInService, { name: 'Old office', subject: 'Lease renewal' });
  await waitForStatus(desk, kept, 'delivered');
  await waitForStatus(desk, gone, 'failed');

  // Open: the viewer gets a copy of exactly what was sent, which it cannot write back to.
  await rowFor(page, '(202) 555-0100').click();
  await detail(page).getByRole('button', { name: 'Open document' }).click();
  await expect.poll(() => desk.openedPaths.length).toBe(1);
  const opened = desk.openedPaths[0] ?? '';
  const archived = desk.engine.jobs.documentPath(kept) ?? '';
  expect(opened).not.toBe(archived);
  expect(opened).toMatch(/Fax to 12025550100, \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.pdf$/);
  expect(readFileSync(opened).equals(readFileSync(archived))).toBe(true);
  expect(statSync(opened).mode & 0o222).toBe(0);

  // Delete takes a second step, and "Keep it" keeps it.
  await rowFor(page, '(202) 555-0103').click();
  await detail(page).getByRole('button', { name: 'Delete from history…' }).click();
  await expect(detail(page).getByRole('group')).toContainText('This cannot be undone.');
  await desk.screenshot('history-delete-confirm');
  await expectNoSeriousViolations(page, '.history');
  await detail(page).getByRole('button', { name: 'Keep it' }).click();
  await expect(detail(page).getByRole('button', { name: 'Delete from history…' })).toBeFocused();
  expect(desk.engine.jobs.get(gone)).not.toBeNull();

  const goneDocument = desk.engine.jobs.documentPath(gone) ?? '';
  await detail(page).getByRole('button', { name: 'Delete from history…' }).click();
  await detail(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(detail(page)).toHaveCount(0);
  await expect(rowFor(page, '(202) 555-0103')).toHaveCount(0);
  await expect(page.getByTestId('history-count')).toHaveText('1 fax');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '2');
  expect(desk.engine.jobs.get(gone)).toBeNull();
  expect(existsSync(goneDocument)).toBe(false);
  expect(existsSync(archived)).toBe(true);

  // A fax that may still go out offers no delete, only cancel.
  const [later] = await desk.engine.jobs.create({
    documents: [{ name: 'later.pdf', bytes: await letter() }],
    recipients: [{ number: NUMBERS.delivers }],
    scheduledAt: Date.now() + 3600_000,
  });
  const waiting = grid(page).getByRole('row', { name: /Scheduled/ });
  await waiting.click();
  await expect(detail(page).getByRole('button', { name: 'Cancel this fax' })).toBeVisible();
  await expect(detail(page).getByRole('button', { name: /Delete from history/ })).toHaveCount(0);

  // Deleted elsewhere (the command line): the row and its open detail go at once.
  await detail(page).getByRole('button', { name: 'Cancel this fax' }).click();
  await waitForStatus(desk, later?.id ?? '', 'cancelled');
  await desk.engine.jobs.delete(later?.id ?? '');
  await expect(detail(page)).toHaveCount(0);
  await expect(page.getByTestId('history-count')).toHaveText('1 fax');
});

test('history is searched by number digits or name, and filtered by status and date', async ({ desk, telnyxAt }) => {
  const { page } = desk;
  await openHistory(desk);
  await telnyxAt();
  const delivered = await send(desk, NUMBERS.delivers, { name: 'Northside Clinic' });
  const failed = await send(desk, NUMBERS.notInService, { name: 'Harbor Legal' });
  await waitForStatus(desk, delivered, 'delivered');
  await waitForStatus(desk, failed, 'failed');
  const rows = grid(page).locator('[data-job-row]');
  await expect(rows).toHaveCount(2);

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('0103');
  await expect(rows).toHaveCount(1);
  await expect(rowFor(page, '(202) 555-0103')).toBeVisible();
  await expect(page.getByTestId('history-count')).toHaveText('1 fax matches');
  await search.fill('northside');
  await expect(rows).toHaveCount(1);
  await expect(rowFor(page, '(202) 555-0100')).toBeVisible();
  await search.fill('');
  await expect(rows).toHaveCount(2);

  const failedFilter = page.getByRole('button', { name: 'Failed', exact: true });
  await failedFilter.click();
  await expect(failedFilter).toHaveAttribute('aria-pressed', 'true');
  await expect(rows).toHaveCount(1);
  await expect(chipOf(rows.first())).toHaveText('Failed');
  // A new fax that does not fit the filter stays out of the list.
  await send(desk, NUMBERS.delivers, { name: 'Northside Clinic' });
  await page.waitForTimeout(500);
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Delivered', exact: true }).click();
  await expect(rows).toHaveCount(3, { timeout: 20_000 }); // the new one joins the list once it is delivered
  await page.getByRole('button', { name: 'Delivered', exact: true }).click();

  const tomorrow = new Date(Date.now() + 24 * 3600_000);
  const day = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
  await page.getByLabel('Sent since', { exact: true }).fill(day);
  await expect(page.getByText('No faxes match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(3);
  await expect(failedFilter).toHaveAttribute('aria-pressed', 'false');
});

test('an unconfirmed fax is explained, and sending it again takes a deliberate second step', async ({
  desk,
  telnyxAt,
}) => {
  const { page } = desk;
  await openHistory(desk);
  await telnyxAt({ stepMs: 1500 });
  const id = await send(desk, NUMBERS.slow, { name: 'Harbor Legal' });
  await waitForStatus(desk, id, 'sending');
  // A Telnyx that has never heard of the fax (as after it was deleted there): its outcome cannot be known.
  await telnyxAt();
  await waitForStatus(desk, id, 'unconfirmed', 30_000);

  const row = rowFor(page, '(202) 555-0104');
  await expect(chipOf(row)).toHaveText('Unconfirmed');
  await row.click();
  await expect(detail(page).getByTestId('job-next-step')).toHaveText(
    'Faxdesk could not confirm this fax was sent; check with the recipient before sending again.',
  );
  await expect(detail(page)).toContainText('Telnyx no longer has a record of this fax');

  await detail(page).getByRole('button', { name: 'Send again…' }).click();
  const confirm = detail(page).getByRole('group', { name: /may already have arrived/ });
  await expect(confirm).toBeFocused();
  expect(desk.engine.jobs.get(id)?.status).toBe('unconfirmed'); // nothing sent on the first click
  await desk.screenshot('history-unconfirmed');
  await expectNoSeriousViolations(page, '.job-detail');

  await confirm.getByRole('button', { name: 'Yes, send it again' }).click();
  await expect(chipOf(row)).not.toHaveText('Unconfirmed');
  await expect(detail(page)).toContainText('Sending again, as you asked.');
  await expect.poll(() => desk.engine.jobs.get(id)?.attempts, { timeout: 20_000 }).toBe(2);
});

test('without Telnyx the screen says so, and the waiting fax goes out when it returns', async ({ desk, telnyxAt }) => {
  const { page } = desk;
  await openHistory(desk);
  await telnyxAt();
  await waitForStatus(desk, await send(desk, NUMBERS.delivers), 'delivered');
  const banner = page.getByTestId('offline-banner');
  await expect(banner).toHaveCount(0);

  // A Telnyx that has gone away: connections are refused, as with the network down.
  const gone = await startSandbox();
  await gone.close();
  desk.engine.accountConnection.attachSandbox({ baseUrl: gone.baseUrl, apiKey: SANDBOX_KEYS.accepted });
  const waiting = await send(desk, NUMBERS.delivers, { name: 'Northside Clinic', subject: 'Referral' });

  await expect(banner).toContainText(
    'Faxdesk cannot reach Telnyx. Faxes wait in the outbox and go out when the connection returns.',
  );
  await expect(banner).toContainText(/Last checked with Telnyx at .+\./);
  const row = grid(page).getByRole('row', { name: /Referral/ });
  await expect(chipOf(row)).toHaveText('Offline');
  await expect(row).toContainText('Goes out when Telnyx can be reached');
  await row.click();
  await expect(detail(page).getByTestId('job-next-step')).toHaveText(
    'Waiting for a connection to Telnyx; it goes out when the connection returns.',
  );
  await desk.screenshot('history-offline');
  await expectNoSeriousViolations(page, '.history');

  await telnyxAt();
  await waitForStatus(desk, waiting, 'delivered', 30_000);
  await expect(banner).toHaveCount(0);
  await expect(chipOf(row)).toHaveText('Delivered');
});

test('a rate limit from Telnyx is explained on the screen', async ({ desk, telnyxAt }) => {
  const { page } = desk;
  await openHistory(desk);
  const sandbox = await telnyxAt();
  sandbox.setRateLimit({ requests: 0, perMs: 60_000 });
  await send(desk, NUMBERS.delivers);
  await expect(page.getByTestId('offline-banner')).toContainText(
    /Telnyx asked Faxdesk to slow down\. Sending resumes at .+\./,
  );
  await expect(page.getByText('Faxdesk cannot reach Telnyx')).toHaveCount(0);
});

test('a long history stays virtual: few rows in the page, all reachable by scroll and keyboard', async ({
  desk,
  telnyxAt,
}) => {
  const { page } = desk;
  await openHistory(desk);
  await telnyxAt();
  // 1,000 faxes scheduled for tomorrow (nothing is sent), created while the screen is open.
  const bytes = await letter(2);
  const tomorrow = Date.now() + 24 * 3600_000;
  for (let call = 0; call < 10; call++) {
    await desk.engine.jobs.create({
      documents: [{ name: 'letter.pdf', bytes }],
      recipients: Array.from({ length: 100 }, (_, i) => ({ number: `+1415${200 + call}${1000 + i}` })),
      scheduledAt: tomorrow,
    });
  }
  await expect(page.getByTestId('history-count')).toHaveText('1,000 faxes');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '1001');
  const rows = grid(page).locator('[data-job-row]');
  expect(await rows.count()).toBeLessThan(200);
  await expect(chipOf(rows.first())).toHaveText(/^Scheduled /);
  await expect(rows.first()).toContainText('(415) 209-1099'); // put at the top live, newest first

  // Reload the screen (leave and come back), so the list is paged in from the engine.
  await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Send' }).click();
  await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Outbox and history' }).click();
  await expect(page.getByTestId('history-count')).toHaveText('1,000 faxes');
  await desk.screenshot('history-list-long');
  const rowAt = (n: number) => grid(page).locator(`[aria-rowindex="${n}"]`);

  // Keyboard, before the rest is loaded: End lands on the last fax, and stays there as its page arrives.
  await rowAt(2).focus();
  await page.keyboard.press('End');
  await expect(rowAt(1001)).toBeFocused();
  await expect(rowAt(1001)).toContainText('(415) 200-1000'); // the oldest: first of the first batch
  await expect(rowAt(1001)).toBeFocused();
  expect(await rows.count()).toBeLessThan(200);
  await page.keyboard.press('Home');
  await expect(rowAt(2)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rowAt(4)).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(grid(page).locator('[data-job-row]:focus')).toHaveAttribute('aria-rowindex', /^(1[0-9]|[5-9])$/);
  await page.keyboard.press('PageUp');
  await expect(rowAt(4)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Fax to (415) 209-1097' })).toBeFocused();
  await expect(detail(page).getByTestId('job-next-step')).toHaveText(/^Scheduled for .+\.$/);
  await page.keyboard.press('Escape');
  await expect(detail(page)).toHaveCount(0);
  await expect(rowAt(4)).toBeFocused();

  // Scrolling: to the end and back, never more than a screenful of rows in the page.
  await grid(page).evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(rowAt(1000)).toContainText('(415) 200-1001');
  expect(await rows.count()).toBeLessThan(200);
  await grid(page).evaluate((element) => (element.scrollTop = 0));
  await expect(rowAt(2)).toContainText('(415) 209-1099');
  expect(await rows.count()).toBeLessThan(200);
});

test('100,000 faxes scroll top to bottom with no more than a screenful of rows in the page', async ({ desk }) => {
  const { page } = desk;
  await page.getByRole('button', { name: 'Try without an account' }).click();
  await page.getByLabel('Send from').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start faxing' }).click();
  await expect(page.getByRole('heading', { name: 'Send a fax' })).toBeVisible();
  // The real engine's records, filled the way years of use would: 100,000 finished faxes.
  test.setTimeout(120_000); // writing 100,000 faxes with their search index takes a while
  await desk.engine.outbox.stop();
  seedHistory(join(desk.dataDir, 'faxdesk.db'), 100_000);
  await page.evaluate(() => {
    const passOn = window.__faxdeskInvoke.bind(window);
    const calls: number[] = [];
    Object.assign(window, { __listCalls: calls });
    window.__faxdeskInvoke = (channel, payload) => {
      if (channel === 'jobs:list') calls.push((payload as { limit?: number }).limit ?? 50);
      return passOn(channel, payload);
    };
  });
  await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Outbox and history' }).click();

  await expect(page.getByTestId('history-count')).toHaveText('100,000 faxes');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '100001');
  const rows = grid(page).locator('[data-job-row]');
  await expect(grid(page).locator('[aria-rowindex="2"]')).toContainText('(415) 209-9999');
  expect(await rows.count()).toBeLessThan(200);
  expect(await page.evaluate(() => (window as unknown as { __listCalls: number[] }).__listCalls)).toEqual([200]);

  // Drag to the very end: the rows there load by position at once, the page keeps a screenful.
  await grid(page).evaluate((element) => (element.scrollTop = element.scrollHeight));
  const last = grid(page).locator('[aria-rowindex="100001"]');
  const jumpStarted = Date.now();
  await expect(last).toContainText('(415) 200-0000');
  test.info().annotations.push({ type: 'jump to the end (ms)', description: String(Date.now() - jumpStarted) });
  // The end is asked for by position, not by walking the 99,800 faxes in between.
  expect((await page.evaluate(() => (window as unknown as { __listCalls: number[] }).__listCalls)).length).toBeLessThan(
    6,
  );
  expect(await rows.count()).toBeLessThan(200);

  // Scroll back up through the middle in steps, as a wheel would, and time the frames.
  const frames = await grid(page).evaluate(async (element) => {
    const times: number[] = [];
    for (let step = 0; step < 60; step++) {
      const began = performance.now();
      element.scrollTop -= element.scrollHeight / 60;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      times.push(performance.now() - began);
    }
    return times.sort((a, b) => a - b);
  });
  test.info().annotations.push({
    type: 'scroll frames (ms, two frames each)',
    description: `median ${frames[30]?.toFixed(1)}, worst ${frames.at(-1)?.toFixed(1)}`,
  });
  expect(await rows.count()).toBeLessThan(200);
  await grid(page).evaluate((element) => (element.scrollTop = 0));
  await expect(grid(page).locator('[aria-rowindex="2"]')).toContainText('(415) 209-9999');
  await desk.screenshot('history-100k');
});

test('a typical day: the list and its detail read well and pass axe', async ({ desk, telnyxAt }) => {
  const { page } = desk;
  desk.engine.settings.update({ redialAttempts: 3, redialDelayMinutes: 5 });
  await openHistory(desk);
  await telnyxAt({ stepMs: 300 });
  const ids = [
    await send(desk, NUMBERS.delivers, { name: 'Northside Clinic', subject: 'Referral letter', pages: 3 }),
    await send(desk, NUMBERS.notInService, { name: 'Old office' }),
    await send(desk, NUMBERS.busy, { name: 'Harbor Legal', subject: 'Signed lease', pages: 4 }),
    await send(desk, '+12025550107', { name: 'Dr. Okafor' }),
  ];
  const [scheduled] = await desk.engine.jobs.create({
    documents: [{ name: 'invoice-0425.pdf', bytes: await letter(2) }],
    recipients: [{ number: '+442079460018', name: 'London office' }],
    scheduledAt: Date.now() + 3 * 3600_000,
  });
  const slow = await send(desk, NUMBERS.slow, { name: 'County Records', pages: 12 });
  await waitForStatus(desk, ids[0] ?? '', 'delivered');
  await waitForStatus(desk, ids[1] ?? '', 'failed');
  await expect.poll(() => desk.engine.jobs.get(ids[2] ?? '')?.waitReason, { timeout: 20_000 }).toBe('redial');
  await waitForStatus(desk, slow, 'sending');
  expect(scheduled?.status).toBe('waiting');

  await expect(grid(page).locator('[data-job-row]')).toHaveCount(6);
  await desk.screenshot('history-list');
  await desk.screenshot('ux-statuses');
  await expectNoSeriousViolations(page, '.history');
  await page.emulateMedia({ colorScheme: 'dark' });
  await desk.screenshot('ux-statuses-dark');
  await expectNoSeriousViolations(page, '.history');
  await page.emulateMedia({ colorScheme: 'light' });

  await grid(page)
    .getByRole('row', { name: /Referral letter/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Fax to Northside Clinic' })).toBeVisible();
  await expect(detail(page)).toContainText(/Delivered \(\d+ pages\)\./);
  await expect(detail(page).getByTestId('job-delivery-proof')).toHaveText(
    /^Delivered \d{1,2}:\d{2}:\d{2}.* · (\d+) of \1 pages$/,
  );
  await expect(detail(page)).toContainText('letter.pdf');
  await desk.screenshot('history-detail-delivered');
  await desk.screenshot('ux-detail-delivered');
  await expectNoSeriousViolations(page, '.history');

  // The same in the dark.
  await page.emulateMedia({ colorScheme: 'dark' });
  await desk.screenshot('history-detail-dark');
  await desk.screenshot('ux-detail-delivered-dark');
  await expectNoSeriousViolations(page, '.history');
});
