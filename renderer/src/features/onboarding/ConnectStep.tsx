/**
 * First run, step 1: connect a Telnyx account (API key, or the legacy key + secret), or try
 * Faxdesk against the built-in sandbox. The key goes straight to the main process, which
 * checks it with Telnyx and keeps it in the OS keychain; this page never sees it again.
 */
import { useState, type FormEvent } from 'react';
import type { CredentialStatus } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';

export function ConnectStep({ onConnected }: { onConnected: (status: CredentialStatus) => void }) {
  const [kind, setKind] = useState<'api_key' | 'key_secret'>('api_key');
  const [apiKey, setApiKey] = useState('');
  const [keyId, setKeyId] = useState('');
  const [secret, setSecret] = useState('');
  const { busy, error, run } = useAsyncAction();

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    const credentials = kind === 'api_key' ? { kind, apiKey } : { kind, keyId, secret };
    const status = await run(() => unwrap(faxdesk().credentials.save(credentials)));
    if (status) {
      setApiKey('');
      setSecret('');
      onConnected(status);
    }
  };

  const trySandbox = async () => {
    const status = await run(() => unwrap(faxdesk().sandbox.setEnabled(true)));
    if (status) onConnected(status);
  };

  const ready = kind === 'api_key' ? apiKey.trim() !== '' : keyId.trim() !== '' && secret.trim() !== '';

  return (
    <section className="card onboarding" aria-labelledby="connect-title">
      <h2 id="connect-title">Connect Faxdesk to Telnyx</h2>
      <p className="muted">
        Faxdesk sends faxes through your Telnyx account. Paste an API key from the Telnyx portal (Auth → API Keys). It
        is checked with Telnyx and kept in this computer&apos;s keychain.
      </p>
      <form onSubmit={(e) => void connect(e)} aria-describedby={error ? 'connect-error' : undefined}>
        {kind === 'api_key' ? (
          <label className="field">
            <span>API key</span>
            <input
              type="password"
              name="apiKey"
              autoComplete="off"
              spellCheck={false}
              placeholder="KEY…"
              value={apiKey}
              onChange={(e) => setApiKey(e.target.value)}
              aria-invalid={error ? true : undefined}
            />
          </label>
        ) : (
          <>
            <label className="field">
              <span>Key</span>
              <input
                name="keyId"
                autoComplete="off"
                spellCheck={false}
                value={keyId}
                onChange={(e) => setKeyId(e.target.value)}
                aria-invalid={error ? true : undefined}
              />
            </label>
            <label className="field">
              <span>Secret</span>
              <input
                type="password"
                name="secret"
                autoComplete="off"
                spellCheck={false}
                value={secret}
                onChange={(e) => setSecret(e.target.value)}
                aria-invalid={error ? true : undefined}
              />
            </label>
          </>
        )}
        {error && (
          <p id="connect-error" role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={!ready || busy}>
            {busy ? 'Checking with Telnyx…' : 'Connect'}
          </button>
          <button type="button" className="link" onClick={() => setKind(kind === 'api_key' ? 'key_secret' : 'api_key')}>
            {kind === 'api_key' ? 'I have a key and secret (older accounts)' : 'I have an API key'}
          </button>
        </div>
      </form>
      <div className="divider" role="separator" />
      <h3>No Telnyx account yet?</h3>
      <p className="muted">
        Try Faxdesk with its built-in sandbox: a stand-in for Telnyx on this computer. Nothing is really sent.
      </p>
      <button type="button" onClick={() => void trySandbox()} disabled={busy}>
        Try without an account
      </button>
    </section>
  );
}
