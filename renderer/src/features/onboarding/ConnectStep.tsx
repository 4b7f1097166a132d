/**
 * First run, step 1: connect a Telnyx account (API key, or the legacy key + secret), or try
 * Faxdesk against the built-in sandbox. The key goes straight to the main process, which
 * checks it with Telnyx and keeps it in the OS keychain; this page never sees it again.
 */
import type { CredentialStatus } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { useAsyncAction } from '../../lib/use-async-action';
import { CredentialsForm, type CredentialsInput } from './CredentialsForm';

export function ConnectStep({ onConnected }: { onConnected: (status: CredentialStatus) => void }) {
  const { busy, error, run } = useAsyncAction();

  const connect = async (credentials: CredentialsInput) => {
    const status = await run(() => unwrap(faxdesk().credentials.save(credentials)));
    if (status) onConnected(status);
    return Boolean(status);
  };

  const trySandbox = async () => {
    const status = await run(() => unwrap(faxdesk().sandbox.setEnabled(true)));
    if (status) onConnected(status);
  };

  return (
    <section className="card onboarding" aria-labelledby="connect-title">
      <h2 id="connect-title">Connect Faxdesk to Telnyx</h2>
      <p className="muted">
        Faxdesk sends faxes through your Telnyx account. Paste an API key from the Telnyx portal (Auth → API Keys). It
        is checked with Telnyx and kept in this computer&apos;s keychain.
      </p>
      <CredentialsForm submitLabel="Connect" busy={busy} error={error} onSubmit={connect} />
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
