/**
 * The Send screen, used as a person would: documents dropped with real drag-and-drop events
 * or picked from the file dialog with the keyboard, numbers typed and picked, a cover page,
 * Send — then the jobs are checked in the real engine, and the sandbox delivers them.
 */
import type { ConsoleMessage, Locator, Page } from '@playwright/test';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { makeJpxScanPdf } from '../fixtures/documents/jpx-fixtures';
import { makePng } from '../fixtures/documents/png-fixtures';
import { makeTiff, type TiffPageSpec } from '../fixtures/documents/tiff-fixtures';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, startOnSend, test, type Desk } from './harness/desk';

// Redials two seconds apart instead of the app's minutes, so a busy number's second try is watched to the end.
test.use({ deskOptions: { policy: { redialDelayMs: 2_000 } } });

interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

async function pdfFile(name: string, pages: number): Promise<TestFile> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    doc.addPage([612, 792]).drawText(`${name}, page ${i} of ${pages}`, { x: 72, y: 700, size: 18, font });
  }
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(await doc.save()) };
}

function pngFile(name: string): TestFile {
  // A small "scan": a grey page with a dark band, enough to see the thumbnail is the real image.
  const bytes = makePng({
    width: 85,
    height: 110,
    pixel: (_x, y) => (y > 20 && y < 35 ? [40, 60, 90] : [235, 235, 230]),
  });
  return { name, mimeType: 'image/png', buffer: Buffer.from(bytes) };
}

/**
 * Two pages. Page 1: a black block in the top-left quarter and `caption` under it; page 2 all
 * black, so a picture of the wrong page (or of nothing) cannot pass for the first.
 */
async function markedPdf(name: string, caption: string): Promise<TestFile> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([612, 792]);
  first.drawRectangle({ x: 36, y: 396, width: 270, height: 360, color: rgb(0, 0, 0) });
  first.drawText(caption, { x: 36, y: 340, size: 16, font });
  doc.addPage([612, 792]).drawRectangle({ x: 0, y: 0, width: 612, height: 792, color: rgb(0, 0, 0) });
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(await doc.save()) };
}

/** Real drag-and-drop events carrying real File objects, dispatched on the drop zone. */
async function dropFiles(page: Page, target: Locator, files: TestFile[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (items) => {
      const dt = new DataTransfer();
      for (const item of items) {
        const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], item.name, { type: item.mimeType }));
      }
      return dt;
    },
    files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') })),
  );
  await target.dispatchEvent('dragenter', { dataTransfer });
  await expect(target).toHaveClass(/is-dragging/);
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(target).not.toHaveClass(/is-dragging/);
  await dataTransfer.dispose();
}

function sendScreen(page: Page) {
  const files = page.getByRole('list', { name: 'Documents to fax, in order' }).getByRole('listitem');
  return {
    dropZone: page.getByRole('button', { name: /^Drop PDFs or images here/ }),
    files,
    file: (name: string) => files.filter({ hasText: name }),
    numberField: page.getByRole('combobox', { name: 'Fax number' }),
    chips: page.getByRole('list', { name: 'Recipients' }).getByRole('listitem'),
    suggestions: page.getByRole('listbox', { name: 'Recent recipients' }),
    sendButton: page.getByRole('button', { name: /^(Send|Schedule) (fax|\d+ faxes)$|^Sending…$/ }),
    totalPages: page.getByTestId('send-total-pages'),
    summary: page.getByTestId('send-summary'),
  };
}

