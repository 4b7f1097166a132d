/**
 * A Linux desktop without a Secret Service: every keychain operation fails with the plain
 * explanation, and nothing falls back to a file. Runs in its own process (vitest forks), so
 * pointing the session bus nowhere affects only this file.
 */
import { describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../main/engine/secrets/keytar-secret-store';

describe.runIf(process.platform === 'linux')('KeytarSecretStore without a keychain', () => {
  it('refuses to store or read, naming the keychain as the problem', async () => {
    process.env['DBUS_SESSION_BUS_ADDRESS'] = 'unix:path=/nonexistent/faxdesk-no-bus';
    const store = new KeytarSecretStore(`Faxdesk-test-nobus-${process.pid}`);
    const attempt = store.write({ kind: 'api_key', apiKey: 'KEYnever-stored' });
    await expect(attempt).rejects.toMatchObject({
      code: 'keychain_unavailable',
      message: expect.stringContaining('system keychain is not available'),
    });
    await expect(store.read()).rejects.toMatchObject({ code: 'keychain_unavailable' });
  });
});
