import { describe, expect, it } from 'vitest';
import { isPageRequestAllowed } from '../../../main/app/request-policy';

const page = 'file:///opt/Faxdesk/resources/app.asar/out/renderer/index.html';

describe('isPageRequestAllowed()', () => {
  it.each([
    'file:///opt/Faxdesk/resources/app.asar/out/renderer/assets/index-abc.js',
    'file:///opt/Faxdesk/resources/app.asar/out/renderer/assets/pdf.worker.min-abc.js',
    'blob:file:///0b5e7c1e-2a52-4c9e-9d47-5b1f2f0a7e11',
    'data:image/png;base64,iVBORw0KGgo=',
  ])('lets the built page load %s', (url) => expect(isPageRequestAllowed(url, page)).toBe(true));

  it.each([
    'https://api.telnyx.com/v2/faxes',
    'http://127.0.0.1:4010/v2/faxes',
    'file:///etc/passwd',
    'file:///opt/Faxdesk/resources/app.asar/out/renderer/../../package.json',
    'file:///opt/Faxdesk/resources/app.asar/out/renderer-evil/x.js',
    'ws://127.0.0.1:9222/',
    'not a url',
  ])('refuses %s', (url) => expect(isPageRequestAllowed(url, page)).toBe(false));

  it('allows the dev server and its hot-reload socket, nothing else', () => {
    const dev = 'http://localhost:5173/';
    expect(isPageRequestAllowed('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isPageRequestAllowed('ws://localhost:5173/', dev)).toBe(true);
    expect(isPageRequestAllowed('http://localhost:5174/', dev)).toBe(false);
    expect(isPageRequestAllowed('https://example.com/', dev)).toBe(false);
  });
});
