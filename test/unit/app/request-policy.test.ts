/**
 * The page's session loads its own app:// files and the blob:/data: URLs it made (pdf.js's
 * worker and thumbnails among them), or in development its dev server, and nothing else: no
 * network, no file: URL anywhere on the disk.
 */
import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL } from '../../../main/app/app-page';
import { isPageRequestAllowed } from '../../../main/app/request-policy';

describe('isPageRequestAllowed()', () => {
  it.each([
    'app://faxdesk/index.html',
    'app://faxdesk/assets/index-abc.js',
    'app://faxdesk/assets/pdf.worker.min-abc.js',
    'blob:app://faxdesk/0b5e7c1e-2a52-4c9e-9d47-5b1f2f0a7e11',
    'data:image/png;base64,iVBORw0KGgo=',
  ])('lets the built page load %s', (url) => expect(isPageRequestAllowed(url, APP_PAGE_URL)).toBe(true));

  it.each([
    'https://api.telnyx.com/v2/faxes',
    'http://127.0.0.1:4010/v2/faxes',
    'file:///etc/passwd',
    'file:///opt/Faxdesk/resources/app.asar/out/renderer/index.html',
    'app://evil/index.html',
    'app2://faxdesk/index.html',
    'ws://127.0.0.1:9222/',
    'not a url',
  ])('refuses %s', (url) => expect(isPageRequestAllowed(url, APP_PAGE_URL)).toBe(false));

  it('allows the dev server and its hot-reload socket, nothing else', () => {
    const dev = 'http://localhost:5173/';
    expect(isPageRequestAllowed('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isPageRequestAllowed('ws://localhost:5173/', dev)).toBe(true);
    expect(isPageRequestAllowed('http://localhost:5174/', dev)).toBe(false);
    expect(isPageRequestAllowed('https://example.com/', dev)).toBe(false);
    expect(isPageRequestAllowed('app://faxdesk/index.html', dev)).toBe(false);
  });

  it('allows nothing of its own to a page on any other scheme', () => {
    expect(isPageRequestAllowed('file:///tmp/a.js', 'file:///tmp/index.html')).toBe(false);
    expect(isPageRequestAllowed('data:text/plain,x', 'file:///tmp/index.html')).toBe(true);
  });
});
