/**
 * shell.openExternal gets only addresses the app chose: a page asking for exactly one of
 * them gets the app's own string back, and anything else — other https sites, look-alikes,
 * file: and custom-protocol URLs — gets nothing to open.
 */
import { describe, expect, it } from 'vitest';
import { chosenExternalLink, EXTERNAL_LINKS } from '../../../main/app/external-links';

describe('chosenExternalLink()', () => {
  it('returns the app’s own address for each of its links, as written or normalised', () => {
    for (const link of Object.values(EXTERNAL_LINKS)) expect(chosenExternalLink(link)).toBe(link);
    expect(chosenExternalLink('https://portal.telnyx.com')).toBe(EXTERNAL_LINKS.telnyxPortal);
    expect(chosenExternalLink('HTTPS://PORTAL.TELNYX.COM/')).toBe(EXTERNAL_LINKS.telnyxPortal);
  });

  it.each([
    'https://evil.example/',
    'https://portal.telnyx.com/#/app/api-keys',
    'https://portal.telnyx.com/?next=https://evil.example/',
    'https://portal.telnyx.com.evil.example/',
    'https://user@portal.telnyx.com/',
    'http://portal.telnyx.com/',
    'https://developers.telnyx.com/docs/programmable-fax/get-started/../../../evil',
    'file:///C:/Windows/System32/calc.exe',
    'smb://attacker/share/payload',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'not a url',
  ])('opens nothing for %s', (url) => {
    expect(chosenExternalLink(url)).toBeNull();
  });

  it('lists https addresses only', () => {
    for (const link of Object.values(EXTERNAL_LINKS)) expect(new URL(link).protocol).toBe('https:');
  });
});
