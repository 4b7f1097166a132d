/**
 * The page's own files are recognised the way each platform compares paths: on Windows a
 * development run from `c:\…` gets requests for `file:///C:/…` (Chromium upper-cases the
 * drive letter), and must neither refuse them nor let anything outside the page's folder in.
 */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filePathOf, isInsideFolder, isSamePath } from '../../../main/app/page-paths';
import { isPageRequestAllowed } from '../../../main/app/request-policy';
import { createSenderTrust, type SenderEvent } from '../../../main/app/sender-trust';

// What pathToFileURL makes of `c:\work\faxdesk\out\renderer\index.html` on Windows.
const windowsPage = 'file:///c:/work/faxdesk/out/renderer/index.html';

function topFrameEvent(url: string): SenderEvent {
  const mainFrame = { url };
  return { sender: { id: 1, mainFrame }, senderFrame: mainFrame };
}

describe('on Windows', () => {
  it('reads a file: URL as a Windows path', () => {
    expect(filePathOf(new URL('file:///C:/Work/a%20b/x.js'), 'win32')).toBe('C:\\Work\\a b\\x.js');
    expect(filePathOf(new URL('https://example.com/'), 'win32')).toBeNull();
  });

  it("lets the page load its own files whatever the drive letter's case", () => {
    expect(isPageRequestAllowed('file:///C:/work/faxdesk/out/renderer/assets/index-abc.js', windowsPage, 'win32')).toBe(
      true,
    );
    expect(isPageRequestAllowed('file:///C:/Work/Faxdesk/OUT/renderer/index.html', windowsPage, 'win32')).toBe(true);
  });

  it('still refuses everything outside the page folder', () => {
    for (const url of [
      'file:///C:/work/faxdesk/out/renderer-evil/x.js',
      'file:///C:/work/faxdesk/package.json',
      'file:///C:/work/faxdesk/out/renderer/../main/index.js',
      'file:///D:/work/faxdesk/out/renderer/index.html',
      'file://attacker/share/faxdesk/out/renderer/index.html',
    ]) {
      expect(isPageRequestAllowed(url, windowsPage, 'win32'), url).toBe(false);
    }
  });

  it('trusts our window showing its page with an upper-case drive letter, and no other page', () => {
    const trust = createSenderTrust(windowsPage, 'win32');
    trust.trust(1);
    expect(trust.isTrusted(topFrameEvent('file:///C:/work/faxdesk/out/renderer/index.html'))).toBe(true);
    expect(trust.isTrusted(topFrameEvent('file:///C:/work/faxdesk/out/renderer/index.html#/history'))).toBe(true);
    expect(trust.isTrusted(topFrameEvent('file:///C:/work/faxdesk/out/renderer/evil.html'))).toBe(false);
    expect(trust.isTrusted(topFrameEvent('file:///C:/Users/Public/index.html'))).toBe(false);
  });
});

describe('on Linux', () => {
  const page = pathToFileURL('/opt/Faxdesk/out/renderer/index.html').toString();

  it('keeps case significant', () => {
    expect(isPageRequestAllowed('file:///opt/Faxdesk/out/renderer/a.js', page, 'linux')).toBe(true);
    expect(isPageRequestAllowed('file:///opt/faxdesk/out/renderer/a.js', page, 'linux')).toBe(false);
    expect(isSamePath('/opt/Faxdesk', '/opt/faxdesk', 'linux')).toBe(false);
  });

  it('trusts only the exact page file', () => {
    const trust = createSenderTrust(page, 'linux');
    trust.trust(1);
    expect(trust.isTrusted(topFrameEvent(page))).toBe(true);
    expect(trust.isTrusted(topFrameEvent(page.replace('Faxdesk', 'faxdesk')))).toBe(false);
  });
});

describe('isInsideFolder()', () => {
  it('is true for the folder and what lies inside it, on each platform', () => {
    expect(isInsideFolder('/a/b', '/a/b', 'linux')).toBe(true);
    expect(isInsideFolder('/a/b/c/d', '/a/b', 'linux')).toBe(true);
    expect(isInsideFolder('/a/bc', '/a/b', 'linux')).toBe(false);
    expect(isInsideFolder('/a', '/a/b', 'linux')).toBe(false);
    expect(isInsideFolder('/a/b/..c', '/a/b', 'linux')).toBe(true);
    expect(isInsideFolder('C:\\A\\B\\c', 'c:\\a\\b', 'win32')).toBe(true);
    expect(isInsideFolder('D:\\a\\b', 'c:\\a\\b', 'win32')).toBe(false);
    expect(isInsideFolder('/Users/Me/App/x', '/users/me/app', 'darwin')).toBe(true);
  });
});
