/**
 * What a misbehaving page cannot do to the phone bill, clicked through and tried through
 * window.faxdesk as such a page would: the Settings switch for premium-rate and satellite
 * numbers is off and turns on only when the person says yes in a native dialog; Send shows
 * the engine's refusal of a +1 900 number; a page queuing 2,000 faxes meets a dialog it cannot
 * answer. The test stands in for the person at the dialogs (desk.questions). Axe checks each screen.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expectNoSeriousViolations } from './harness/axe';
import { expect, startOnSend, test } from './harness/desk';

/** The person's next answers to native dialogs, in order; yes when none is left. */
let answers: boolean[] = [];
test.use({
  deskOptions: {
    // A person takes a moment to read a dialog: what the page does meanwhile is refused.
    answer: () => new Promise((resolve) => setTimeout(() => resolve(answers.shift() ?? true), 500)),
  },
});
test.beforeEach(() => {
  answers = [];
});

async function letter(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([612, 792]).drawText('A letter', { x: 72, y: 700, size: 18, font });
  return Buffer.from(await doc.save());
}

test('the switch for premium-rate and satellite numbers is off, says what it allows, and turns on only with a yes', async ({
  desk,
}) => {
  const page = await startOnSend(desk);
  await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Premium-rate and satellite numbers' });
  const toggle = section.getByRole('switch', { name: 'Allow premium-rate and satellite numbers' });
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toHaveAccessibleDescription(
    /^When on, faxes may go to premium-rate numbers \(such as \+1 900, \+44 909 or \+49 900\), satellite phones/,
  );
  await expectNoSeriousViolations(page);

  // The person says no in the dialog: the switch stays off, and says why.
  answers = [false];
  await toggle.click();
  await expect(section.getByRole('status')).toHaveText('Answer the question in the Faxdesk dialog to go on.');
  await expect(section.getByRole('alert')).toHaveText(
    'Premium-rate and satellite numbers stay refused: you chose to keep them refused. Nothing was changed.',
  );
  await expect(toggle).not.toBeChecked();
  expect(desk.engine.settings.get().allowPremiumAndSatelliteNumbers).toBe(false);
  expect(desk.questions.map((q) => q.title)).toEqual(['Allow premium-rate and satellite numbers?']);

  // Yes: on, in the engine too.
  answers = [true];
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(section.getByRole('alert')).toHaveCount(0);
  expect(desk.engine.settings.get().allowPremiumAndSatelliteNumbers).toBe(true);
  expect(desk.questions).toHaveLength(2);
  await expectNoSeriousViolations(page);
  await desk.screenshot('settings-costly-numbers-on');

  // Off again without a question.
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect.poll(() => desk.engine.settings.get().allowPremiumAndSatelliteNumbers).toBe(false);
  expect(desk.questions).toHaveLength(2);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page);
});

test('Send shows why a +1 900 number is refused, and nothing is queued', async ({ desk }) => {
  const page = await startOnSend(desk);
  const bytes = await letter();
  // Picked with the file dialog, as the keyboard path does.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Drop PDFs or images here/ }).click();
  await (await chooser).setFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: bytes });
  await expect(page.getByRole('list', { name: 'Documents to fax, in order' })).toContainText('1 page');

  const number = page.getByRole('combobox', { name: 'Fax number' });
  await number.fill('+1 900 555 0100');
  await number.press('Enter');
  await expect(page.getByRole('list', { name: 'Recipients' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Send fax' }).click();

  await expect(page.getByRole('alert')).toContainText(
    '+1 900 555 0100 is a premium-rate number, charged far above an ordinary call. Nothing was queued. ' +
      'Faxdesk sends to premium-rate and satellite numbers only when "Allow premium-rate and satellite numbers" is turned on in Settings.',
  );
  expect(desk.engine.jobs.list().total).toBe(0);
  await expectNoSeriousViolations(page);
  await desk.screenshot('send-premium-number-refused');
});

test('a page queuing 2,000 faxes through window.faxdesk meets a dialog it cannot answer', async ({ desk }) => {
  const page = await startOnSend(desk);
  answers = Array<boolean>(20).fill(false);
  const base64 = (await letter()).toString('base64');
  // 20 calls of 100 ordinary numbers each, all at once, as the compromised page did.
  const codes = await page.evaluate(async (pdf) => {
    const bytes = Uint8Array.from(atob(pdf), (c) => c.charCodeAt(0));
    const staged = await window.faxdesk.documents.stage({ name: 'letter.pdf', bytes });
    if (!staged.ok) return [staged.error.code];
    const calls = Array.from({ length: 20 }, (_, call) =>
      window.faxdesk.jobs.create({
        documents: [staged.value.token],
        recipients: Array.from({ length: 100 }, (_, i) => ({ number: `+1809${200 + call}${1000 + i}` })),
      }),
    );
    return (await Promise.all(calls)).map((result) => (result.ok ? 'queued' : result.error.code));
  }, base64);

  // Calls that came while a question was open were refused as busy, not stacked up as more dialogs;
  // calls that came after it closed were asked about again, and refused again.
  const asked = codes.filter((code) => code === 'not_confirmed').length;
  expect(asked).toBeGreaterThanOrEqual(1);
  expect(codes.filter((code) => code === 'busy').length).toBeGreaterThanOrEqual(16);
  expect(asked + codes.filter((code) => code === 'busy').length).toBe(20);
  expect(desk.questions.map((q) => q.title)).toEqual(Array(asked).fill('Queue 100 faxes?'));
  expect(desk.engine.jobs.list().total).toBe(0);
});