test('documents dropped with real drag-and-drop are listed in order, and can be reordered and removed', async ({
  desk,
}) => {
  const page = await startOnSend(desk);
  const send = sendScreen(page);
  await expect(send.totalPages).toHaveText('0 pages');
  await desk.screenshot('send-empty');

  const contract = await pdfFile('contract.pdf', 2);
  const letter = await pdfFile('cover-letter.pdf', 1);
  await dropFiles(page, send.dropZone, [contract, letter]);

  await expect(send.files).toHaveCount(2);
  await expect(send.files.nth(0)).toContainText('contract.pdf');
  await expect(send.files.nth(0).getByText(/^2 pages · [\d.]+ (KB|bytes)$/)).toBeVisible();
  await expect(send.files.nth(1)).toContainText('cover-letter.pdf');
  await expect(send.files.nth(1).getByText(/^1 page · [\d.]+ (KB|bytes)$/)).toBeVisible();
  await expect(send.totalPages).toHaveText('3 pages');
  await expect(page.getByText('2 files · 3 pages')).toBeVisible();

  // Move the letter to the front; focus stays with it (on "down", since "up" is now disabled).
  await page.getByRole('button', { name: 'Move cover-letter.pdf up' }).click();
  await expect(send.files.nth(0)).toContainText('cover-letter.pdf');
  await expect(send.files.nth(1)).toContainText('contract.pdf');
  await expect(page.getByRole('button', { name: 'Move cover-letter.pdf up' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move cover-letter.pdf down' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'moved to position' })).toHaveText(
    'cover-letter.pdf moved to position 1 of 2.',
  );

  // Remove the contract, then drop it again: it comes back at the end.
  await page.getByRole('button', { name: 'Remove contract.pdf' }).click();
  await expect(send.files).toHaveCount(1);
  await expect(send.totalPages).toHaveText('1 page');
  await dropFiles(page, send.dropZone, [contract]);
  await expect(send.files).toHaveCount(2);
  await expect(send.files.nth(1)).toContainText('contract.pdf');
  await expect(send.files.nth(1)).toContainText('2 pages');
  await expect(send.totalPages).toHaveText('3 pages');

  // Removing everything puts focus back on the drop zone.
  await page.getByRole('button', { name: 'Remove cover-letter.pdf' }).click();
  await page.getByRole('button', { name: 'Remove contract.pdf' }).click();
  await expect(send.files).toHaveCount(0);
  await expect(send.dropZone).toBeFocused();
});

test('two recipients, a refused number, a cover page: Send queues one fax each and the sandbox delivers', async ({
  desk,
}) => {
  const page = await startOnSend(desk);
  const send = sendScreen(page);

  // A recent recipient to pick: a fax to the clinic that was scheduled for next year and cancelled,
  // so the sandbox has not dialled that number yet.
  const seed = await desk.engine.jobs.create({
    documents: [{ name: 'old.pdf', bytes: (await pdfFile('old.pdf', 1)).buffer }],
    recipients: [{ number: '+12025550106', name: 'Riverside Clinic' }],
    scheduledAt: Date.now() + 365 * 24 * 3600_000,
  });
  await desk.engine.jobs.cancel(seed[0]!.id);

  await dropFiles(page, send.dropZone, [await pdfFile('contract.pdf', 2), await pdfFile('cover-letter.pdf', 1)]);
  await expect(send.files.nth(1)).toContainText('1 page');
  await expect(send.sendButton).toBeDisabled();
  await expect(page.getByText('Add a fax number.')).toBeVisible();

  // Typed: formatted as it is typed, added on Enter.
  await send.numberField.pressSequentially('(202) 555-0100');
  await expect(send.numberField).toHaveValue('(202) 555-0100');
  await send.numberField.press('Enter');
  await expect(send.chips).toHaveCount(1);
  await expect(send.chips.nth(0)).toContainText('(202) 555-0100');
  await expect(send.numberField).toHaveValue('');

  // Picked: typing the clinic's number offers it from the recent recipients.
  await send.numberField.pressSequentially('+1 202 555 0106');
  await expect(send.suggestions).toBeVisible();
  await expect(send.numberField).toHaveAttribute('aria-expanded', 'true');
  const option = send.suggestions.getByRole('option', { name: /Riverside Clinic/ });
  await expect(option).toBeVisible();
  await desk.screenshot('send-suggestions');
  await expectNoSeriousViolations(page);
  await send.numberField.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(send.numberField).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await send.numberField.press('Enter');
  await expect(send.chips).toHaveCount(2);
  await expect(send.chips.nth(1)).toContainText('Riverside Clinic');
  await expect(send.chips.nth(1)).toContainText('(202) 555-0106');
  await expect(send.suggestions).toBeHidden();

  // Refused: explained inline, not added, and Send waits until it is fixed or cleared.
  await send.numberField.pressSequentially('555-01');
  await expect(send.numberField).toHaveValue('(555) 01'); // as typed, formatted
  await send.numberField.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '"(555) 01" is not a valid fax number' })).toBeVisible();
  await expect(send.numberField).toHaveAttribute('aria-invalid', 'true');
  await expect(send.chips).toHaveCount(2);
  await expect(send.sendButton).toBeDisabled();
  await send.numberField.fill('');
  await expect(send.numberField).toHaveAttribute('aria-invalid', 'false');

  // Cover page and quality.
  await page.getByRole('checkbox', { name: 'Add a cover page' }).check();
  await page.getByLabel('Subject').fill('Signed contract');
  await page.getByLabel('Message').fill('Please sign page 2 and fax it back to us today.');
  await page.getByLabel('Quality').selectOption({ label: 'Very high' });
  await expect(send.totalPages).toHaveText('4 pages');
  await expect(send.summary).toContainText('(3 + cover page) · to 2 recipients');
  await expect(send.sendButton).toHaveText('Send 2 faxes');
  await expect(send.sendButton).toBeEnabled();
  await desk.screenshot('send-filled');
  await expectNoSeriousViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  // The drop zone fades between colours; the picture is taken once it shows the dark background.
  await expect.poll(() => send.dropZone.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 24, 28)');
  await desk.screenshot('send-filled-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await send.sendButton.click();
  await expect(page.getByRole('heading', { name: 'Outbox and history' })).toBeVisible();

  const jobs = desk.engine.jobs.list().jobs.filter((job) => job.id !== seed[0]!.id);
  expect(jobs).toHaveLength(2);
  const byNumber = new Map(jobs.map((job) => [job.to, job]));
  expect([...byNumber.keys()].sort()).toEqual(['+12025550100', '+12025550106']);
  for (const job of jobs) {
    expect(job).toMatchObject({
      pages: 4,
      hasCover: true,
      subject: 'Signed contract',
      quality: 'very_high',
      scheduledAt: null,
      fileNames: ['contract.pdf', 'cover-letter.pdf'],
    });
  }
  expect(byNumber.get('+12025550106')?.contactName).toBe('Riverside Clinic');

  // Both reach Delivered on screen: +12025550100 at once, +12025550106 after a busy line and its redial.
  const rowOf = (number: string) =>
    page
      .getByRole('grid', { name: 'Faxes, newest first' })
      .getByRole('row', { name: new RegExp(number.replace(/[()]/g, '\\$&')) })
      .filter({ hasText: 'Signed contract' });
  const clinic = rowOf('(202) 555-0106');
  await expect(rowOf('(202) 555-0100').locator('[data-status]')).toHaveText('Delivered', { timeout: 30_000 });
  await expect(clinic.locator('[data-status]')).toHaveText('Delivered', { timeout: 30_000 });
  await expect(clinic.getByRole('gridcell').last()).toContainText('After 2 attempts');
  await clinic.click();
  await expect(page.getByRole('complementary')).toContainText(/busy/i);
  await desk.screenshot('send-both-delivered');

  // Back on Send, the form is empty again.
  await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Send' }).click();
  await expect(send.files).toHaveCount(0);
  await expect(send.chips).toHaveCount(0);
});

