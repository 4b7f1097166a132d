/**
 * The fields for Telnyx credentials — an API key, or the legacy key and secret — used on first
 * run and to replace the key from Settings. What happens with them is the caller's: the key
 * goes straight to the main process, which checks it with Telnyx before keeping it.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { RequestOf } from '../../../../preload/contract';

export type CredentialsInput = RequestOf<'credentials:save'>;

export function CredentialsForm({
  submitLabel,
  busy,
  error,
  onSubmit,
  children,
}: {
  submitLabel: string;
  busy: boolean;
  error: string | null;
  /** Resolves true when the credentials were accepted: the fields are then emptied. */
  onSubmit: (credentials: CredentialsInput) => Promise<boolean>;
  /** More buttons beside the submit button (e.g. Cancel). */
  children?: ReactNode;
}) {
  const [kind, setKind] = useState<'api_key' | 'key_secret'>('api_key');
  const [apiKey, setApiKey] = useState('');
  const [keyId, setKeyId] = useState('');
  const [secret, setSecret] = useState('');
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const accepted = await onSubmit(kind === 'api_key' ? { kind, apiKey } : { kind, keyId, secret });
    if (accepted) {
      setApiKey('');
      setSecret('');
    }
  };

  const ready = kind === 'api_key' ? apiKey.trim() !== '' : keyId.trim() !== '' && secret.trim() !== '';
  const invalid = error ? true : undefined;

  return (
    <form onSubmit={(e) => void submit(e)} aria-describedby={error ? errorId : undefined}>
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
            aria-invalid={invalid}
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
              aria-invalid={invalid}
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
              aria-invalid={invalid}
            />
          </label>
        </>
      )}
      {error && (
        <p id={errorId} role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={!ready || busy}>
          {busy ? 'Checking with Telnyx…' : submitLabel}
        </button>
        {children}
        <button type="button" className="link" onClick={() => setKind(kind === 'api_key' ? 'key_secret' : 'api_key')}>
          {kind === 'api_key' ? 'I have a key and secret (older accounts)' : 'I have an API key'}
        </button>
      </div>
    </form>
  );
}
