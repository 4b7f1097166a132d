/**
 * The account Faxdesk is using and the sender it sends as: replace its key in place (checked
 * with Telnyx before the old one is let go), or sign out, which leads back to first run.
 */
import { useRef, useState } from 'react';
import type { CredentialStatus, Settings } from '../../../../preload/contract';
import { AccountFacts } from './AccountFacts';
import { ReplaceKeyForm } from './ReplaceKeyForm';
import { SenderSection } from './SenderSection';
import { useAccountActions } from './use-account-actions';

export interface AccountProps {
  credentials: CredentialStatus;
  settings: Settings;
  /** Signed out, or a new key was accepted: settings are read again with the account. */
  onAccountChanged: (status: CredentialStatus) => void;
}

export function AccountPanel({ credentials, settings, onAccountChanged }: AccountProps) {
  const { replace, replacing, replaced, setReplaced, signOut, signingOut } = useAccountActions({
    credentials,
    settings,
    onAccountChanged,
  });
  const [formOpen, setFormOpen] = useState(false);
  const replaceButton = useRef<HTMLButtonElement>(null);
  const sandbox = credentials.source === 'sandbox';
  // A key from TELNYX_API_KEY is the environment's; the sandbox has no key of its own to replace.
  const replaceable = credentials.source === 'keychain';

  return (
    <section className="card" aria-labelledby="account-title">
      <h2 id="account-title">{sandbox ? 'Sandbox — no Telnyx account' : 'Telnyx account'}</h2>
      {sandbox && (
        <p className="notice" role="note">
          You are trying Faxdesk with its built-in sandbox. Faxes follow the real steps, but nothing leaves this
          computer.
        </p>
      )}
      <AccountFacts credentials={credentials} />
      {signingOut.error && (
        <p role="alert" className="error">
          {signingOut.error}
        </p>
      )}
      {formOpen ? (
        <ReplaceKeyForm
          busy={replacing.busy}
          error={replacing.error}
          onSubmit={async (input) => {
            const accepted = await replace(input);
            if (accepted) setFormOpen(false);
            return accepted;
          }}
          onCancel={() => {
            setFormOpen(false);
            replacing.setError(null);
            replaceButton.current?.focus();
          }}
        />
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
              disabled={signingOut.busy}
            >
              Replace key…
            </button>
          )}
          <button type="button" onClick={() => void signOut()} disabled={signingOut.busy}>
            {sandbox ? 'Leave the sandbox' : 'Sign out'}
          </button>
          {replaced && <span role="status">{replaced}</span>}
        </div>
      )}
      {/* Keyed by the key: another account has other fax applications to offer. */}
      <SenderSection key={credentials.hint ?? ''} settings={settings} />
    </section>
  );
}
