/** The account Faxdesk is using, and the way back to first run to change it. */
import type { CredentialStatus, Settings } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { useAsyncAction } from '../../lib/use-async-action';

export function AccountPanel({
  credentials,
  settings,
  onSignedOut,
}: {
  credentials: CredentialStatus;
  settings: Settings;
  onSignedOut: (status: CredentialStatus) => void;
}) {
  const { busy, error, run } = useAsyncAction();
  const sandbox = credentials.source === 'sandbox';

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
      <div className="actions">
        <button type="button" onClick={() => void signOut()} disabled={busy}>
          {sandbox ? 'Leave the sandbox' : 'Sign out'}
        </button>
      </div>
    </section>
  );
}
