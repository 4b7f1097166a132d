/**
 * A desk with a Telnyx sandbox of the test's own, which it can make faxes arrive at: the desk
 * starts in "Try without an account", and openDesk points the engine at the test's sandbox once
 * first run is done. Received faxes are listed every few hundred milliseconds.
 */
import { SANDBOX_KEYS, startSandbox, type Sandbox } from '../../../main/sandbox';
import { test as deskTest, expect, type Desk } from './desk';

export const test = deskTest.extend<{ telnyx2: Sandbox }>({
  telnyx2: async ({ desk }, use) => {
    const sandbox = await startSandbox({ stepMs: 50 });
    await use(sandbox);
    await desk.engine.outbox.stop();
    await sandbox.close();
  },
});
test.use({ deskOptions: { policy: { inboxListEveryMs: 250 } } });

/** First run with the built-in sandbox, then the engine is pointed at the test's own. */
export async function openDesk(desk: Desk, telnyx: Sandbox) {
  const { page } = desk;
  await page.getByRole('button', { name: 'Try without an account' }).click();
  await page.getByLabel('Send from').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Start faxing' }).click();
  await expect(page.getByRole('heading', { name: 'Send a fax' })).toBeVisible();
  desk.engine.accountConnection.attachSandbox({ baseUrl: telnyx.baseUrl, apiKey: SANDBOX_KEYS.accepted });
}
