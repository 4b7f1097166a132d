/**
 * The account Faxdesk is using: replace its key in place (checked with Telnyx before the old
 * one is let go), or sign out, which leads back to first run.
 */
import { useEffect, useRef, useState } from 'react';
import type { CredentialStatus, Settings } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { useAsyncAction } from '../../lib/use-async-action';
import { CredentialsForm, type CredentialsInput } from '../onboarding/CredentialsForm';

export function AccountPanel({
  credentials,
  settings,
  onSignedOut,
  onReplaced,
}: {
  credentials: CredentialStatus;
  settings: Settings;
  onSignedOut: (status: CredentialStatus) => void;
  /** A new key was accepted; the sender may have changed with the account. */
  onReplaced: (status: CredentialStatus) => void;
}) {
  const { busy, error, run } = useAsyncAction();
  const replacing = useAsyncAction();
  const [formOpen, setFormOpen] = useState(false);
  const [replaced, setReplaced] = useState<string | null>(null);
  const replaceButton = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const sandbox = credentials.source === 'sandbox';
  // A key from TELNYX_API_KEY is the environment's; the sandbox has no key of its own to replace.
  const replaceable = credentials.source === 'keychain';

  useEffect(() => {
    if (formOpen) formRef.current?.querySelector('input')?.focus();
  }, [formOpen]);

  const replace = async (input: CredentialsInput) => {
    const status = await replacing.run(() => unwrap(faxdesk().credentials.save(input)));
    if (!status) return false;
    // The key is in; if the account cannot be looked at just now, the sender stays as it was.
    const checked = await keepSenderValid().then(
      () => true,
      () => false,
    );
    setFormOpen(false);
    setReplaced(
      checked
        ? 'Key replaced. Telnyx accepted it.'
        : 'Key replaced. Telnyx accepted it, but its fax applications could not be checked just now.',
    );
    onReplaced(status);
    return true;
  };

  const signOut = async () => {
    const status = await run(() =>
      unwrap(sandbox ? faxdesk().sandbox.setEnabled(false) : faxdesk().credentials.clear()),
    );
    if (status) onSignedOut(status);
  };

  return (
    <section className="card" aria-labelledby="account-title">
      <h2 id="account-title">{sandbox ? 'Sandbox — no Telnyx account' : 'Telnyx account'}</h2>
      {sandbox && (
        <p className="notice" role="note">
          You are trying Faxdesk with its built-in sandbox. Faxes follow the real steps, but nothing leaves this
          computer.
        </p>
      )}
      <dl className="facts">
        <dt>Signed in with</dt>
        <dd data-testid="account-credentials">
          {sandbox
            ? 'Sandbox key'
            : `${credentials.kind === 'key_secret' ? 'Key and secret' : 'API key'} ${credentials.hint ?? ''}`}
          {credentials.source === 'environment' ? ' (from TELNYX_API_KEY)' : ''}
        </dd>
        <dt>Sending from</dt>
        <dd data-testid="account-from">{settings.fromNumber ? formatNumber(settings.fromNumber) : 'Not chosen'}</dd>
        <dt>Fax application</dt>
        <dd data-testid="account-connection">{settings.connectionId ?? 'Not chosen'}</dd>
      </dl>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {formOpen ? (
        <div ref={formRef} className="account-replace" role="group" aria-labelledby="account-replace-title">
          <h3 id="account-replace-title">Replace the key</h3>
          <p className="muted">
            The new key is checked with Telnyx first; until it is accepted, Faxdesk keeps using the current one.
          </p>
          <CredentialsForm submitLabel="Replace key" busy={replacing.busy} error={replacing.error} onSubmit={replace}>
            <button
              type="button"
              onClick={() => {
                setFormOpen(false);
                replacing.setError(null);
                replaceButton.current?.focus();
              }}
              disabled={replacing.busy}
            >
              Cancel
            </button>
          </CredentialsForm>
        </div>
      ) : (
        <div className="actions">
          {replaceable && (
            <button
              ref={replaceButton}
              type="button"
              onClick={() => {
                setReplaced(null);
                setFormOpen(true);
              }}
              disabled={busy}
            >
              Replace key…
            </button>
          )}
          <button type="button" onClick={() => void signOut()} disabled={busy}>
            {sandbox ? 'Leave the sandbox' : 'Sign out'}
          </button>
          {replaced && <span role="status">{replaced}</span>}
        </div>
      )}
    </section>
  );
}

/**
 * A new key may belong to another account: discovering it keeps the chosen fax application and
 * number only if that account has them (or picks its only ones); otherwise it clears them, and
 * first run asks again. The main process saves that choice itself, once.
 */
async function keepSenderValid(): Promise<void> {
  await unwrap(faxdesk().account.discover());
}
