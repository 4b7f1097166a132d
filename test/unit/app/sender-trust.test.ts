/**
 * Only the top frame of our own window, showing our own page, may call the main process. On
 * app://, "our page" is app://faxdesk/index.html itself — not another file served beside it,
 * and not a look-alike on a scheme whose URL origin Node reports as "null".
 */
import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL } from '../../../main/app/app-page';
import { createSenderTrust, type SenderEvent } from '../../../main/app/sender-trust';

function topFrameEvent(url: string, id = 1): SenderEvent {
  const mainFrame = { url };
  return { sender: { id, mainFrame }, senderFrame: mainFrame };
}

describe('createSenderTrust() for the app:// page', () => {
  const trust = createSenderTrust(APP_PAGE_URL);
  trust.trust(1);

  it('trusts our window showing the page, with any query or fragment', () => {
    for (const url of [APP_PAGE_URL, `${APP_PAGE_URL}#/history`, `${APP_PAGE_URL}?tab=send`]) {
      expect(trust.isTrusted(topFrameEvent(url)), url).toBe(true);
    }
  });

  it.each([
    'app://faxdesk/assets/evil.html',
    'app://faxdesk/',
    'app://other/index.html',
    'other://faxdesk/index.html',
    'evil://x/index.html',
    'file:///opt/Faxdesk/resources/app.asar/out/renderer/index.html',
    'https://faxdesk/index.html',
    'about:blank',
  ])('refuses our window showing %s', (url) => {
    expect(trust.isTrusted(topFrameEvent(url))).toBe(false);
  });

  it('refuses another window showing the page', () => {
    expect(trust.isTrusted(topFrameEvent(APP_PAGE_URL, 2))).toBe(false);
  });
});
