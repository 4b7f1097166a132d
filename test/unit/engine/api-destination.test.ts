/**
 * The rule for where a Telnyx key may go: the stored key only to Telnyx's API host over https
 * or to this computer; a key given for one run (TELNYX_API_KEY) also to another https host;
 * plain http never off this computer.
 */
import { describe, expect, it } from 'vitest';
import { checkKeyDestination, isLoopback, type KeyOrigin } from '../../../main/engine/account/api-destination';
import { FaxdeskError } from '../../../main/engine/errors';

function refusal(baseURL: string, key: KeyOrigin, base: 'environment' | 'settings' = 'environment'): FaxdeskError {
  try {
    checkKeyDestination(baseURL, { key, base });
  } catch (error) {
    if (error instanceof FaxdeskError) return error;
    throw error;
  }
  throw new Error(`${baseURL} was allowed for a ${key} key`);
}

const allowed = (baseURL: string, key: KeyOrigin) => () => checkKeyDestination(baseURL, { key, base: 'environment' });

describe('checkKeyDestination()', () => {
  it.each([
    'https://api.telnyx.com/v2',
    'https://API.TELNYX.COM/v2/',
    'http://127.0.0.1:4010/v2',
    'https://127.0.0.1:4010/v2',
    'http://127.8.9.10:4010/v2',
    'http://localhost:5555/v2',
    'http://[::1]:4010/v2',
    // The URL parser reads these as 127.0.0.1.
    'http://2130706433:4010/v2',
    'http://0x7f.1:4010/v2',
  ])('sends the stored key to %s', (baseURL) => {
    expect(allowed(baseURL, 'keychain')).not.toThrow();
    expect(allowed(baseURL, 'sandbox')).not.toThrow();
  });

  it.each([
    ['https://evil.example/v2', 'https://evil.example'],
    ['https://api.telnyx.com.evil.example/v2', 'https://api.telnyx.com.evil.example'],
    ['https://api.telnyx.com:8443/v2', 'https://api.telnyx.com:8443'],
    ['https://127.0.0.1.nip.io/v2', 'https://127.0.0.1.nip.io'],
    ['https://sub.localhost/v2', 'https://sub.localhost'],
    ['https://10.0.0.5/v2', 'https://10.0.0.5'],
  ])('refuses the stored key for %s, naming only the host', (baseURL, where) => {
    const error = refusal(baseURL, 'keychain');
    expect(error.code).toBe('invalid_settings');
    expect(error.summary).toBe(
      `Faxdesk sends your stored Telnyx key only to Telnyx (https://api.telnyx.com) or to this computer, not to ${where}.`,
    );
    expect(error.whatToDo).toMatch(/FAXDESK_API_BASE.*TELNYX_API_KEY/);
  });

  it('refuses plain http off this computer for every key, Telnyx included', () => {
    for (const key of ['keychain', 'sandbox', 'environment'] as const) {
      for (const baseURL of ['http://api.telnyx.com/v2', 'http://evil.example/v2', 'http://192.168.1.20:4010/v2']) {
        const error = refusal(baseURL, key);
        expect(error.code, `${key} ${baseURL}`).toBe('invalid_settings');
        expect(error.summary).toMatch(/^Faxdesk will not send a Telnyx key to http:\/\/[^/]+: over plain http/);
      }
    }
  });

  it('lets a key given for this run go to another https host', () => {
    expect(allowed('https://evil.example/v2', 'environment')).not.toThrow();
    expect(allowed('https://api.telnyx.eu/v2', 'environment')).not.toThrow();
    expect(refusal('https://api.telnyx.eu/v2', 'keychain').code).toBe('invalid_settings');
    expect(refusal('https://api.telnyx.eu/v2', 'sandbox').summary).toMatch(/the sandbox's key only to Telnyx/);
  });

  it('says what to change where the address came from', () => {
    expect(refusal('https://evil.example/v2', 'keychain', 'settings').whatToDo).toMatch(/without --api-base/);
    expect(refusal('https://evil.example/v2', 'keychain', 'environment').message).toMatch(
      /not to https:\/\/evil\.example\. Unset FAXDESK_API_BASE/,
    );
  });

  it('refuses what is not an http(s) address, and user names in it, without echoing them', () => {
    expect(refusal('api.telnyx.com', 'environment').summary).toBe(
      'The Telnyx API address "api.telnyx.com" is not a web address.',
    );
    expect(refusal('ftp://127.0.0.1/v2', 'environment').summary).toMatch(/must start with https:\/\/, not "ftp:"/);
    const withPassword = refusal('https://me:hunter2@api.telnyx.com/v2', 'keychain');
    expect(withPassword.summary).toMatch(/user name or password/);
    expect(withPassword.message).not.toContain('hunter2');
  });
});

describe('isLoopback()', () => {
  it('knows this computer from others', () => {
    expect(['localhost', 'LOCALHOST', '127.0.0.1', '127.255.0.1', '[::1]'].map(isLoopback)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['localhost.evil.example', '128.0.0.1', '0.0.0.0', '[::ffff:7f00:1]', '[::2]'].map(isLoopback)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
