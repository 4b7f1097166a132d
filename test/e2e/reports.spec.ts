/**
 * Fax reports, clicked through as a person would: "Save report…" in a received fax's detail and
 * in a sent fax's detail saves its report where the person chose in the save dialog (the test
 * answers it); Settings → Reports turns the first page off and chooses the folder every report
 * is saved into (the test answers the folder dialog), and a fax that ends then has its report
 * there. One report page is rendered with pdf.js for the README's screenshot. Accessibility of
 * the Reports settings in light and dark.
 */
import type { Page } from '@playwright/test';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { textPdf } from '../support/pdf-samples';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, screenshotDir, type Desk } from './harness/desk';
import { openDesk, test } from './harness/own-sandbox';
import { serveDirectory } from './harness/static-server';

const OUR_NUMBER = '+12025550180';
const SENDER = '+13125550199';
const nav = (page: Page) => page.getByRole('navigation', { name: 'Faxdesk' });
const detail = (page: Page) => page.getByRole('complementary');

async function sendDelivered(desk: Desk): Promise<string> {
  const [job] = await desk.engine.jobs.create({
    documents: [{ name: 'referral.pdf', bytes: await textPdf(2, 'Referral for Dr. Ana Souza') }],
    recipients: [{ number: '+13125550100', name: 'Riverside Clinic' }],
    cover: { subject: 'Referral', message: 'Please see the attached referral.' },
  });
  if (!job) throw new Error('nothing queued');
  desk.engine.outbox.wake();
  await expect.poll(() => desk.engine.jobs.get(job.id)?.status, { timeout: 30_000 }).toBe('delivered');
  return job.id;
}

/** Draws the report's page with pdf.js in a page of its own, and screenshots it for the README. */
async function screenshotReport(desk: Desk, pdfPath: string, name: string) {
  const dir = await mkdtemp(join(tmpdir(), 'faxdesk-report-view-'));
  const pdfjs = resolve(import.meta.dirname, '../../node_modules/pdfjs-dist/build');
  await copyFile(join(pdfjs, 'pdf.mjs'), join(dir, 'pdf.js'));
  await copyFile(join(pdfjs, 'pdf.worker.mjs'), join(dir, 'pdf.worker.js'));
  await copyFile(pdfPath, join(dir, 'report.pdf'));
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><title>Report</title><body style="margin:0;background:#fff">
<canvas id="page"></canvas>
<script type="module">
import * as pdfjs from './pdf.js';
pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.js';
const document = await pdfjs.getDocument('./report.pdf').promise;
const page = await document.getPage(1);
const viewport = page.getViewport({ scale: 1.5 });
const canvas = window.document.getElementById('page');
canvas.width = viewport.width;
canvas.height = viewport.height;
await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
canvas.dataset.rendered = 'true';
</script></body></html>`,
  );
  const server = await serveDirectory(dir);
  const viewer = await desk.page.context().newPage();
  try {
    await viewer.goto(server.url);
    const canvas = viewer.locator('canvas[data-rendered="true"]');
    await expect(canvas).toBeVisible({ timeout: 20_000 });
    await canvas.screenshot({ path: join(screenshotDir, `${name}.png`) });
  } finally {
    await viewer.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

test('Save report… saves a received and a sent fax’s report where the person chooses', async ({ desk, telnyx2 }) => {
  const { page } = desk;
  await openDesk(desk, telnyx2);

  // A received fax: its reception report.
  await telnyx2.injectInbound({ from: SENDER, to: OUR_NUMBER, pages: 1 });
  await nav(page)
    .getByRole('button', { name: /^Inbox/ })
    .click();
  const inboxRow = page.getByRole('grid', { name: 'Received faxes, newest first' }).locator('[data-fax-id]').first();
  await expect(inboxRow.locator('[data-status]')).toHaveText('Received', { timeout: 20_000 });
  await expect
    .poll(() => desk.engine.inbox.list({ limit: 1 }).items[0]?.archiveState, { timeout: 20_000 })
    .toBe('archived');
  await inboxRow.click();
  await detail(page).getByRole('button', { name: 'Save report…' }).click();
  await expect(detail(page).getByRole('status').filter({ hasText: 'The report was saved.' })).toBeVisible();
  expect(desk.savedPaths).toHaveLength(1);
  expect(desk.savedPaths[0]).toMatch(/Fax report \d{4}-\d\d-\d\d from \+13125550199 [0-9a-f]{8}\.pdf$/);
  expect((await readFile(desk.savedPaths[0] as string)).subarray(0, 5).toString()).toBe('%PDF-');

  // A sent fax: its transmission report, from the history's detail.
  const jobId = await sendDelivered(desk);
  await nav(page).getByRole('button', { name: 'Outbox and history' }).click();
  const jobRow = page.locator(`[data-job-id="${jobId}"]`);
  await expect(jobRow).toContainText('Delivered', { timeout: 20_000 });
  await jobRow.click();
  await detail(page).getByRole('button', { name: 'Save report…' }).click();
  await expect(detail(page).getByRole('status').filter({ hasText: 'The report was saved.' })).toBeVisible();
  expect(desk.savedPaths).toHaveLength(2);
  expect(desk.savedPaths[1]).toMatch(/Fax report \d{4}-\d\d-\d\d to \+13125550100 [0-9a-f]{8}\.pdf$/);
  await desk.screenshot('report-save-in-detail');
  await screenshotReport(desk, desk.savedPaths[1] as string, 'report-page');
});

test('Settings → Reports: the first page switch, and every report saved into a chosen folder', async ({
  desk,
  telnyx2,
}) => {
  const { page } = desk;
  await openDesk(desk, telnyx2);
  await nav(page).getByRole('button', { name: 'Settings' }).click();
  const reports = page.getByRole('region', { name: 'Reports' });
  await expect(reports.getByTestId('report-folder')).toContainText('Off');

  await reports.getByLabel('Show a reduced first page on each report').uncheck();
  await reports.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => desk.engine.settings.get().reportFirstPage).toBe(false);

  await reports.getByRole('button', { name: 'Choose a folder…' }).click();
  expect(desk.chosenFolders).toHaveLength(1);
  const folder = desk.chosenFolders[0] as string;
  await expect(reports.getByTestId('report-folder')).toContainText(folder);
  expect(desk.engine.settings.get().reportFolder).toBe(folder);
  await desk.screenshot('settings-reports');
  await expectNoSeriousViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await desk.screenshot('settings-reports-dark');
  await expectNoSeriousViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });

  const jobId = await sendDelivered(desk);
  await expect.poll(async () => (await readdir(folder)).length, { timeout: 20_000 }).toBe(1);
  expect((await readdir(folder))[0]).toContain(jobId.slice(0, 8));

  await reports.getByRole('button', { name: 'Stop saving reports' }).click();
  await expect(reports.getByTestId('report-folder')).toContainText('Off');
  expect(desk.engine.settings.get().reportFolder).toBeNull();
});