test('a file that is not a PDF says so plainly and blocks Send until it is removed', async ({ desk }) => {
  const page = await startOnSend(desk);
  const send = sendScreen(page);
  const notes: TestFile = {
    name: 'notes.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('Call the clinic back about the contract on Monday.\n'),
  };
  await dropFiles(page, send.dropZone, [await pdfFile('contract.pdf', 2), notes]);
  await send.numberField.fill('(202) 555-0100');
  await send.numberField.press('Enter');

  const bad = send.file('notes.pdf');
  await expect(bad.getByRole('alert')).toContainText('notes.pdf');
  await expect(bad).toContainText('Cannot be faxed');
  await expect(send.file('contract.pdf')).toContainText('2 pages');
  await expect(send.totalPages).toHaveText('2 pages');
  await expect(send.sendButton).toBeDisabled();
  await expect(page.getByText('Remove the files that cannot be faxed.')).toBeVisible();
  await desk.screenshot('send-file-error');
  await expectNoSeriousViolations(page);

  await page.getByRole('button', { name: 'Remove notes.pdf' }).click();
  await expect(send.files).toHaveCount(1);
  await expect(send.sendButton).toBeEnabled();
  await expect(send.sendButton).toHaveText('Send fax');
});

test('the keyboard alone: Tab to the drop zone, Enter opens the file dialog, files are reordered', async ({ desk }) => {
  const page = await startOnSend(desk);
  const send = sendScreen(page);

  // From the header's last control (the keyboard shortcuts button, after the sections), Tab reaches the drop zone.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).focus();
  await page.keyboard.press('Tab');
  await expect(send.dropZone).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  const fileChooser = await chooser;
  expect(fileChooser.isMultiple()).toBe(true);
  await fileChooser.setFiles([await pdfFile('memo.pdf', 3), pngFile('scan.png')]);

  await expect(send.files).toHaveCount(2);
  await expect(send.file('memo.pdf')).toContainText('3 pages');
  await expect(send.file('scan.png')).toContainText('1 page');
  // The image's own first page is shown, from a blob: URL.
  await expect(send.file('scan.png').locator('img')).toHaveAttribute('src', /^blob:/);
  await expect(send.totalPages).toHaveText('4 pages');
  await desk.screenshot('send-image-thumbnail');

  // Tab into the list: memo's thumbnail first (it opens the page large), then "down", its first
  // enabled move button (its "up" is disabled).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'View the first page of memo.pdf' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Move memo.pdf down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(send.files.nth(0)).toContainText('scan.png');
  await expect(page.getByRole('button', { name: 'Move memo.pdf up' })).toBeFocused();

  // Space opens the dialog too.
  await send.dropZone.focus();
  const again = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await again).setFiles([await pdfFile('annex.pdf', 1)]);
  await expect(send.files).toHaveCount(3);
  await expect(send.files.nth(2)).toContainText('annex.pdf');

  // A number with the keyboard, then Send is reachable and enabled.
  await send.numberField.focus();
  await page.keyboard.type('202 555 0100');
  await page.keyboard.press('Enter');
  await expect(send.chips).toHaveCount(1);
  await expect(send.sendButton).toBeEnabled();
});

