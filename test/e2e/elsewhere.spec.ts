/**
 * A fax sent elsewhere on the same Telnyx account (here: a script posting to the sandbox, as
 * another desk or the portal would) appears in this desk's history marked "Sent from elsewhere",
 * followed to its end, with no Cancel, Send again or Open document, and passes axe in light and dark.
 */
import type { Page } from '@playwright/test';
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../main/sandbox';
import { sendElsewhere } from '../support/send-elsewhere';
import { expectNoSeriousViolations } from './harness/axe';
import { test as deskTest, expect } from './harness/desk';

const test = deskTest.extend<{ telnyxAt: () => Promise<Sandbox> }>({
  telnyxAt: async ({ desk }, use) => {
    let sandbox: Sandbox | null = null;
    await use(async () => {
      sandbox = await startSandbox({ stepMs: 300 });
      desk.engine.accountConnection.attachSandbox({ baseUrl: sandbox.baseUrl, apiKey: SANDBOX_KEYS.accepted });
      return sandbox;
    });
    await desk.engine.outbox.stop();
    await (sandbox as Sandbox | null)?.close();
  },
});

const grid = (page: Page) => page.getByRole('grid', { name: 'Faxes, newest first' });

test('a fax sent from elsewhere on the account is shown as such, followed to the end, and offers no actions of this desk', async ({
  desk,
  telnyxAt,
}) => {
  const { page } = desk;
  await page.getByRole('button', { name: 'Try without an account' }).click();
  await page.getByLabel('Send from').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start faxing' }).click();
  await page.getByRole('navigation', { name: 'Faxdesk' }).getByRole('button', { name: 'Outbox and history' }).click();
  await expect(page.getByRole('heading', { name: 'Outbox and history' })).toBeVisible();

  const telnyx = await telnyxAt();
  await sendElsewhere(telnyx, '+12025550100');
  await desk.engine.outbox.sync();
  const row = grid(page).getByRole('row', { name: /\(202\) 555-0100/ });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('elsewhere-tag')).toContainText('Sent from elsewhere');
  await expect(row.getByTestId('elsewhere-tag')).toHaveAttribute(
    'title',
    /another desk, a script or the Telnyx portal/,
  );
  await expect(row.locator('[data-status]')).toHaveText('Delivered', { timeout: 20_000 });

  await row.click();
  const detail = page.getByRole('complementary');
  await expect(detail.getByTestId('job-elsewhere-note')).toContainText('cannot be cancelled or sent again from here');
  await expect(detail.getByTestId('job-no-document')).toBeVisible();
  for (const action of ['Cancel this fax', 'Send again', 'Open document']) {
    await expect(detail.getByRole('button', { name: action })).toHaveCount(0);
  }
  await expect(detail.getByRole('button', { name: 'Delete from history…' })).toBeVisible();
  await desk.screenshot('history-elsewhere');
  await expectNoSeriousViolations(page, '.history');
  await page.emulateMedia({ colorScheme: 'dark' });
  await desk.screenshot('history-elsewhere-dark');
  await expectNoSeriousViolations(page, '.history');
});
