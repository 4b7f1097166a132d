/**
 * The real OS keychain. On Linux `npm test` provides a throwaway GNOME Keyring on a private
 * session bus (scripts/test.sh), so these tests never touch a person's own keychain; the
 * service name is unique per run as well.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../main/engine/secrets/keytar-secret-store';

const store = new KeytarSecretStore(`Faxdesk-test-${process.pid}-${Date.now()}`);

afterAll(() => store.clear());

describe('KeytarSecretStore with the real keychain', () => {
  it('round-trips both credential kinds and clears them', async () => {
    expect(await store.read()).toBeNull();
    await store.write({ kind: 'api_key', apiKey: 'KEY0123456789ABCDEF_secret' });
    expect(await store.read()).toEqual({ kind: 'api_key', apiKey: 'KEY0123456789ABCDEF_secret' });
    await store.write({ kind: 'key_secret', keyId: 'KEYID-42', secret: 's3cr3t' });
    expect(await store.read()).toEqual({ kind: 'key_secret', keyId: 'KEYID-42', secret: 's3cr3t' });
    await store.clear();
    expect(await store.read()).toBeNull();
  });
});