test('send later refuses a time in the past and schedules one in the future', async ({ desk }) => {
  const page = await startOnSend(desk);
  const send = sendScreen(page);
  await dropFiles(page, send.dropZone, [await pdfFile('contract.pdf', 1)]);
  await send.numberField.fill('+1 202 555 0100');
  await send.numberField.press('Enter');

  await page.getByRole('checkbox', { name: 'Send later' }).check();
  const at = page.getByLabel('Send at');
  await at.fill('2020-01-06T09:00');
  await expect(page.getByRole('alert').filter({ hasText: 'That time has already passed' })).toBeVisible();
  await expect(at).toHaveAttribute('aria-invalid', 'true');
  await expect(send.sendButton).toBeDisabled();
  await desk.screenshot('send-later-past');

  const tomorrow = new Date(Date.now() + 24 * 3600_000);
  tomorrow.setHours(9, 30, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  await at.fill(
    `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T${pad(tomorrow.getHours())}:30`,
  );
  await expect(at).toHaveAttribute('aria-invalid', 'false');
  await expect(send.sendButton).toHaveText('Schedule fax');
  await send.sendButton.click();
  await expect(page.getByRole('heading', { name: 'Outbox and history' })).toBeVisible();

  const [job] = desk.engine.jobs.list().jobs;
  expect(job).toMatchObject({ to: '+12025550100', status: 'waiting', scheduledAt: tomorrow.getTime(), pages: 1 });
});

test('a recent recipient is found by name, and Escape closes the suggestions', async ({ desk }) => {
  const page = await startOnSend(desk);
  const send = sendScreen(page);
  await desk.engine.jobs.create({
    documents: [{ name: 'old.pdf', bytes: (await pdfFile('old.pdf', 1)).buffer }],
    recipients: [
      { number: '+12025550100', name: 'Hillside Pharmacy' },
      { number: '+442079460018', name: 'London Office' },
    ],
    scheduledAt: Date.now() + 365 * 24 * 3600_000,
  });

  await send.numberField.focus();
  await expect(send.suggestions.getByRole('option')).toHaveCount(2);
  await send.numberField.press('Escape');
  await expect(send.suggestions).toBeHidden();
  await expect(send.numberField).toHaveAttribute('aria-expanded', 'false');

  // Letters are not formatted as a number; one match, so Enter picks it.
  await send.numberField.pressSequentially('lond');
  await expect(send.numberField).toHaveValue('lond');
  await expect(send.suggestions.getByRole('option')).toHaveCount(1);
  await send.numberField.press('Enter');
  // A number abroad is shown in international format.
  await expect(send.chips.nth(0)).toHaveText(/London Office\s*\+44 20 7946 0018/);
  await expect(send.numberField).toHaveValue('');
});

test('the empty send screen passes axe', async ({ desk }) => {
  const page = await startOnSend(desk);
  await expectNoSeriousViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page);
});

