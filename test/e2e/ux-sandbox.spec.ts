/**
 * No doubt about sandbox mode, and names before numbers on cover pages: first run asks for the
 * practice name cover pages carry; in sandbox mode the header and the status bar say nothing is
 * sent, and every fax made there says "Sandbox" in the history and its detail; Send warns
 * before a cover page goes out naming no sender. Light and dark, checked with axe.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, test, type Desk } from './harness/desk';

async function letter(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([612, 792]).drawText('Faxdesk sandbox test', { x: 72, y: 700, size: 14, font });
  return pdf.save();
}

/** "Try without an account", then the sender and, when given, the practice's name. */
async function trySandbox(desk: Desk, practice?: string) {
  const { page } = desk;
  await page.getByRole('button', { name: 'Try without an account' }).click();
  await expect(page.getByRole('heading', { name: 'Choose how your faxes go out' })).toBeVisible();
  await page.getByLabel('Send from').selectOption({ index: 1 });
  if (practice) await page.getByLabel('Practice or firm name').fill(practice);
  await page.getByRole('button', { name: 'Start faxing' }).click();
  await expect(page.getByRole('heading', { name: 'Send a fax' })).toBeVisible();
}

test('sandbox mode is marked in the header, the status bar and on every fax made there', async ({ desk }) => {
  const { page } = desk;
  await trySandbox(desk, 'Northside Family Practice');
  expect(desk.engine.settings.get()).toMatchObject({ sandboxMode: true, senderName: 'Northside Family Practice' });

  await expect(page.getByTestId('header-sandbox-marker')).toHaveText('Sandbox — nothing is sent');
  const status = page.getByTestId('connection-status');
  await expect(status).toContainText('Sandbox — nothing is sent');
  await expect(status).toContainText('The built-in sandbox stands in for Telnyx');
  await expect(status).not.toContainText(/Online|checked with Telnyx/);

  const [job] = await desk.engine.jobs.create({
    documents: [{ name: 'referral.pdf', bytes: await letter() }],
    recipients: [{ number: '+12025550100', name: 'Riverside Cardiology' }],
    cover: { subject: 'Referral' },
  });
  if (!job) throw new Error('no job created');
  expect(desk.engine.jobs.get(job.id)?.sandbox).toBe(true);

  await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Outbox and history' }).click();
  const row = page.locator(`[data-job-id="${job.id}"]`);
  await expect(row.getByTestId('sandbox-tag')).toHaveText('Sandbox — nothing was faxed');
  await row.click();
  const detail = page.getByRole('complementary');
  await expect(detail.getByTestId('sandbox-tag')).toBeVisible();
  // Even a fax the sandbox "delivered" still says it was a sandbox one.
  await expect.poll(() => desk.engine.jobs.get(job.id)?.status, { timeout: 20_000 }).toBe('delivered');
  await expect(row.getByTestId('sandbox-tag')).toBeVisible();

  await expectNoSeriousViolations(page);
  await desk.screenshot('ux-sandbox-marker');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page);
  await desk.screenshot('ux-sandbox-marker-dark');
});

test('Send warns before a cover page goes out with no sender name', async ({ desk }) => {
  const { page } = desk;
  await trySandbox(desk);
  const warning = page.getByTestId('send-warning');
  await expect(warning).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Add a cover page' }).check();
  await expect(warning).toContainText('The cover page will not say who it is from');
  // A warning, not a refusal: it names what is missing and where to add it.
  await expect(warning).toContainText('Settings');
  await expectNoSeriousViolations(page);
});