test('PDFs and fax TIFFs show a picture of their real first page, drawn in the page under its CSP', async ({
  desk,
}) => {
  const page = await startOnSend(desk);
  const send = sendScreen(page);
  // Anything a content security policy refuses while the pictures are drawn, as reported to the
  // console of the page or of pdf.js's worker.
  const refused: string[] = [];
  const watch = (message: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  };
  page.on('console', watch);
  page.on('worker', (worker) => worker.on('console', watch));
  await page.evaluate(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy: refused ${event.blockedURI} (${event.violatedDirective})`),
    ),
  );

  const pdf = await markedPdf('report.pdf', 'Quarterly report');

  // A three-page G4 fax in "normal" mode, 204 × 98 dpi: its pixels are twice as tall as wide,
  // so a Letter page is 1728 × 1078 pixels. Page 1 has a black top-right quarter; pages 2 and 3 are black.
  const faxPage = (pixel: (x: number, y: number) => number): TiffPageSpec => ({
    width: 1728,
    height: 1078,
    kind: 'g4',
    dpi: [204, 98],
    pixel,
  });
  const tiff: TestFile = {
    name: 'fax.tif',
    mimeType: 'image/tiff',
    buffer: Buffer.from(
      makeTiff([faxPage((x, y) => (x >= 864 && y < 539 ? 1 : 0)), faxPage(() => 1), faxPage(() => 1)]),
    ),
  };

  // A JPEG 2000 scan, which the page cannot decode: dropped first, so its turn to be drawn
  // has come and gone by the time the others show their pictures.
  const scan: TestFile = { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makeJpxScanPdf()) };
  await dropFiles(page, send.dropZone, [scan]);
  await expect(send.file('scan.pdf')).toContainText('1 page');
  await dropFiles(page, send.dropZone, [pdf, tiff]);
  await expect(send.file('report.pdf')).toContainText('2 pages');
  await expect(send.file('fax.tif')).toContainText('3 pages');
  const pdfPicture = send.file('report.pdf').locator('.send-thumb-paper canvas');
  const tiffPicture = send.file('fax.tif').locator('.send-thumb-paper canvas');
  await expect(pdfPicture).toBeVisible();
  await expect(tiffPicture).toBeVisible();
  // The page count is printed beside the picture ("2 pages"), not repeated on it: a second sheet says there are more.
  await expect(page.locator('.send-thumb-pages')).toHaveCount(0);
  await expect(send.file('report.pdf').locator('.send-thumb-sheet.is-stacked')).toBeVisible();
  await expect(send.file('fax.tif').locator('.send-thumb-sheet.is-stacked')).toBeVisible();

  const pdfShape = await canvasSize(pdfPicture);
  expect(pdfShape.width / pdfShape.height).toBeCloseTo(612 / 792, 1);
  expect(await brightness(pdfPicture, [0.12, 0.12, 0.45, 0.45])).toBeLessThan(40);
  expect(await brightness(pdfPicture, [0.6, 0.1, 0.95, 0.45])).toBeGreaterThan(245);
  expect(await brightness(pdfPicture, [0.55, 0.55, 0.95, 0.95])).toBeGreaterThan(245);

  // Stretched to its true shape: 8.5 × 11 inches, not its 1728 × 1078 pixel grid.
  const tiffShape = await canvasSize(tiffPicture);
  expect(tiffShape.width / tiffShape.height).toBeCloseTo(1728 / 204 / (1078 / 98), 1);
  expect(await brightness(tiffPicture, [0.6, 0.1, 0.9, 0.4])).toBeLessThan(40);
  expect(await brightness(tiffPicture, [0.1, 0.1, 0.4, 0.4])).toBeGreaterThan(245);
  expect(await brightness(tiffPicture, [0.1, 0.6, 0.9, 0.9])).toBeGreaterThan(245);

  // Not a blank sheet where the scan should be: the document icon stays.
  await expect(send.file('scan.pdf').locator('.send-thumb-document')).toBeVisible();
  await expect(send.file('scan.pdf').locator('canvas')).toHaveCount(0);

  expect(refused).toEqual([]);
  await desk.screenshot('send-document-thumbnails');
  await expectNoSeriousViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => send.dropZone.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 24, 28)');
  await desk.screenshot('send-document-thumbnails-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Drawing the pictures took copies: the files still go out whole.
  await send.numberField.fill('(202) 555-0100');
  await send.numberField.press('Enter');
  await send.sendButton.click();
  await expect(page.getByRole('heading', { name: 'Outbox and history' })).toBeVisible();
  const [job] = desk.engine.jobs.list().jobs;
  expect(job).toMatchObject({ pages: 6, fileNames: ['scan.pdf', 'report.pdf', 'fax.tif'] });
});

test('a thumbnail opens its first page large, with Space or a click, to check it is the right record', async ({
  desk,
}) => {
  const page = await startOnSend(desk);
  const send = sendScreen(page);
  const pdf = await markedPdf('alvarez-labs.pdf', 'Patient: Maria Alvarez, DOB 04/12/1961');
  await dropFiles(page, send.dropZone, [pdf, pngFile('referral.png')]);
  await expect(send.file('alvarez-labs.pdf')).toContainText('2 pages');
  await expect(send.file('referral.png')).toContainText('1 page');

  const thumbnail = page.getByRole('button', { name: 'View the first page of alvarez-labs.pdf' });
  await thumbnail.focus();
  await page.keyboard.press('Space');
  const dialog = page.getByRole('dialog', { name: 'alvarez-labs.pdf' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Page 1 of 2');
  const picture = dialog.locator('canvas');
  await expect(picture).toBeVisible();
  // Large enough to read, and the first page, drawn by the same code as the thumbnail.
  const shown = await picture.boundingBox();
  expect(shown?.height).toBeGreaterThan(400);
  expect(await brightness(picture, [0.12, 0.12, 0.45, 0.45])).toBeLessThan(40);
  expect(await brightness(picture, [0.6, 0.1, 0.95, 0.45])).toBeGreaterThan(245);
  await panelInBothThemes(desk, dialog, 'ux-thumbnail-large');

  // Escape closes it, and focus is back on the thumbnail.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(thumbnail).toBeFocused();

  // An image opens with a click, and Close closes it.
  await page.getByRole('button', { name: 'View the first page of referral.png' }).click();
  const image = page.getByRole('dialog', { name: 'referral.png' });
  await expect(image.locator('img')).toHaveAttribute('src', /^blob:/);
  await expect(image).toContainText('Page 1');
  await image.getByRole('button', { name: 'Close' }).click();
  await expect(image).toBeHidden();
  await expect(page.getByRole('button', { name: 'View the first page of referral.png' })).toBeFocused();
});

test('keyboard shortcuts: shown where they apply, listed behind "?", and O and Ctrl+Enter do what they say', async ({
  desk,
}) => {
  const page = await startOnSend(desk);
  const send = sendScreen(page);
  await expect(send.dropZone).toContainText('or click or press O to choose files');
  await expect(send.dropZone).toHaveAttribute('aria-keyshortcuts', 'O');
  await expect(page.getByText('or press Ctrl + Enter')).toBeVisible();
  await expect(send.sendButton).toHaveAttribute('aria-keyshortcuts', 'Control+Enter');

  // "?" opens the list, from anywhere that is not a text field.
  await send.dropZone.focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Send the fax, once Send is ready');
  await expect(help).toContainText('Choose files to fax');
  await expect(help).toContainText('On a thumbnail: show its first page large');
  await panelInBothThemes(desk, help, 'ux-shortcuts');
  // O does nothing while the list is open; Escape closes it and focus goes back.
  await page.keyboard.press('o');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(send.dropZone).toBeFocused();
  // The "?" button in the header opens it too.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();

  // In a text field, O is a letter; elsewhere it opens the file chooser.
  await send.numberField.focus();
  await page.keyboard.press('o');
  await expect(send.numberField).toHaveValue('o');
  await send.numberField.fill('');
  await page.getByRole('checkbox', { name: 'Send later' }).focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('o');
  await (await chooser).setFiles([await pdfFile('memo.pdf', 2)]);
  await expect(send.file('memo.pdf')).toContainText('2 pages');

  // Ctrl+Enter sends only once Send is ready: not with a number half typed.
  await send.numberField.fill('202 555 0100');
  const typed = await send.numberField.inputValue();
  await page.keyboard.press('Control+Enter');
  await expect(send.numberField).toHaveValue(typed);
  await expect(send.chips).toHaveCount(0);
  await send.numberField.press('Enter');
  await expect(send.chips).toHaveCount(1);
  await expect(send.sendButton).toBeEnabled();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Outbox and history' })).toBeVisible();
  const [job] = desk.engine.jobs.list().jobs;
  expect(job).toMatchObject({ to: '+12025550100', pages: 2, fileNames: ['memo.pdf'] });
});

test('Preview shows the fax as the first recipient gets it: cover and every page, as faxed, zoomed, turned, printed', async ({
  desk,
}) => {
  // A 33-page fax drawn, scrolled, drawn again as faxed and printed whole: more than the usual minute.
  test.setTimeout(240_000);
  const page = await startOnSend(desk);
  const send = sendScreen(page);
  const preview = page.getByRole('button', { name: 'Preview' });
  await expect(preview).toBeDisabled();
  await expect(preview).toHaveAttribute('aria-keyshortcuts', 'P');
  await dropFiles(page, send.dropZone, [
    await markedPdf('alvarez-labs.pdf', 'Patient: Maria Alvarez'),
    await pdfFile('history.pdf', 30),
  ]);
  await expect(send.file('history.pdf')).toContainText('30 pages');
  await send.numberField.fill('(202) 555-0100');
  await send.numberField.press('Enter');
  await page.getByRole('checkbox', { name: 'Add a cover page' }).check();
  await page.getByLabel('Subject').fill('Lab results');
  await expect(preview).toBeEnabled();

  // P opens it from anywhere that is not a text field.
  await send.dropZone.focus();
  await page.keyboard.press('p');
  const dialog = page.getByRole('dialog', { name: 'Preview: fax to (202) 555-0100' });
  await expect(dialog).toBeVisible();
  const pages = dialog.getByRole('img', { name: /^Page \d+ of 33$/ });
  await expect(pages).toHaveCount(33);
  await expect(dialog.getByTestId('viewer-page-number')).toHaveText('Page 1 of 33');
  const sheet = (n: number) => dialog.getByRole('img', { name: `Page ${n} of 33`, exact: true });
  const picture = (n: number) => sheet(n).locator('canvas');

  // Page 1 is the cover (its big "FAX" heading top left), page 2 the first page of the labs.
  await expect(picture(1)).toBeVisible();
  expect(await brightness(picture(1), [0.08, 0.06, 0.22, 0.12])).toBeLessThan(200);
  // Not the labs' black block: that is on page 2.
  expect(await brightness(picture(1), [0.12, 0.25, 0.45, 0.45])).toBeGreaterThan(150);
  await panelInBothThemes(desk, dialog, 'send-preview');
  await sheet(2).scrollIntoViewIfNeeded();
  await expect(picture(2)).toBeVisible();
  expect(await brightness(picture(2), [0.12, 0.12, 0.45, 0.45])).toBeLessThan(40);
  // Only the pages near the view are drawn: a long fax does not hold a canvas per page.
  expect(await dialog.locator('canvas').count()).toBeLessThan(10);

  // Every page is there to the last, and drawn once it is reached.
  const scroller = dialog.getByRole('region', { name: /33 pages$/ });
  await scroller.focus();
  await page.keyboard.press('End');
  await expect(dialog.getByTestId('viewer-page-number')).toHaveText('Page 33 of 33');
  await expect(picture(33)).toBeVisible();
  await expect(picture(1)).toHaveCount(0);
  await page.keyboard.press('Home');
  await expect(dialog.getByTestId('viewer-page-number')).toHaveText('Page 1 of 33');
  await expect(picture(1)).toBeVisible();

  // Zoom: + makes the pages larger, 0 fits them to the width again; R turns them.
  const fitted = await sheet(1).boundingBox();
  await page.keyboard.press('+');
  await expect.poll(async () => (await sheet(1).boundingBox())?.width).toBeGreaterThan((fitted?.width ?? 0) + 10);
  await page.keyboard.press('0');
  await expect.poll(async () => (await sheet(1).boundingBox())?.width).toBeCloseTo(fitted?.width ?? 0, 0);
  await page.keyboard.press('r');
  await expect
    .poll(async () => {
      const box = await sheet(1).boundingBox();
      return (box?.width ?? 0) > (box?.height ?? 0);
    })
    .toBe(true);
  await expect.poll(() => canvasSize(picture(1))).toMatchObject({ width: expect.any(Number) });
  const turned = await canvasSize(picture(1));
  expect(turned.width).toBeGreaterThan(turned.height);
  await dialog.getByRole('button', { name: 'Rotate' }).click();
  await dialog.getByRole('button', { name: 'Rotate' }).click();
  await dialog.getByRole('button', { name: 'Rotate' }).click();
  await expect
    .poll(async () => {
      const box = await sheet(1).boundingBox();
      return (box?.width ?? 0) < (box?.height ?? 0);
    })
    .toBe(true);

  // As faxed: drawn at 204 × 196 dpi (the form's quality, High) and only black and white.
  await dialog.getByRole('switch', { name: 'As faxed' }).check();
  await expect.poll(() => canvasSize(picture(1))).toEqual({ width: 1734, height: 2156 });
  expect(await colours(picture(1))).toEqual(['0,0,0', '255,255,255']);
  await sheet(2).scrollIntoViewIfNeeded();
  await expect.poll(() => canvasSize(picture(2))).toEqual({ width: 1734, height: 2156 });
  expect(await colours(picture(2))).toEqual(['0,0,0', '255,255,255']);
  await scroller.focus();
  await page.keyboard.press('Home');
  await expect(picture(1)).toBeVisible();
  await panelInBothThemes(desk, dialog, 'send-preview-fax-mode');

  // Print: every page goes to the print-only container, then to the system's dialog.
  await page.evaluate(() => {
    const printed = window as unknown as { printedPages: number | null };
    printed.printedPages = null;
    // As Chromium's own: the page is printed while print() runs, then 'afterprint'.
    window.print = () => {
      printed.printedPages = document.querySelectorAll('.document-print img').length;
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await dialog.getByRole('button', { name: 'Print…' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printedPages: number | null }).printedPages), {
      timeout: 60_000,
    })
    .toBe(33);
  await expect(page.locator('.document-print')).toHaveCount(0);

  // Nothing was queued by looking; Escape closes it and focus goes back.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(desk.engine.jobs.list().total).toBe(0);
});

test('a preview that cannot be shown says why, in words', async ({ desk }) => {
  const page = await startOnSend(desk);
  const send = sendScreen(page);
  await dropFiles(page, send.dropZone, [await pdfFile('memo.pdf', 1)]);
  await expect(send.file('memo.pdf')).toContainText('1 page');
  const preview = page.getByRole('button', { name: 'Preview' });
  const dialog = page.getByRole('dialog', { name: 'Preview of the fax' });

  // Bytes that are not a PDF, as a damaged document would be.
  await page.evaluate(() => {
    window.faxdesk.documents.preview = () => Promise.resolve({ ok: true, value: new Uint8Array([1, 2, 3, 4]) });
  });
  await preview.click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The document cannot be shown. The document is damaged or is not a PDF, so Faxdesk cannot show it.',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A refusal from the main process is shown as it says it.
  await page.evaluate(() => {
    window.faxdesk.documents.preview = () =>
      Promise.resolve({
        ok: false,
        error: { code: 'busy', message: 'Faxdesk is still preparing the preview asked for just before.' },
      });
  });
  await preview.click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Faxdesk is still preparing the preview asked for just before.',
  );
  await expectNoSeriousViolations(page);
});

/** The distinct colours of a whole canvas, as "r,g,b" strings, sorted. */
async function colours(canvas: Locator): Promise<string[]> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const data = element.getContext('2d')?.getImageData(0, 0, element.width, element.height).data ?? [];
    const seen = new Set<string>();
    for (let i = 0; i < data.length; i += 4) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return [...seen].sort();
  });
}

/** Screenshots of an open panel in the light theme and the dark one, each checked by axe; back in light after. */
async function panelInBothThemes(desk: Desk, panel: Locator, name: string): Promise<void> {
  const { page } = desk;
  await desk.screenshot(name);
  await expectNoSeriousViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => panel.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 34, 40)');
  await desk.screenshot(`${name}-dark`);
  await expectNoSeriousViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
}

async function canvasSize(canvas: Locator): Promise<{ width: number; height: number }> {
  return canvas.evaluate((element: HTMLCanvasElement) => ({ width: element.width, height: element.height }));
}

/** Mean brightness (0 black, 255 white) of part of a canvas, as fractions [left, top, right, bottom] of its size. */
async function brightness(canvas: Locator, part: [number, number, number, number]): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement, [left, top, right, bottom]) => {
    const x = Math.floor(left * element.width);
    const y = Math.floor(top * element.height);
    const width = Math.max(1, Math.floor((right - left) * element.width));
    const height = Math.max(1, Math.floor((bottom - top) * element.height));
    const data = element.getContext('2d')?.getImageData(x, y, width, height).data ?? [];
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3;
    return sum / (width * height);
  }, part);
}
